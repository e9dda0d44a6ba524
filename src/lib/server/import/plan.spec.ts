import { zipSync } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCorpus } from '../corpora';
import { openStore } from '../store';
import { commitImport } from './commit';
import { saveMapping } from './mappings';
import { planImport, reportOf, type ImportTotals } from './plan';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const file = (name: string, text: string) => ({ name, bytes: utf8(text) });

function totals(partial: Partial<ImportTotals>): ImportTotals {
	return {
		files: 1,
		excludedFiles: 0,
		rows: 0,
		good: 0,
		duplicateTexts: 0,
		duplicateIds: 0,
		alreadyInCorpus: 0,
		bad: 0,
		noText: 0,
		nearCopies: 0,
		problems: 0,
		...partial
	};
}

const EMPTY_TEXT = 'text is empty; the row holds no article';

describe('planImport reports each kind of broken input exactly', () => {
	it.each([
		{
			what: 'an unclosed quote: the row it opens in, which swallowed the rest of the file',
			files: [
				file(
					'unclosed.csv',
					'id,text,date\r\n1,Fine text.,2017-01-02\r\n2,"Broken text,2017-01-03\r\n3,More text.,2017-01-04\r\n'
				)
			],
			totals: totals({ rows: 2, good: 1, bad: 1, problems: 2 }),
			problems: [
				{
					file: 'unclosed.csv',
					row: 3,
					reason: 'a quoted field is never closed, so the rest of the file ran into it',
					scope: 'row'
				},
				{
					file: 'unclosed.csv',
					row: 3,
					reason: 'Too few fields: expected 3 fields but parsed 2',
					scope: 'row'
				}
			]
		},
		{
			what: 'a wrong delimiter: the whole file is left out',
			files: [file('semicolons.csv', 'id;text;date\n1;Fine;2017-01-02\n2;More;2017-01-03\n')],
			totals: totals({ rows: 2, bad: 2, excludedFiles: 1, problems: 2 }),
			problems: [
				{
					file: 'semicolons.csv',
					row: 1,
					reason:
						'has a single column: its fields look separated by semicolons, not commas; re-export it or give it the matching extension (.csv for commas, .tsv for tabs)',
					scope: 'file'
				},
				{
					file: 'semicolons.csv',
					row: 1,
					reason:
						'has no article text column (looked for text, content, article_content, body, summary, description); name one with a mapping such as text=COLUMN',
					scope: 'file'
				}
			]
		},
		{
			what: 'wrong column counts: each such row',
			files: [
				file('counts.csv', 'id,text,date\n1,Fine,2017-01-02,extra\n2,Short\n3,Good,2017-01-05\n')
			],
			totals: totals({ rows: 3, good: 1, bad: 2, problems: 2, noText: 1 }),
			problems: [
				{
					file: 'counts.csv',
					row: 2,
					reason: 'Too many fields: expected 3 fields but parsed 4',
					scope: 'row'
				},
				{
					file: 'counts.csv',
					row: 3,
					reason: 'Too few fields: expected 3 fields but parsed 2',
					scope: 'row'
				}
			]
		},
		{
			what: 'empty text cells: each row, naming the text column',
			files: [file('empty.csv', 'id,body\n1,Fine\n2,\n3,"  "\n4,Also fine\n')],
			totals: totals({ rows: 4, good: 2, bad: 2, problems: 2, noText: 2 }),
			problems: [
				{ file: 'empty.csv', row: 3, field: 'body', reason: EMPTY_TEXT, scope: 'row' },
				{ file: 'empty.csv', row: 4, field: 'body', reason: EMPTY_TEXT, scope: 'row' }
			]
		},
		{
			what: 'undecodable bytes: the file, with the byte',
			files: [{ name: 'binary.csv', bytes: latin1('text\nbad \x81\xff byte\n') }],
			totals: totals({ excludedFiles: 1, problems: 1 }),
			problems: [
				{
					file: 'binary.csv',
					reason:
						'is neither UTF-8 nor Windows-1252 text (byte 9 cannot be decoded); save it as UTF-8',
					scope: 'file'
				}
			]
		},
		{
			what: 'unparseable dates: each row, naming the date column',
			files: [file('dates.csv', 'text,published\nA,2017-01-02\nB,soon\nC,2017-02-30\n')],
			totals: totals({ rows: 3, good: 1, bad: 2, problems: 2, noText: 1 }),
			problems: [
				{
					file: 'dates.csv',
					row: 3,
					field: 'published',
					reason:
						'"soon" is not a date Parallax can read (use YYYY-MM-DD, RFC 2822, "13 October 2015", or D/M/YYYY or M/D/YYYY)',
					scope: 'row'
				},
				{
					file: 'dates.csv',
					row: 4,
					field: 'published',
					// The engine's reading: an impossible ISO day falls through to the general reason.
					reason:
						'"2017-02-30" is not a date Parallax can read (use YYYY-MM-DD, RFC 2822, "13 October 2015", or D/M/YYYY or M/D/YYYY)',
					scope: 'row'
				}
			]
		},
		{
			what: 'ISO and D/M/Y dates mixed in one column: each row of the rarer format',
			files: [file('mixed.csv', 'text,date\nA,2017-01-02\nB,13/01/2017\nC,2017-01-04\n')],
			totals: totals({ rows: 3, good: 2, bad: 1, problems: 1, noText: 2 }),
			problems: [
				{
					file: 'mixed.csv',
					row: 3,
					field: 'date',
					reason:
						'"13/01/2017" is written DD/MM/YYYY, but most dates in this column are YYYY-MM-DD (e.g. "2017-01-02"); a column that mixes date formats may mix day/month orders too, so this row is not read',
					scope: 'row'
				}
			]
		},
		{
			what: 'dates whose day and month could be swapped: the file, until an order is given',
			files: [file('swappable.csv', 'text,date\nA,01/02/2017\nB,03/04/2017\n')],
			totals: totals({ rows: 2, bad: 2, excludedFiles: 1, problems: 1 }),
			problems: [
				{
					file: 'swappable.csv',
					field: 'date',
					reason:
						'has only dates whose day and month could be swapped (e.g. "01/02/2017", "03/04/2017"); say which order the file uses (date order dmy or mdy)',
					scope: 'file'
				}
			]
		},
		{
			what: 'JSON Lines with a broken line: that line',
			files: [file('lines.jsonl', '{"text":"a"}\nnot json\n{"text":"b","id":7}\n')],
			totals: totals({ rows: 3, good: 2, bad: 1, problems: 1, noText: 2 }),
			problems: [
				{
					file: 'lines.jsonl',
					row: 2,
					reason: `line is not valid JSON (Unexpected token 'o', "not json" is not valid JSON)`,
					scope: 'row'
				}
			]
		},
		{
			what: 'a mapped column the file lacks: the file',
			files: [{ ...file('mapped.json', '[{"body":"x"}]'), mapping: { text: 'content' } }],
			totals: totals({ rows: 1, bad: 1, excludedFiles: 1, problems: 1 }),
			problems: [
				{
					file: 'mapped.json',
					field: 'content',
					reason: 'is mapped to text but the file has no such column (it has: body)',
					scope: 'file'
				}
			]
		},
		{
			what: 'an unsupported file type: the file',
			files: [file('slides.pptx', 'PK')],
			totals: totals({ excludedFiles: 1, problems: 1 }),
			problems: [
				{
					file: 'slides.pptx',
					reason:
						'is not a file Parallax reads (it reads .csv, .tsv, .json, .jsonl, .ndjson, .txt, and .zip archives of them)',
					scope: 'file'
				}
			]
		}
	])('$what', ({ files, totals, problems }) => {
		const plan = planImport(files);
		expect(plan.totals).toEqual(totals);
		expect(plan.problems).toEqual(problems);
		expect(plan.articles).toHaveLength(totals.good);
	});
});

