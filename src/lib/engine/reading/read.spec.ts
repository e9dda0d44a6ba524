import { describe, expect, it } from 'vitest';
import { readArticleFile } from './read';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readArticleFile', () => {
	it('reads a Windows-1252 CSV with day-first dates, noting both decisions', () => {
		const csv = new Uint8Array([
			...bytes('author,date,source,summary,title,url\r\nRT,23/09/2017,rt,'),
			0x93,
			...bytes('Quoted'),
			0x94,
			...bytes(' summary,T,https://www.rt.com/a\r\n')
		]);
		const result = readArticleFile({ name: 'newsapi/rt.csv', bytes: csv });
		expect(result.errors).toEqual([]);
		expect(result.encoding).toBe('windows-1252');
		expect(result.articles[0]).toMatchObject({
			text: '“Quoted” summary',
			outlet: { name: 'rt' },
			published: { iso: '2017-09-23' }
		});
		expect(result.notes).toEqual([
			'newsapi/rt.csv: decoded as windows-1252',
			'newsapi/rt.csv: dates in column "date" read as day/month/year (e.g. "23/09/2017")'
		]);
	});

	it('reads JSON Lines and JSON arrays with the same column rules', () => {
		const line =
			'{"id":"a1","content":"Body","source":"TASS","published":"Wed, 15 Apr 2020 22:44:36 +0000"}';
		for (const [name, text] of [
			['f.jsonl', `${line}\n`],
			['f.json', `[${line}]`]
		] as const) {
			const [article] = readArticleFile({ name, bytes: bytes(text) }).articles;
			expect(article).toMatchObject({
				id: 'a1',
				text: 'Body',
				outlet: { name: 'TASS' },
				published: { iso: '2020-04-15', precision: 'day' }
			});
		}
	});

	it('reads a .txt file whole, its first line as title when it reads as a headline', () => {
		const text = 'Pentagon Threatens To Thwart Plan\n\nThe Pentagon said\u00a0so.\n';
		const result = readArticleFile({ name: 'dir/a.txt', bytes: bytes(text) });
		expect(result.articles).toEqual([
			{
				file: 'dir/a.txt',
				row: null,
				id: 'a.txt',
				outlet: { name: 'Unknown outlet', domain: null, type: null },
				published: null,
				title: 'Pentagon Threatens To Thwart Plan',
				url: null,
				attribution: null,
				text
			}
		]);
	});

	it('takes a .txt file’s metadata from its manifest entry', () => {
		const manifest = [
			{
				row: 2,
				file: 'a.txt',
				outlet: { name: 'RT', domain: 'rt.com', type: 'state-affiliated' },
				published: { iso: '2015-10-13', precision: 'day' as const },
				title: null,
				url: null,
				attribution: null
			}
		];
		const [article] = readArticleFile(
			{ name: 'seeds/a.txt', bytes: bytes('Text.') },
			{ manifest }
		).articles;
		expect(article).toMatchObject({
			outlet: { name: 'RT' },
			published: { iso: '2015-10-13' },
			title: null
		});
	});

	it.each([
		[
			'an unsupported extension',
			'f.docx',
			'x',
			'f.docx: is not a file Parallax reads (it reads .csv, .tsv, .json, .jsonl, .ndjson, .txt)'
		],
		['an empty text file', 'f.txt', '  \n', 'f.txt: is empty'],
		[
			'a CSV without a text column',
			'f.csv',
			'title,url\nA,B\n',
			'f.csv, row 1: has no article text column (looked for text, content, article_content, body, summary, description); name one with a mapping such as text=COLUMN'
		]
	])('reports %s', (_case, name, text, message) => {
		const { errors } = readArticleFile({ name, bytes: bytes(text) });
		const described = errors.map(
			(p) =>
				`${[p.file, p.row === undefined ? '' : `row ${p.row}`].filter(Boolean).join(', ')}: ${p.reason}`
		);
		expect(described).toEqual([message]);
	});

	it('reads a UTF-16LE .txt saved without a BOM as text, with no NULs between its letters', () => {
		const text = 'Talks in Geneva\n\nMoscow said the strikes would continue.';
		const read = readArticleFile({
			name: 'unicode.txt',
			bytes: new Uint8Array(Buffer.from(text, 'utf16le'))
		});
		expect(read.errors).toEqual([]);
		expect(read.encoding).toBe('utf-16le');
		expect(read.articles[0]).toMatchObject({ text, title: 'Talks in Geneva' });
		expect(read.notes).toEqual(['unicode.txt: decoded as utf-16le']);
	});

	it('strips control characters from a .txt article and says so', () => {
		const read = readArticleFile({ name: 'a.txt', bytes: bytes('Moscow\u0000 said.\fMore.') });
		expect(read.articles[0]!.text).toBe('Moscow said.\nMore.');
		expect(read.notes).toEqual([
			'a.txt: control characters no export can hold were removed from its text'
		]);
	});
});
