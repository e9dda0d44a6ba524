import { describe, expect, it } from 'vitest';
import type { InputProblem } from '$lib/engine/input-error';
import { badRowsCsv, badRowsFileName, badRowsPage } from './bad-rows';

const rows = (count: number): InputProblem[] =>
	Array.from({ length: count }, (_, index) => ({
		file: 'a.csv',
		row: index + 2,
		field: 'text',
		reason: 'text is empty'
	}));

describe('badRowsPage', () => {
	it.each([
		[0, 1, { page: 1, pages: 1, from: 0, to: 0, shown: 0 }],
		[1, 1, { page: 1, pages: 1, from: 1, to: 1, shown: 1 }],
		[100, 1, { page: 1, pages: 1, from: 1, to: 100, shown: 100 }],
		[101, 2, { page: 2, pages: 2, from: 101, to: 101, shown: 1 }],
		[250, 2, { page: 2, pages: 3, from: 101, to: 200, shown: 100 }],
		[250, 9, { page: 3, pages: 3, from: 201, to: 250, shown: 50 }],
		[250, 0, { page: 1, pages: 3, from: 1, to: 100, shown: 100 }],
		[250, Number.NaN, { page: 1, pages: 3, from: 1, to: 100, shown: 100 }]
	])('of %i bad rows, asking for page %d shows %j', (count, page, expected) => {
		const { rows: shown, ...rest } = badRowsPage(rows(count), page);
		expect({ ...rest, shown: shown.length }).toEqual(expected);
	});

	it('shows the rows of its page, in the order given', () => {
		expect(badRowsPage(rows(250), 3).rows[0]).toEqual({
			file: 'a.csv',
			row: 202,
			field: 'text',
			reason: 'text is empty'
		});
	});

	it('does not mutate its input', () => {
		const input = rows(150);
		const copy = structuredClone(input);
		badRowsPage(input, 2);
		expect(input).toEqual(copy);
	});
});

describe('badRowsCsv', () => {
	it('writes a header and one line per bad row, leaving absent rows and fields empty', () => {
		expect(
			badRowsCsv([
				{
					file: 'a.csv',
					row: 3,
					field: 'date',
					reason: '"32/01/2017" is not a day of the calendar'
				},
				{ file: 'b.json', reason: 'is empty' }
			])
		).toBe(
			'file,row,field,reason\r\n' +
				'a.csv,3,date,"""32/01/2017"" is not a day of the calendar"\r\n' +
				'b.json,,,is empty'
		);
	});

	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1', `"'+1"`],
		['-2', `"'-2"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['plain', 'plain']
	])('neutralises a cell starting with a formula sign: %s → %s', (file, expected) => {
		expect(badRowsCsv([{ file, row: 2, field: 'x', reason: 'y' }]).split('\r\n')[1]).toBe(
			`${expected},2,x,y`
		);
	});
});

describe('badRowsFileName', () => {
	it.each([
		['FA-KES dataset', 'parallax-bad-rows-fa-kes-dataset.csv'],
		['  Café  ', 'parallax-bad-rows-cafe.csv'],
		['', 'parallax-bad-rows.csv']
	])('names the download for %j as %s', (name, expected) => {
		expect(badRowsFileName(name)).toBe(expected);
	});
});
