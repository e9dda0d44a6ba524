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

	// Spreadsheets skip leading blanks before deciding a cell is a formula, and Excel takes the
	// full-width signs as the ASCII ones: all of these would run.
	it.each<[string, string]>([
		['a space', ' =1+1'],
		['several spaces', '   +1'],
		['a tab', '\t=cmd|calc'],
		['a carriage return', '\r-2'],
		['a line feed', '\n@SUM(A1)'],
		['a CR LF', '\r\n=1'],
		['a no-break space', '\u00a0=1'],
		['a narrow no-break space', '\u202f=1'],
		['an ideographic space', '\u3000=1'],
		['an em space', '\u2003+1'],
		['a line separator', '\u2028=1'],
		['a byte-order mark', '\ufeff=1'],
		['a zero-width space', '\u200b=1'],
		['a NUL', '\u0000=1'],
		['a vertical tab and a form feed', '\u000b\u000c=1'],
		['a DEL and a C1 control', '\u007f\u0085=1'],
		['spaces and controls mixed', ' \u0001\u00a0\t-1']
	])('neutralises a formula sign after %s', (_, cell) => {
		expect(safeCsv(['value'], [{ value: cell }])).toBe(`value\r\n"'${cell}"`);
	});

	it.each<[string, string]>([
		['a full-width equals sign', '\uff1dSUM(A1)'],
		['a full-width plus sign', '\uff0b1'],
		['a full-width minus sign', '\uff0d1'],
		['a full-width at sign', '\uff20SUM(A1)'],
		['a full-width sign after a space', ' \uff1d1']
	])('neutralises %s as it does the ASCII one', (_, cell) => {
		expect(line(cell)).toBe(`"'${cell}"`);
	});

	it.each<[string, CsvCell, string]>([
		['a negative number', -2, '-2'],
		['a fraction', 0.6667, '0.6667'],
		['zero', 0, '0'],
		['text with a sign inside', 'a-b=c', 'a-b=c'],
		['text with a leading space', ' Lavrov', '" Lavrov"'],
		['text with a sign after a leading word', ' a=1', '" a=1"'],
		['text with a full-width sign inside', 'a\uff1d1', 'a\uff1d1'],
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
