import { describe, expect, it } from 'vitest';
import { datasetValueLabels } from './dataset-formats';
import { domainOf, MAX_ATTRIBUTE, recordsToArticles, type RawRecord } from './records';

const rows = (...values: Record<string, unknown>[]): RawRecord[] =>
	values.map((v, i) => ({ row: i + 2, values: v }));
const mapping = {
	text: 'text',
	outlet: 'outlet',
	date: 'date',
	url: 'url',
	title: 'title',
	id: 'id'
};

describe('recordsToArticles', () => {
	it('reads mapped columns into articles with their row and id', () => {
		const result = recordsToArticles(
			rows({
				text: 'Body.',
				outlet: 'TASS',
				date: '2017-04-05',
				url: 'https://tass.com/x',
				title: ' T ',
				id: 12
			}),
			mapping,
			'f.csv'
		);
		expect(result).toEqual({
			articles: [
				{
					file: 'f.csv',
					row: 2,
					id: '12',
					outlet: { name: 'TASS', domain: 'tass.com', type: null },
					published: { iso: '2017-04-05', precision: 'day' },
					title: 'T',
					url: 'https://tass.com/x',
					attribution: null,
					text: 'Body.'
				}
			],
			errors: [],
			skipped: [],
			notes: []
		});
	});

	it('settles the day/month order from the column and says how it read it', () => {
		const result = recordsToArticles(
			rows({ text: 'a', date: '01/10/2017' }, { text: 'b', date: '23/09/2017' }),
			mapping,
			'rt.csv'
		);
		expect(result.articles.map((a) => a.published?.iso)).toEqual(['2017-10-01', '2017-09-23']);
		expect(result.notes).toContain(
			'rt.csv: dates in column "date" read as day/month/year (e.g. "23/09/2017")'
		);
	});

	it('reports an undecidable day/month order instead of guessing, unless an order is given', () => {
		const records = rows({ text: 'a', date: '4/5/2017' }, { text: 'b', date: '3/7/2016' });
		expect(recordsToArticles(records, mapping, 'f.csv').errors).toEqual([
			{
				file: 'f.csv',
				row: 2,
				field: 'date',
				reason:
					'has only dates whose day and month could be swapped (e.g. "4/5/2017", "3/7/2016"); say which order the file uses (date order dmy or mdy)'
			}
		]);
		const given = recordsToArticles(records, mapping, 'f.csv', { dateOrder: 'dmy' });
		expect(given.errors).toEqual([]);
		expect(given.articles.map((a) => a.published?.iso)).toEqual(['2017-05-04', '2016-07-03']);
	});

	it('reports an unreadable date with its row and column', () => {
		expect(recordsToArticles(rows({ text: 'a', date: 'soon' }), mapping, 'f.csv').errors).toEqual([
			{
				file: 'f.csv',
				row: 2,
				field: 'date',
				reason:
					'"soon" is not a date Parallax can read (use YYYY-MM-DD, RFC 2822, "13 October 2015", or D/M/YYYY or M/D/YYYY)'
			}
		]);
	});

	it('skips rows without text and lists them', () => {
		const result = recordsToArticles(rows({ text: '  ' }, { text: 'Body' }), mapping, 'f.csv');
		expect(result.articles.map((a) => a.row)).toEqual([3]);
		expect(result.skipped).toEqual([
			{ file: 'f.csv', row: 2, field: 'text', reason: 'text is empty; the row holds no article' }
		]);
	});

	it('takes the outlet from the URL when the file names none, and groups the rest as unknown', () => {
		const result = recordsToArticles(
			rows({ text: 'a', url: 'https://www.rt.com/news/1' }, { text: 'b' }),
			{ text: 'text', url: 'url' },
			'f.csv'
		);
		expect(result.articles.map((a) => a.outlet)).toEqual([
			{ name: 'rt.com', domain: 'rt.com', type: null },
			{ name: 'Unknown outlet', domain: null, type: null }
		]);
		expect(result.notes).toEqual([
			"f.csv: outlet taken from the URL's domain for 1 rows",
			'f.csv: no outlet for 1 rows; they are grouped as "Unknown outlet"'
		]);
	});

	it('refuses a NUL in an outlet name as a bad row naming file, row and column', () => {
		const result = recordsToArticles(
			rows({ text: 'Good text.', outlet: 'RT' }, { text: 'Other text.', outlet: 'R\u0000T' }),
			mapping,
			'f.csv'
		);
		expect(result.articles.map((a) => a.row)).toEqual([2]);
		expect(result.errors).toEqual([
			{
				file: 'f.csv',
				row: 3,
				field: 'outlet',
				reason: 'outlet holds a control character (U+0000 at character 2) that no export can hold'
			}
		]);
	});

	it('refuses a 2 MB title as a bad row naming file, row and column', () => {
		const result = recordsToArticles(
			rows({ text: 'Body.', headline: 'h'.repeat(2 ** 21) }),
			{ text: 'text', title: 'headline' },
			'f.csv'
		);
		expect(result.articles).toEqual([]);
		expect(result.errors).toEqual([
			{
				file: 'f.csv',
				row: 2,
				field: 'headline',
				reason:
					'title is 2,097,152 characters long; a title has at most 1,000 (is the right column mapped?)'
			}
		]);
	});

	it('strips control characters and lone surrogates from text, saying which rows', () => {
		const result = recordsToArticles(
			rows({ text: 'Mos\u0000cow said\ud800.' }, { text: 'Clean.' }),
			{ text: 'text' },
			'f.json'
		);
		expect(result.articles.map((a) => a.text)).toEqual(['Moscow said.', 'Clean.']);
		expect(result.errors).toEqual([]);
		expect(result.notes).toContain(
			'f.json: control characters no export can hold were removed from 1 text (row 2, field "text")'
		);
	});

	it('keeps a URL that is not http(s) as text, takes no outlet from it and says so', () => {
		const result = recordsToArticles(
			rows({ text: 'Body.', url: 'javascript:alert(document.cookie)' }),
			{ text: 'text', url: 'url' },
			'f.csv'
		);
		expect(result.articles[0]).toMatchObject({
			url: 'javascript:alert(document.cookie)',
			outlet: { name: 'Unknown outlet', domain: null, type: null }
		});
		expect(result.notes).toContain(
			'f.csv: 1 URL is not an http(s) address (e.g. row 2, field "url": "javascript:alert(document.cookie)"); kept as text, never shown as a link'
		);
	});

	it('does not mutate its input records', () => {
		const records = rows({ text: 'a', date: '23/09/2017' });
		const copy = structuredClone(records);
		recordsToArticles(records, mapping, 'f.csv');
		expect(records).toEqual(copy);
	});
});

