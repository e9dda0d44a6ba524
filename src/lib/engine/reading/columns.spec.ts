import { describe, expect, it } from 'vitest';
import { mapColumns, normaliseColumnName } from './columns';

describe('normaliseColumnName', () => {
	it.each([
		['publishedAt', 'published_at'],
		['Source Name', 'source_name'],
		['source.name', 'source_name'],
		[' article_content ', 'article_content']
	])('turns %j into %j', (name, key) => {
		expect(normaliseColumnName(name)).toBe(key);
	});
});

describe('mapColumns', () => {
	it.each([
		[
			'FA-KES',
			['unit_id', 'article_title', 'article_content', 'source', 'date', 'location', 'labels'],
			{
				text: 'article_content',
				title: 'article_title',
				outlet: 'source',
				date: 'date',
				id: 'unit_id'
			}
		],
		[
			'FakeNewsCorpus (domain beats the crawl "source"; scraped_at is no publication date)',
			['', 'id', 'domain', 'type', 'url', 'content', 'scraped_at', 'title', 'summary', 'source'],
			{ text: 'content', title: 'title', outlet: 'domain', url: 'url', id: 'id' }
		],
		[
			'NELA-GT',
			['id', 'date', 'source', 'title', 'content', 'author', 'url', 'published', 'published_utc'],
			{ text: 'content', title: 'title', outlet: 'source', date: 'date', url: 'url', id: 'id' }
		],
		[
			'NewsAPI CSV',
			['author', 'date', 'source', 'summary', 'title', 'url'],
			{ text: 'summary', title: 'title', outlet: 'source', date: 'date', url: 'url' }
		],
		[
			'NewsAPI JSON (nested source, camelCase)',
			['source.id', 'source.name', 'title', 'description', 'url', 'publishedAt', 'content'],
			{ text: 'content', title: 'title', outlet: 'source.name', date: 'publishedAt', url: 'url' }
		],
		[
			'Media Cloud',
			['stories_id', 'publish_date', 'title', 'url', 'media_name', 'text'],
			{
				text: 'text',
				title: 'title',
				outlet: 'media_name',
				date: 'publish_date',
				url: 'url',
				id: 'stories_id'
			}
		]
	])('maps the columns of %s', (_case, fields, mapping) => {
		expect(mapColumns(fields, 'f.csv')).toEqual({ mapping, problems: [] });
	});

	it('lets an explicit mapping override detection, matching names loosely', () => {
		const { mapping } = mapColumns(['summary', 'content', 'Publisher Name'], 'f.csv', {
			text: 'summary',
			outlet: 'publisher name'
		});
		expect(mapping).toEqual({ text: 'summary', outlet: 'Publisher Name' });
	});

	it('names a mapped column the file lacks, listing the columns it has', () => {
		expect(mapColumns(['body', 'title'], 'f.csv', { date: 'when' }).problems).toEqual([
			{
				file: 'f.csv',
				row: 1,
				field: 'when',
				reason: 'is mapped to date but the file has no such column (it has: body, title)'
			}
		]);
	});

	it('reports a file with no text column and says how to name one', () => {
		expect(mapColumns(['title', 'url'], 'f.csv').problems).toEqual([
			{
				file: 'f.csv',
				row: 1,
				reason:
					'has no article text column (looked for text, content, article_content, body, summary, description); name one with a mapping such as text=COLUMN'
			}
		]);
	});
});

describe('mapColumns with an explicit none', () => {
	it('leaves a role unmapped when it is mapped to "", even when a usual column name is there', () => {
		expect(mapColumns(['text', 'outlet', 'date'], 'a.csv', { outlet: '' })).toEqual({
			mapping: { text: 'text', date: 'date' },
			problems: []
		});
	});

	it('reports a missing text column when the text is mapped to ""', () => {
		const { problems } = mapColumns(['text'], 'a.csv', { text: '' });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.reason).toMatch(/^has no article text column/);
	});
});
