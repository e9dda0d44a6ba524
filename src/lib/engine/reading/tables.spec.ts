import { describe, expect, it } from 'vitest';
import {
	MAX_COLUMN_NAME,
	MAX_COLUMNS,
	MAX_JSON_DEPTH,
	parseDelimited,
	parseJsonArray,
	parseJsonLines
} from './tables';

describe('parseDelimited', () => {
	it('numbers rows as a spreadsheet does and keeps quoted commas, quotes and line breaks', () => {
		const table = parseDelimited(
			'title,text\r\n"A, B","He said ""no""\r\nthen left"\r\n\r\nC,D\r\n',
			'f.csv',
			','
		);
		expect(table).toEqual({
			fields: ['title', 'text'],
			records: [
				{ row: 2, values: { title: 'A, B', text: 'He said "no"\r\nthen left' } },
				{ row: 4, values: { title: 'C', text: 'D' } }
			],
			errors: []
		});
	});

	it('reads tab-separated files', () => {
		expect(parseDelimited('title\ttext\nA\tB, C\n', 'f.tsv', '\t').records).toEqual([
			{ row: 2, values: { title: 'A', text: 'B, C' } }
		]);
	});

	it('reports a row with the wrong number of fields', () => {
		expect(parseDelimited('a,b\n1,2\n1,2,3\n', 'f.csv', ',').errors).toEqual([
			{ file: 'f.csv', row: 3, reason: 'Too many fields: expected 2 fields but parsed 3' }
		]);
	});

	it('reports an unclosed quote at the row where it opens', () => {
		const { errors } = parseDelimited('a,b\n1,2\n3,"never closed\n4,5\n', 'f.csv', ',');
		expect(errors).toContainEqual({
			file: 'f.csv',
			row: 3,
			reason: 'a quoted field is never closed, so the rest of the file ran into it'
		});
	});

	it('keeps numbering rows after a blank line inside the file and after a bad row', () => {
		const table = parseDelimited('a,b\n1,2\n\n3,4,5\n6,7\n', 'f.csv', ',');
		expect(table.records.map((record) => record.row)).toEqual([2, 4, 5]);
		expect(table.errors.map((error) => error.row)).toEqual([4]);
	});

	it('tells how far it has read, row by row, ending at the whole text', () => {
		const text = 'a,b\n1,2\n3,"x\ny"\n5,6';
		const seen: { rows: number; chars: number }[] = [];
		parseDelimited(text, 'f.csv', ',', {
			onProgress: ({ rows, chars, totalChars }) => {
				expect(totalChars).toBe(text.length);
				seen.push({ rows, chars });
			}
		});
		expect(seen.map((p) => p.rows)).toEqual([1, 2, 3]);
		expect(seen.map((p) => p.chars)).toEqual([...seen.map((p) => p.chars)].sort((x, y) => x - y));
		expect(seen.at(-1)!.chars).toBe(text.length);
	});

	it('says when a .csv file is really separated by semicolons or tabs', () => {
		expect(parseDelimited('title;text\nA;B\nC;D\n', 'f.csv', ',').errors).toEqual([
			{
				file: 'f.csv',
				row: 1,
				reason:
					'has a single column: its fields look separated by semicolons, not commas; re-export it or give it the matching extension (.csv for commas, .tsv for tabs)'
			}
		]);
	});
});

describe('parseJsonArray', () => {
	it('reads an array of objects, flattening nested objects one level', () => {
		expect(parseJsonArray('[{"title":"A","source":{"id":null,"name":"RT"}}]', 'f.json')).toEqual({
			fields: ['title', 'source.id', 'source.name'],
			records: [{ row: 1, values: { title: 'A', 'source.id': null, 'source.name': 'RT' } }],
			errors: []
		});
	});

	it('finds the array inside an API response object', () => {
		expect(
			parseJsonArray('{"status":"ok","totalResults":1,"articles":[{"content":"x"}]}', 'f.json')
				.records
		).toEqual([{ row: 1, values: { content: 'x' } }]);
	});

	it('reports invalid JSON with what the parser saw', () => {
		const { errors, records } = parseJsonArray('[\n{"a": 1},\n{"a": }\n]', 'f.json');
		expect(records).toEqual([]);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.file).toBe('f.json');
		expect(errors[0]!.reason).toMatch(/^is not valid JSON: Unexpected token/);
	});

	it('reports records that are not objects', () => {
		expect(parseJsonArray('[{"text":"a"}, "b", [1]]', 'f.json').errors).toEqual([
			{ file: 'f.json', row: 2, reason: 'record 2 is not an object with named fields' },
			{ file: 'f.json', row: 3, reason: 'record 3 is not an object with named fields' }
		]);
	});
});