describe('planImport reads what is sound', () => {
	it('drops a UTF-8 byte-order mark and says it was there', () => {
		const plan = planImport([file('bom.csv', '\uFEFFtext,outlet\nHello,RT\n')]);
		expect(plan.files[0]).toMatchObject({
			encoding: 'utf-8',
			bom: true,
			header: ['text', 'outlet']
		});
		expect(plan.articles[0]).toMatchObject({ text: 'Hello', outlet: { name: 'RT' } });
	});

	it('keeps CRLF line ends inside a quoted text exactly', () => {
		const plan = planImport([
			file(
				'crlf.csv',
				'text,outlet,date\r\n"Line one\r\nline two",RT,2017-01-02\r\nNext,RT,2017-01-03\r\n'
			)
		]);
		expect(plan.totals).toEqual(totals({ rows: 2, good: 2, noText: 2 }));
		expect(plan.articles.map((a) => [a.row, a.text])).toEqual([
			[2, 'Line one\r\nline two'],
			[3, 'Next']
		]);
	});

	it('decodes Windows-1252 text and names the encoding', () => {
		const plan = planImport([
			{ name: 'cp1252.csv', bytes: latin1('text,outlet\n"Russia\x92s \x93crisis\x94",RT\n') }
		]);
		expect(plan.files[0]).toMatchObject({ encoding: 'windows-1252', bom: false });
		expect(plan.articles[0]!.text).toBe('Russia’s “crisis”');
	});

	it('reads a 4 MB field whole while the report previews 200 characters of it', () => {
		const long = 'Moscow said the strikes would continue. '.repeat(100_000);
		const plan = planImport([file('long.csv', `id,text\n1,"${long}"\n2,Short\n`)]);
		expect(long.length).toBe(4_000_000);
		expect(plan.totals).toEqual(totals({ rows: 2, good: 2, noText: 1 }));
		expect(plan.articles[0]!.text).toBe(long);
		const preview = plan.files[0]!.preview!;
		expect(preview.rows[0]![1]).toHaveLength(200);
		expect(preview.rows[0]![1]!.endsWith('…')).toBe(true);
		expect(JSON.stringify(reportOf(plan)).length).toBeLessThan(3000);
	});

	it('lists repeated ids and keeps their rows when the texts differ', () => {
		const plan = planImport([file('ids.csv', 'id,text\n1,First\n1,Second\n2,Third\n')]);
		expect(plan.totals).toEqual(totals({ rows: 3, good: 3, duplicateIds: 1, noText: 3 }));
		expect(plan.duplicates).toEqual([
			{ by: 'id', file: 'ids.csv', row: 3, sameAs: { file: 'ids.csv', row: 2 } }
		]);
	});

	it('keeps one copy of a text repeated within and across files', () => {
		const plan = planImport([
			file('a.csv', 'text,id\nSame,1\nOther,2\nSame,3\n'),
			file('b.json', '{"articles":[{"text":"Same","id":"9"}]}')
		]);
		expect(plan.totals).toEqual(
			totals({ files: 2, rows: 4, good: 2, duplicateTexts: 2, noText: 2 })
		);
		expect(plan.duplicates).toEqual([
			{ by: 'text', file: 'a.csv', row: 4, sameAs: { file: 'a.csv', row: 2 } },
			{ by: 'text', file: 'b.json', row: 1, sameAs: { file: 'a.csv', row: 2 } }
		]);
		expect(plan.files.map((f) => [f.name, f.articles, f.duplicates])).toEqual([
			['a.csv', 2, 1],
			['b.json', 0, 1]
		]);
	});

	it('reads the good members of a zip and lists the bad one by archive/member', () => {
		const zip = zipSync({
			'good.csv': utf8('text,outlet\nFrom the zip,RT\n'),
			'notes.docx': utf8('PK'),
			'more/b.jsonl': utf8('{"text":"Also from the zip"}\n')
		});
		const plan = planImport([{ name: 'batch.zip', bytes: zip }]);
		expect(plan.totals).toEqual(
			totals({ files: 3, excludedFiles: 1, rows: 2, good: 2, problems: 1, noText: 2 })
		);
		expect(plan.files.map((f) => f.name)).toEqual(['batch.zip/good.csv', 'batch.zip/more/b.jsonl']);
		expect(plan.problems).toEqual([
			{
				file: 'batch.zip/notes.docx',
				reason: 'is not a file Parallax reads (it reads .csv, .tsv, .json, .jsonl, .ndjson, .txt)',
				scope: 'file'
			}
		]);
		expect(plan.articles.map((a) => a.file)).toEqual([
			'batch.zip/good.csv',
			'batch.zip/more/b.jsonl'
		]);
	});

	it('reads a folder of .txt files with their manifest, as the seeds are read', () => {
		const plan = planImport([
			file('s/manifest.csv', 'file,outlet,published,title\na.txt,RT,2015-10-13,A title\n'),
			file('s/a.txt', 'Moscow said.\n')
		]);
		expect(plan.totals).toEqual(totals({ rows: 1, good: 1 }));
		expect(plan.files[0]).toMatchObject({ name: 's/a.txt', kind: 'text', mappingFrom: 'manifest' });
		expect(plan.articles[0]).toMatchObject({
			file: 's/a.txt',
			row: null,
			outlet: { name: 'RT' },
			published: { iso: '2015-10-13', precision: 'day' },
			title: 'A title',
			text: 'Moscow said.\n'
		});
	});

	it('does not mutate its input', () => {
		const files = [file('a.csv', 'text\nOne\n')];
		const before = structuredClone(files);
		planImport(files, { mapping: { text: 'text' } });
		expect(files).toEqual(before);
	});
});