describe('domainOf', () => {
	it.each([
		['https://www.rt.com/news/1', 'rt.com'],
		['http://sputniknews.com/x', 'sputniknews.com'],
		['not a url', null],
		['javascript://rt.com/%0aalert(1)', null],
		['ftp://rt.com/x', null]
	])('gives the site of %s', (url, domain) => {
		expect(domainOf(url)).toBe(domain);
	});
});

describe('attributes', () => {
	it('keeps every column no role took, trimmed, leaving out blanks and unnamed columns', () => {
		const [article] = recordsToArticles(
			rows({
				'': '17',
				text: 'Body.',
				outlet: 'TASS',
				author: '  Ian Mason ',
				location: 'Idlib',
				tags: '',
				nested: { id: 'rt', name: 'RT' }
			}),
			mapping,
			'f.csv'
		).articles;
		expect(article!.attributes).toEqual({
			author: 'Ian Mason',
			location: 'Idlib',
			nested: '{"id":"rt","name":"RT"}'
		});
	});

	it('has none when every column is a role', () => {
		const [article] = recordsToArticles(rows({ text: 'Body.' }), mapping, 'f.csv').articles;
		expect(article).not.toHaveProperty('attributes');
	});

	it('cuts a long value and drops control characters', () => {
		const [article] = recordsToArticles(
			rows({ text: 'Body.', summary: `a\u0007b ${'x'.repeat(600)}` }),
			mapping,
			'f.csv'
		).articles;
		expect(article!.attributes!.summary).toHaveLength(MAX_ATTRIBUTE);
		expect(article!.attributes!.summary!.startsWith('a b x')).toBe(true);
		expect(article!.attributes!.summary!.endsWith('…')).toBe(true);
	});

	it('reads a FA-KES file’s labels as its authors define them: 1 credible, 0 fake', () => {
		const fields = [
			'unit_id',
			'article_title',
			'article_content',
			'source',
			'date',
			'location',
			'labels'
		];
		const read = recordsToArticles(
			rows(
				{ article_content: 'A.', source: 'sana', labels: '1', location: 'aleppo' },
				{ article_content: 'B.', source: 'sana', labels: '0', location: 'idlib' }
			),
			{ text: 'article_content', outlet: 'source', title: 'article_title', id: 'unit_id' },
			'FA-KES-Dataset.csv',
			{ valueLabels: datasetValueLabels(fields) }
		);
		expect(read.articles.map((article) => article.attributes)).toEqual([
			{ labels: 'credible', location: 'aleppo' },
			{ labels: 'fake', location: 'idlib' }
		]);
		expect(datasetValueLabels(['labels', 'text'])).toEqual({});
	});
});
