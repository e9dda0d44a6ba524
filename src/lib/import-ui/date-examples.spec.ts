import { describe, expect, it } from 'vitest';
import { dateExampleLines, formatIsoDate, orderNote } from './date-examples';
import type { ReviewDates } from './review';

const dates = (overrides: Partial<ReviewDates>): ReviewDates => ({
	column: 'date',
	format: 'DD/MM/YYYY',
	formats: [],
	order: 'dmy',
	orderFrom: 'values',
	ambiguous: false,
	examples: [],
	...overrides
});

describe('formatIsoDate', () => {
	it.each([
		['2017-04-03', '3 Apr 2017'],
		['2015-10', 'Oct 2015'],
		['2015', '2015'],
		['2017-04-03T10:00:00Z', '3 Apr 2017']
	])('%s reads as %s', (iso, expected) => {
		expect(formatIsoDate(iso)).toBe(expected);
	});
});

describe('dateExampleLines', () => {
	const undecided = dates({
		format: 'DD/MM/YYYY or MM/DD/YYYY',
		order: null,
		orderFrom: null,
		ambiguous: true,
		examples: [
			{ value: '03/04/2017', reading: null, asDmy: '2017-04-03', asMdy: '2017-03-04' },
			{ value: '01/02/2017', reading: null, asDmy: '2017-02-01', asMdy: '2017-01-02' }
		]
	});

	it('gives the stored reading, else reads the value under the column order', () => {
		expect(
			dateExampleLines(
				dates({
					examples: [
						{ value: '23/09/2017', reading: '2017-09-23' },
						{ value: '01/10/2017', reading: null },
						{ value: '30/02/2017', reading: null },
						{ value: 'soon', reading: null }
					]
				})
			)
		).toEqual([
			{ value: '23/09/2017', reads: '23 Sep 2017', ok: true },
			{ value: '01/10/2017', reads: '1 Oct 2017', ok: true },
			{ value: '30/02/2017', reads: 'no such date read day first', ok: false },
			{ value: 'soon', reads: 'not a date Parallax reads', ok: false }
		]);
	});

	it('reads every example under an order asked for, whatever the column order', () => {
		expect(
			dateExampleLines(
				dates({
					order: 'dmy',
					orderFrom: 'option',
					ambiguous: true,
					examples: [{ value: '03/04/2017', reading: '2017-04-03' }]
				}),
				'mdy'
			)
		).toEqual([{ value: '03/04/2017', reads: '4 Mar 2017', ok: true }]);
	});

	it('asks about an order still to be chosen', () => {
		expect(dateExampleLines(undecided).map((line) => line.reads)).toEqual([
			'day or month first?',
			'day or month first?'
		]);
	});

	it.each([
		['dmy', ['3 Apr 2017', '1 Feb 2017']],
		['mdy', ['4 Mar 2017', '2 Jan 2017']]
	] as const)('reads the examples under the order %s, to label that choice', (order, expected) => {
		expect(dateExampleLines(undecided, order).map((line) => line.reads)).toEqual(expected);
	});

	it('says when a value is no date under an order', () => {
		expect(
			dateExampleLines(
				dates({
					examples: [{ value: '13/04/2017', reading: null, asDmy: '2017-04-13', asMdy: null }]
				}),
				'mdy'
			)
		).toEqual([{ value: '13/04/2017', reads: 'no such date read month first', ok: false }]);
	});

	it('reads ISO and spelled-out values without an order', () => {
		expect(
			dateExampleLines(
				dates({
					order: null,
					orderFrom: null,
					examples: [
						{ value: '2017-01-06', reading: null },
						{ value: 'Mon, 13 Oct 2015 10:00:00 GMT', reading: null }
					]
				})
			)
		).toEqual([
			{ value: '2017-01-06', reads: '6 Jan 2017', ok: true },
			{ value: 'Mon, 13 Oct 2015 10:00:00 GMT', reads: '13 Oct 2015', ok: true }
		]);
	});
});

describe('orderNote', () => {
	it.each([
		[dates({ orderFrom: 'values' }), 'Read day first: some dates only make sense that way.'],
		[dates({ order: 'mdy', orderFrom: 'option' }), 'Read month first, as you chose.'],
		[
			dates({ orderFrom: 'saved' }),
			'Read day first, as chosen at an earlier import of a file with these columns.'
		],
		[
			dates({ order: null, orderFrom: null, ambiguous: true }),
			'Day and month could be either way round.'
		],
		[dates({ order: null, orderFrom: null, format: 'YYYY-MM-DD' }), null]
	])('explains the order (%#)', (input, expected) => {
		expect(orderNote(input)).toBe(expected);
	});
});