describe('planImport describes each file before anything is written', () => {
	it('shows the header, the mapping used and the first five rows, cells cut to 200 characters', () => {
		const rows = Array.from({ length: 7 }, (_, i) => `${i},Text ${i},RT,${'x'.repeat(i * 60)}`);
		const plan = planImport([file('p.csv', ['id,text,source,notes', ...rows].join('\n'))]);
		const report = reportOf(plan).files[0]!;
		expect(report).toMatchObject({
			name: 'p.csv',
			kind: 'table',
			encoding: 'utf-8',
			rows: 7,
			header: ['id', 'text', 'source', 'notes'],
			mapping: { text: 'text', outlet: 'source', id: 'id' },
			mappingFrom: 'detected',
			dates: null
		});
		expect(report.preview!.header).toEqual(['id', 'text', 'source', 'notes']);
		expect(report.preview!.rows.map((row) => row.map((cell) => cell.length))).toEqual([
			[1, 6, 2, 0],
			[1, 6, 2, 60],
			[1, 6, 2, 120],
			[1, 6, 2, 180],
			[1, 6, 2, 200]
		]);
	});

	it.each([
		{
			what: 'M/D/YYYY proved by a day above 12, the proof first among the examples',
			csv: 'text,date\nA,4/5/2017\nB,10/13/2015\nC,4/7/2017\nD,4/5/2017\n',
			options: {},
			dates: {
				column: 'date',
				format: 'M/D/YYYY',
				formats: [{ format: 'M/D/YYYY', rows: 4, example: '4/5/2017' }],
				order: 'mdy',
				orderFrom: 'values',
				ambiguous: false,
				examples: [
					{ value: '10/13/2015', reading: '2015-10-13' },
					{ value: '4/5/2017', reading: '2017-04-05' },
					{ value: '4/7/2017', reading: '2017-04-07' }
				]
			}
		},
		{
			what: 'DD/MM/YYYY proved by a day above 12',
			csv: 'text,date\nA,23/09/2017\nB,01/10/2017\n',
			options: {},
			dates: {
				column: 'date',
				format: 'DD/MM/YYYY',
				formats: [{ format: 'DD/MM/YYYY', rows: 2, example: '23/09/2017' }],
				order: 'dmy',
				orderFrom: 'values',
				ambiguous: false,
				examples: [
					{ value: '23/09/2017', reading: '2017-09-23' },
					{ value: '01/10/2017', reading: '2017-10-01' }
				]
			}
		},
		{
			what: 'an undecided order, each example read both ways',
			csv: 'text,date\nA,01/02/2017\n',
			options: {},
			dates: {
				column: 'date',
				format: 'DD/MM/YYYY or MM/DD/YYYY',
				formats: [{ format: 'DD/MM/YYYY or MM/DD/YYYY', rows: 1, example: '01/02/2017' }],
				order: null,
				orderFrom: null,
				ambiguous: true,
				examples: [{ value: '01/02/2017', reading: null, asDmy: '2017-02-01', asMdy: '2017-01-02' }]
			}
		},
		{
			what: 'an undecided order settled by the date order asked for',
			csv: 'text,date\nA,01/02/2017\n',
			options: { dateOrder: 'dmy' as const },
			dates: {
				column: 'date',
				format: 'DD/MM/YYYY',
				formats: [{ format: 'DD/MM/YYYY', rows: 1, example: '01/02/2017' }],
				order: 'dmy',
				orderFrom: 'option',
				ambiguous: true,
				examples: [{ value: '01/02/2017', reading: '2017-02-01' }]
			}
		},
		{
			what: 'ISO dates and times with a spelled-out minority',
			csv: 'text,date\nA,2017-01-02T10:00:00Z\nB,2017-01-03T11:00:00Z\nC,13 October 2015\n',
			options: {},
			dates: {
				column: 'date',
				format: 'YYYY-MM-DDThh:mm',
				formats: [
					{ format: 'YYYY-MM-DDThh:mm', rows: 2, example: '2017-01-02T10:00:00Z' },
					{ format: 'D Month YYYY', rows: 1, example: '13 October 2015' }
				],
				order: null,
				orderFrom: null,
				ambiguous: false,
				examples: [
					{ value: '2017-01-02T10:00:00Z', reading: '2017-01-02' },
					{ value: '2017-01-03T11:00:00Z', reading: '2017-01-03' },
					{ value: '13 October 2015', reading: '2015-10-13' }
				]
			}
		}
	])('describes $what', ({ csv, options, dates }) => {
		expect(planImport([file('d.csv', csv)], options).files[0]!.dates).toEqual(dates);
	});
});

