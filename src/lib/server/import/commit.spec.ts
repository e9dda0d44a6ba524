import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '$lib/engine';
import { openStore, type Store } from '../store';
import { commitImport, slugify, uniqueSlug } from './commit';
import { savedMapping } from './mappings';
import { planImport } from './plan';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

let store: Store;
beforeEach(() => {
	store = openStore(':memory:');
});
afterEach(() => store.close());

const count = (sql: string) => (store.prepare(sql).get() as { n: number }).n;

function addCorpus(slug: string) {
	store
		.prepare("INSERT INTO corpora (slug, name, created_at) VALUES (?, ?, 'now')")
		.run(slug, slug);
}

describe('slugify', () => {
	it.each([
		['FA-KES', 'fa-kes'],
		['Élysée & Co. (2019)', 'elysee-co-2019'],
		['  NewsAPI   2017  ', 'newsapi-2017'],
		['日本語', 'corpus'],
		['', 'corpus'],
		[`${'a'.repeat(59)} b`, 'a'.repeat(59)]
	])('slugify(%j) is %j', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});
});

describe('uniqueSlug', () => {
	it('takes the slug when it is free', () => {
		expect(uniqueSlug(store, 'fa-kes')).toBe('fa-kes');
	});

	it('numbers the slug from 2 when it is taken', () => {
		addCorpus('fa-kes');
		expect(uniqueSlug(store, 'fa-kes')).toBe('fa-kes-2');
		addCorpus('fa-kes-2');
		expect(uniqueSlug(store, 'fa-kes')).toBe('fa-kes-3');
	});

	it('never gives away the seed corpus’s slug', () => {
		expect(uniqueSlug(store, 'seeds')).toBe('seeds-2');
	});
});

describe('commitImport', () => {
	beforeEach(() => {
		const rt = store.prepare("INSERT INTO outlets (name, domain) VALUES ('RT', 'rt.com')").run();
		store
			.prepare("INSERT INTO outlet_aliases (alias, outlet_id) VALUES ('rt.com', ?)")
			.run(rt.lastInsertRowid);
	});

	it('stores the good rows as a new corpus, outlets resolved through their aliases', () => {
		const plan = planImport(
			[
				file(
					'x.csv',
					'body,site,date\nFirst text,RT.com,2017-01-02\nSecond text,Sputnik,2017-01-03\nFirst text,Sputnik,2017-01-04\n,TASS,2017-01-05\n'
				)
			],
			{ mapping: { text: 'body', outlet: 'site' } }
		);
		const result = commitImport(store, plan, { name: 'FA-KES', description: ' Syria ' });
		expect(result).toEqual({
			corpusId: expect.any(Number),
			slug: 'fa-kes',
			imported: 2,
			duplicates: 1,
			skippedBad: 1,
			noText: 2
		});
		expect(store.prepare('SELECT slug, name, description, source FROM corpora').all()).toEqual([
			{ slug: 'fa-kes', name: 'FA-KES', description: 'Syria', source: 'x.csv' }
		]);
		expect(
			store
				.prepare(
					'SELECT o.name AS outlet, a.published, a.source_file FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id'
				)
				.all()
		).toEqual([
			{ outlet: 'RT', published: '2017-01-02', source_file: 'x.csv, row 2' },
			{ outlet: 'Sputnik', published: '2017-01-03', source_file: 'x.csv, row 3' }
		]);
		expect(count('SELECT count(*) AS n FROM outlets')).toBe(2);
	});

	it('gives a second corpus of the same name the next slug', () => {
		const plan = planImport([file('x.csv', 'text\nOne\n')]);
		expect(commitImport(store, plan, { name: 'FA-KES' }).slug).toBe('fa-kes');
		expect(commitImport(store, plan, { name: 'FA-KES' }).slug).toBe('fa-kes-2');
	});

	it('remembers the mapping chosen for the header', () => {
		const plan = planImport([file('x.csv', 'body,when\nText,01/02/2017\n')], {
			mapping: { text: 'body', date: 'when' },
			dateOrder: 'dmy'
		});
		commitImport(store, plan, { name: 'X' });
		expect(savedMapping(store, ['when', 'body'])).toMatchObject({
			mapping: { text: 'body', date: 'when' },
			dateOrder: 'dmy'
		});
	});

	it('writes nothing at all when a write fails midway', () => {
		store.exec(`CREATE TRIGGER poison BEFORE INSERT ON articles WHEN NEW.text = 'poison'
			BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
		const plan = planImport([file('x.csv', 'text,outlet\nFine,NewOutlet\npoison,Other\n')], {
			mapping: { text: 'text' }
		});
		expect(() => commitImport(store, plan, { name: 'X' })).toThrow('disk on fire');
		expect(count('SELECT count(*) AS n FROM corpora')).toBe(0);
		expect(count('SELECT count(*) AS n FROM articles')).toBe(0);
		expect(count('SELECT count(*) AS n FROM outlets')).toBe(1);
		expect(count('SELECT count(*) AS n FROM column_mappings')).toBe(0);
	});

	it.each([
		['a plan without articles', 'text\n\n', 'X', 'x.csv: holds no article to import'],
		['a blank name', 'text\nOne\n', '  ', 'the corpus name: a corpus needs a name'],
		[
			'a 2 MB name',
			'text\nOne\n',
			'n'.repeat(2 ** 21),
			'the corpus name: a corpus name has at most 120 characters (this one has 2097152)'
		],
		[
			'a name with a NUL',
			'text\nOne\n',
			'FA\u0000KES',
			'the corpus name: a corpus name holds a control character (U+0000 at character 3)'
		]
	])('throws on %s, writing nothing', (_, csv, name, message) => {
		const plan = planImport([file('x.csv', csv)]);
		expect(() => commitImport(store, plan, { name })).toThrow(InputError);
		expect(() => commitImport(store, plan, { name })).toThrow(message);
		expect(count('SELECT count(*) AS n FROM corpora')).toBe(0);
	});
});
