// safeCsv: column order, empty cells, and formula neutralising without touching numbers.
import { describe, expect, it } from 'vitest';
import { safeCsv, type CsvCell } from './safe-csv';

/** The one data line of a one-column table holding `cell`. */
const line = (cell: CsvCell) => safeCsv(['value'], [{ value: cell }]).split('\r\n')[1];

describe('safeCsv', () => {
	it('writes a header row, then one CRLF-separated line per row with cells in column order', () => {
		expect(
			safeCsv(
				['outlet', 'frame', 'sentences'],
				[
					{ sentences: 6, frame: 'accusation', outlet: 'RT' },
					{ frame: 'cooperation_urged', outlet: 'Sputnik', sentences: 0 }
				]
			)
		).toBe('outlet,frame,sentences\r\nRT,accusation,6\r\nSputnik,cooperation_urged,0');
	});

	it('writes only the header when there are no rows', () => {
		expect(safeCsv(['frame', 'outlet'], [])).toBe('frame,outlet');
	});

	it('leaves a cell empty for null and for a column the row lacks', () => {
		expect(safeCsv(['a', 'b', 'c'], [{ a: null, c: 'x' }])).toBe('a,b,c\r\n,,x');
	});

	it.each<[string, CsvCell, string]>([
		['a formula', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['a plus sign', '+1', `"'+1"`],
		['a minus sign', '-2', `"'-2"`],
		['an at sign', '@SUM(A1)', `"'@SUM(A1)"`],
		['a tab', '\tx', `"'\tx"`],
		['a carriage return', '\rx', `"'\rx"`],
		['a formula sign followed by a line break', '=A1\nB', `"'=A1\nB"`]
	])('neutralises text starting with %s by prefixing an apostrophe', (_, cell, expected) => {
		expect(line(cell)).toBe(expected);
	});

	it.each<[string, CsvCell, string]>([
		['a negative number', -2, '-2'],
		['a fraction', 0.6667, '0.6667'],
		['zero', 0, '0'],
		['text with a sign inside', 'a-b=c', 'a-b=c'],
		['text with a leading space', ' =1', '" =1"'],
		['an ISO date', '2015-10-01', '2015-10-01']
	])('writes %s as it is', (_, cell, expected) => {
		expect(line(cell)).toBe(expected);
	});

	it.each<[string, CsvCell, string]>([
		['a comma', 'Russia, US', '"Russia, US"'],
		['a double quote', 'said "no"', '"said ""no"""'],
		['a line break', 'two\nlines', '"two\nlines"'],
		['an apostrophe', "The People's Voice", "The People's Voice"]
	])('quotes text with %s only as CSV requires', (_, cell, expected) => {
		expect(line(cell)).toBe(expected);
	});
});