describe('planImport with a store', () => {
	it('uses the mapping remembered for the header unless one is given', () => {
		const store = openStore(':memory:');
		saveMapping(
			store,
			['body', 'when', 'who'],
			{ text: 'body', date: 'when', outlet: 'who' },
			'dmy'
		);
		const csv = file('x.csv', 'who,body,when\nRT,Text,01/02/2017\n');
		const remembered = planImport([csv], { store });
		expect(remembered.files[0]).toMatchObject({
			mappingFrom: 'saved',
			mapping: { text: 'body', outlet: 'who', date: 'when' }
		});
		expect(remembered.files[0]!.dates).toMatchObject({ order: 'dmy', orderFrom: 'saved' });
		expect(remembered.articles[0]).toMatchObject({ published: { iso: '2017-02-01' } });
		expect(remembered.choices).toEqual([]);
		const given = planImport([csv], { store, mapping: { text: 'who' }, dateOrder: 'mdy' });
		expect(given.files[0]).toMatchObject({ mappingFrom: 'explicit', mapping: { text: 'who' } });
		expect(given.choices).toEqual([
			{ header: ['who', 'body', 'when'], mapping: { text: 'who' }, dateOrder: 'mdy' }
		]);
		store.close();
	});

	it('counts texts a stored corpus already holds', () => {
		const store = openStore(':memory:');
		const { corpusId } = importCorpus(store, { slug: 'c', name: 'C' }, [
			{
				file: 'old.csv, row 2',
				outlet: { name: 'RT', domain: null, type: null },
				published: null,
				title: null,
				url: null,
				attribution: null,
				text: 'Stored before'
			}
		]);
		const plan = planImport([file('new.csv', 'text\nStored before\nNew\n')], { store, corpusId });
		expect(plan.totals).toEqual(totals({ rows: 2, good: 2, alreadyInCorpus: 1, noText: 2 }));
		expect(plan.duplicates).toEqual([
			{ by: 'corpus', file: 'new.csv', row: 2, sameAs: { file: 'old.csv, row 2', row: null } }
		]);
		store.close();
	});
});