describe('parseJsonLines', () => {
	it('reads one object per line, numbering by line and skipping blank lines', () => {
		const table = parseJsonLines('{"text":"a"}\n\n{"text":"b","id":7}\n', 'f.jsonl');
		expect(table.records).toEqual([
			{ row: 1, values: { text: 'a' } },
			{ row: 3, values: { text: 'b', id: 7 } }
		]);
		expect(table.fields).toEqual(['text', 'id']);
	});

	it('reports each broken line and keeps the good ones', () => {
		const table = parseJsonLines('{"text":"a"}\n{"text": "b"\n{"text":"c"}\n', 'f.jsonl');
		expect(table.records.map((r) => r.row)).toEqual([1, 3]);
		expect(table.errors).toHaveLength(1);
		expect(table.errors[0]).toMatchObject({ file: 'f.jsonl', row: 2 });
	});
});

/** JSON nesting `depth` arrays inside a record's field: the shape a hostile export could take. */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('nesting and width limits', () => {
	it('refuses JSON nested 100,000 deep by its file and line, without a stack overflow', () => {
		const text = `[\n{"text":"a"},\n{"text":"b","tags":${nested(100_000)}}\n]`;
		expect(parseJsonArray(text, 'deep.json')).toEqual({
			fields: [],
			records: [],
			errors: [
				{
					file: 'deep.json',
					reason: `nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep; Parallax reads records of named fields (line 3)`
				}
			]
		});
	});

	it('reads JSON nested exactly as deep as the limit, brackets in strings not counted', () => {
		const text = `[{"text":"[[[[{{{{","tags":${nested(MAX_JSON_DEPTH - 2)}}]`;
		expect(parseJsonArray(text, 'ok.json').errors).toEqual([]);
		expect(parseJsonArray(text, 'ok.json').records).toHaveLength(1);
	});

	it('refuses a JSON Lines line nested too deep by its line number and reads the others', () => {
		const text = `{"text":"a"}\n{"text":"b","tags":${nested(100_000)}}\n{"text":"c"}\n`;
		const table = parseJsonLines(text, 'deep.jsonl');
		expect(table.records.map((r) => r.row)).toEqual([1, 3]);
		expect(table.errors).toEqual([
			{
				file: 'deep.jsonl',
				row: 2,
				reason: `line nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep; Parallax reads records of named fields`
			}
		]);
	});

	it('refuses a CSV header of 100,000 columns as row 1, reading no rows', () => {
		const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
		const table = parseDelimited(`${header}\n${'x,'.repeat(99_999)}x\n`, 'wide.csv', ',');
		expect(table).toEqual({
			fields: [],
			records: [],
			errors: [
				{
					file: 'wide.csv',
					row: 1,
					reason: `has 100,000 columns; a table of articles has at most ${MAX_COLUMNS.toLocaleString('en')} (is the first row really a header?)`
				}
			]
		});
	});

	it('refuses JSON records with more distinct fields than a table may have columns', () => {
		const record = Object.fromEntries(
			Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => [`f${i}`, i])
		);
		expect(parseJsonArray(JSON.stringify([record]), 'wide.json').errors).toEqual([
			{
				file: 'wide.json',
				reason: `has 1,001 columns; a table of articles has at most ${MAX_COLUMNS.toLocaleString('en')} (is the first row really a header?)`
			}
		]);
	});

	it('refuses a header cell longer than a column name can be', () => {
		const table = parseDelimited(`text,${'h'.repeat(MAX_COLUMN_NAME + 1)}\na,b\n`, 'f.csv', ',');
		expect(table.errors).toEqual([
			{
				file: 'f.csv',
				row: 1,
				reason: `column 2's name is 501 characters long; a column name has at most ${MAX_COLUMN_NAME} (is the first row really a header?)`
			}
		]);
	});
});
