import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store';
import { mappingKey, savedMapping, saveMapping } from './mappings';

let store: Store;
beforeEach(() => {
	store = openStore(':memory:');
});
afterEach(() => store.close());

describe('mappingKey', () => {
	it.each([
		[
			'the same columns in another order',
			['date', 'body', 'Source Name'],
			['Source Name', 'body', 'date']
		],
		[
			'spellings the column mapper treats as one',
			['publishedAt', 'body'],
			['published_at', 'Body ']
		],
		['an unnamed index column added', ['', 'body', 'date'], ['body', 'date']]
	])('gives %s the same key', (_, a, b) => {
		expect(mappingKey(a)).toBe(mappingKey(b));
	});

	it('gives different columns different keys', () => {
		expect(mappingKey(['body', 'date'])).not.toBe(mappingKey(['body', 'published']));
	});

	it('is a 64-character hex digest', () => {
		expect(mappingKey(['text'])).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('saveMapping and savedMapping', () => {
	it('remembers a mapping and date order for files with the same header', () => {
		saveMapping(
			store,
			['body', 'published', 'src'],
			{ text: 'body', date: 'published', outlet: 'src' },
			'dmy'
		);
		expect(savedMapping(store, ['src', 'published', 'body'])).toEqual({
			mapping: { text: 'body', outlet: 'src', date: 'published' },
			dateOrder: 'dmy',
			savedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/)
		});
	});

	it('replaces what was remembered for the header', () => {
		saveMapping(store, ['body', 'published'], { text: 'body' }, 'dmy');
		saveMapping(store, ['body', 'published'], { text: 'body', date: 'published' }, null);
		expect(savedMapping(store, ['body', 'published'])).toMatchObject({
			mapping: { text: 'body', date: 'published' },
			dateOrder: null
		});
		expect(store.prepare('SELECT count(*) AS n FROM column_mappings').get()).toEqual({ n: 1 });
	});

	it('returns null for a header never saved', () => {
		expect(savedMapping(store, ['nothing'])).toBeNull();
	});

	it('keeps only known roles naming a column when reading a stored mapping', () => {
		store
			.prepare(
				"INSERT INTO column_mappings (header_key, header, mapping, date_order, saved_at) VALUES (?, '[]', ?, NULL, 'now')"
			)
			.run(mappingKey(['a', 'b']), JSON.stringify({ text: 'a', evil: 'b', title: 3, url: '' }));
		expect(savedMapping(store, ['a', 'b'])?.mapping).toEqual({ text: 'a' });
	});

	it('treats a stored mapping that is not JSON as none', () => {
		store
			.prepare(
				"INSERT INTO column_mappings (header_key, header, mapping, date_order, saved_at) VALUES (?, '[]', '{oops', NULL, 'now')"
			)
			.run(mappingKey(['a']));
		expect(savedMapping(store, ['a'])).toBeNull();
	});
});