describe('reportOf', () => {
	it('caps the lists and says how much it left off, keeping the totals exact', () => {
		const csv = ['id,text', ...Array.from({ length: 30 }, (_, i) => `${i},`)].join('\n');
		const report = reportOf(planImport([file('e.csv', csv)]), 10);
		expect(report.totals.bad).toBe(30);
		expect(report.problems).toHaveLength(10);
		expect(report.problemsOmitted).toBe(20);
		expect(JSON.parse(JSON.stringify(report))).toEqual(report);
		expect('articles' in report).toBe(false);
	});
});

describe('planImport on 200,000 rows', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parallax-plan-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('counts every row: good, duplicate and bad', () => {
		const lines = ['id,outlet,date,text'];
		for (let i = 0; i < 200_000; i++) {
			const text =
				i % 20_000 === 7
					? ''
					: i % 50_000 === 3
						? 'Article 0 says the strikes continue.'
						: `Article ${i} says the strikes continue.`;
			lines.push(`${i},Outlet ${i % 15},${1 + (i % 28)}/${1 + (i % 12)}/2017,${text}`);
		}
		const path = join(dir, 'big.csv');
		writeFileSync(path, lines.join('\r\n'));
		const plan = planImport([{ name: 'big.csv', bytes: readFileSync(path) }]);
		expect(plan.totals).toEqual(
			totals({ rows: 200_000, good: 199_986, duplicateTexts: 4, bad: 10, problems: 10 })
		);
		expect(plan.problems.map((p) => p.row)).toEqual(
			Array.from({ length: 10 }, (_, k) => k * 20_000 + 7 + 2)
		);
		expect(plan.files[0]!.dates).toMatchObject({ format: 'D/M/YYYY', order: 'dmy' });
		expect(plan.articles).toHaveLength(199_986);
	}, 30_000);
});

