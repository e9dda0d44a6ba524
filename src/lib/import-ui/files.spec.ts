import { describe, expect, it } from 'vitest';
import { checkFiles, defaultCorpusName, formatBytes, MAX_UPLOAD_BYTES } from './files';

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[930, '930 bytes'],
		[1024, '1.0 kB'],
		[12_800, '12.5 kB'],
		[480 * 1024 * 1024, '480 MB'],
		[MAX_UPLOAD_BYTES, '500 MB'],
		[3 * 1024 ** 3, '3.0 GB']
	])('formatBytes(%i) is %s', (bytes, expected) => {
		expect(formatBytes(bytes)).toBe(expected);
	});
});

describe('checkFiles', () => {
	const file = (name: string, size = 10) => ({ name, size });

	it('accepts every extension the import reads, in the order picked', () => {
		const files = ['a.csv', 'b.TSV', 'c.json', 'd.jsonl', 'e.txt', 'f.zip'].map((n) => file(n));
		expect(checkFiles(files)).toEqual({ accepted: files, problems: [] });
	});

	it.each([
		[[], ['No file was chosen.']],
		[
			[file('notes.docx')],
			[
				'notes.docx is not a file Parallax imports (it reads .csv, .tsv, .json, .jsonl, .txt, .zip).'
			]
		],
		[[file('empty.csv', 0)], ['empty.csv is empty.']],
		[[file('a.csv'), file('a.csv')], ['a.csv was chosen twice.']],
		[
			[file('big.csv', MAX_UPLOAD_BYTES), file('more.csv', 1024 * 1024)],
			['The files come to 501 MB; one import takes at most 500 MB.']
		]
	])('refuses the whole pick and says why (%#)', (files, problems) => {
		expect(checkFiles(files)).toEqual({ accepted: [], problems });
	});

	it('accepts files adding up to exactly the limit', () => {
		expect(checkFiles([file('a.csv', MAX_UPLOAD_BYTES)]).problems).toEqual([]);
	});
});

describe('defaultCorpusName', () => {
	it.each([
		[['FA-KES-Dataset.csv'], 'FA-KES-Dataset'],
		[['my_export  2024.csv'], 'my export 2024'],
		[['newsapi_1.csv', 'newsapi_2.csv', 'newsapi_3.csv'], 'newsapi'],
		[['rt.csv', 'sputnik.csv'], 'rt and 1 more'],
		[['folder/articles.zip'], 'articles'],
		[['.csv'], 'csv'],
		[[], '']
	])('defaultCorpusName(%j) is %s', (names, expected) => {
		expect(defaultCorpusName(names)).toBe(expected);
	});
});
