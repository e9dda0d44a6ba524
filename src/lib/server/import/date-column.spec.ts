import { describe, expect, it } from 'vitest';
import { analyseDateColumn } from './date-column';

const records = (...dates: string[]) =>
	dates.map((date, i) => ({ row: i + 2, values: { date } as Record<string, unknown> }));

describe('analyseDateColumn', () => {
	it.each([
		{
			what: 'blames the numeric rows when they are the fewer',
			dates: ['2017-01-02', '5/1/2017', '2017-01-03'],
			blamed: [3]
		},
		{
			what: 'blames the numeric rows on a tie',
			dates: ['2017-01-02', '5/1/2017'],
			blamed: [3]
		},
		{
			what: 'blames the ISO and spelled-out rows when numeric dates are the most',
			dates: ['13/1/2017', '2017-01-02', '5/1/2017', '14 Jan 2017', '6/1/2017', '7/1/2017'],
			blamed: [3, 5]
		},
		{
			what: 'blames nothing when ISO and spelled-out dates mix without numeric ones',
			dates: ['2017-01-02', '13 October 2015', 'Oct 14, 2015'],
			blamed: []
		},
		{ what: 'blames nothing in an empty column', dates: ['', ' '], blamed: [] }
	])('$what', ({ dates, blamed }) => {
		expect(analyseDateColumn(records(...dates), 'date', {}).mixed.map((p) => p.row)).toEqual(
			blamed
		);
	});

	it.each([
		[{}, ['01/02/2017', '13/02/2017'], 'dmy', 'values'],
		[
			{ order: 'mdy' as const, from: 'option' as const },
			['01/02/2017', '13/02/2017'],
			'mdy',
			'option'
		],
		[
			{ order: 'mdy' as const, from: 'saved' as const },
			['01/02/2017', '13/02/2017'],
			'dmy',
			'values'
		],
		[{ order: 'mdy' as const, from: 'saved' as const }, ['01/02/2017'], 'mdy', 'saved'],
		[{}, ['01/02/2017'], undefined, null]
	])('with %j reads %j in order %s (from %s)', (given, dates, order, from) => {
		const analysis = analyseDateColumn(records(...dates), 'date', given);
		expect(analysis.order).toBe(order);
		expect(analysis.report(() => null).orderFrom).toBe(from);
	});

	it('marks where the reader will report an undecidable order, and nothing once decided', () => {
		expect(analyseDateColumn(records('', '01/02/2017'), 'date', {}).undecidedAt).toBe(3);
		expect(analyseDateColumn(records('01/02/2017', '13/02/2017'), 'date', {}).undecidedAt).toBe(
			null
		);
	});

	it.each([
		['2017-01-02', 'YYYY-MM-DD'],
		['2017-01', 'YYYY-MM'],
		['2017', 'YYYY'],
		['2017-01-02 10:00', 'YYYY-MM-DDThh:mm'],
		['Tue, 13 Oct 2015 10:00:00 +0000', 'RFC 2822'],
		['13 October 2015', 'D Month YYYY'],
		['October 13, 2015', 'Month D, YYYY'],
		['October 2015', 'Month YYYY'],
		['13.1.2015', 'D.M.YYYY'],
		['13-10-15', 'DD-MM-YY'],
		['10/13/2015 10:30 PM', 'MM/DD/YYYY hh:mm']
	])('names the format of "%s" %s', (value, format) => {
		expect(analyseDateColumn(records(value), 'date', {}).report(() => null).format).toBe(format);
	});
});