describe('planImport with a role mapped to no column', () => {
	it('takes the outlet from the URL when the user unmaps a wrong outlet column', () => {
		const csv = file(
			'feed.csv',
			'text,source,url\nMoscow urged talks.,feedly,https://www.rt.com/news/1\nWashington refused.,feedly,https://www.foxnews.com/a\n'
		);
		const detected = planImport([csv]);
		expect(detected.articles.map((article) => article.outlet.name)).toEqual(['feedly', 'feedly']);
		const unmapped = planImport([{ ...csv, mapping: { outlet: '' } }]);
		expect(unmapped.articles.map((article) => article.outlet.name)).toEqual([
			'rt.com',
			'foxnews.com'
		]);
	});
});

describe('planImport progress', () => {
	it('tells how far it has read across files, ending each at its bytes and rows', () => {
		const a = file('a.csv', 'text,outlet\nOne.,RT\nTwo.,RT\nThree.,RT\n');
		const b = file('b.jsonl', '{"text":"Four.","outlet":"BBC"}\n{"text":"Five.","outlet":"BBC"}\n');
		const seen: { stage: string; file: string; fileIndex: number; rows: number; bytes: number }[] =
			[];
		const plan = planImport([a, b], {
			onProgress: (p) => {
				expect(p.files).toBe(2);
				expect(p.bytesTotal).toBe(a.bytes.length + b.bytes.length);
				seen.push({
					stage: p.stage,
					file: p.file,
					fileIndex: p.fileIndex,
					rows: p.rows,
					bytes: p.bytesDone
				});
			}
		});
		const parsingA = seen.filter((p) => p.stage === 'parsing' && p.file === 'a.csv');
		expect(parsingA.map((p) => p.rows)).toEqual([1, 2, 3, 3]); // the last: the closing line break
		expect(parsingA.map((p) => p.bytes)).toEqual(
			[...parsingA.map((p) => p.bytes)].sort((x, y) => x - y)
		);
		expect(parsingA.at(-1)!.bytes).toBe(a.bytes.length);
		expect(seen.slice(parsingA.length)).toEqual([
			{ stage: 'checking', file: 'a.csv', fileIndex: 1, rows: 3, bytes: a.bytes.length },
			{
				stage: 'checking',
				file: 'b.jsonl',
				fileIndex: 2,
				rows: 5,
				bytes: a.bytes.length + b.bytes.length
			}
		]);
		expect(plan.totals.rows).toBe(5);
	});
});

describe('planImport at the boundary: what no store or export can hold', () => {
	it('never stores a NUL in an outlet name: the row is bad by file, row and field', () => {
		const store = openStore(':memory:');
		const plan = planImport([
			file(
				'nul.csv',
				'text,outlet\nMoscow said one thing.,RT\nWashington said another.,Fox\u0000 News\n'
			)
		]);
		expect(plan.problems).toEqual([
			{
				file: 'nul.csv',
				row: 3,
				field: 'outlet',
				reason: 'outlet holds a control character (U+0000 at character 4) that no export can hold',
				scope: 'row'
			}
		]);
		commitImport(store, plan, { name: 'Good rows only' });
		const names = store.prepare('SELECT name FROM outlets').pluck().all() as string[];
		expect(names).toEqual(['RT']);
		expect(names.join('')).not.toContain('\u0000');
		store.close();
	});

	it('refuses JSON nested 100,000 deep by file name, with no RangeError', () => {
		const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		const plan = planImport([file('deep.json', `[{"text":"A text.","tags":${deep}}]`)]);
		expect(plan.files[0]).toMatchObject({ name: 'deep.json', excluded: true });
		expect(plan.problems).toEqual([
			{
				file: 'deep.json',
				reason:
					'nests arrays or objects more than 64 levels deep; Parallax reads records of named fields (line 1)',
				scope: 'file'
			}
		]);
	});

	it('refuses a 2 MB title as a bad row by file, row and field, and imports the rest', () => {
		const plan = planImport([
			file('titles.csv', `title,text\nFine,First text.\n${'t'.repeat(2 ** 21)},Second text.\n`)
		]);
		expect(plan.articles.map((a) => a.title)).toEqual(['Fine']);
		expect(plan.problems).toEqual([
			{
				file: 'titles.csv',
				row: 3,
				field: 'title',
				reason:
					'title is 2,097,152 characters long; a title has at most 1,000 (is the right column mapped?)',
				scope: 'row'
			}
		]);
	});

	it('reads a UTF-16LE CSV saved without a BOM as text, with no NULs stored', () => {
		const csv = 'text,outlet\nMoscow said the strikes would continue.,RT\n';
		const plan = planImport([
			{ name: 'unicode.csv', bytes: new Uint8Array(Buffer.from(csv, 'utf16le')) }
		]);
		expect(plan.files[0]).toMatchObject({ encoding: 'utf-16le', bom: false, excluded: false });
		expect(plan.articles.map((a) => [a.text, a.outlet.name])).toEqual([
			['Moscow said the strikes would continue.', 'RT']
		]);
	});
});
