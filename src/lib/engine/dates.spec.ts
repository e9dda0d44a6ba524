import { describe, expect, it } from 'vitest';
import { formatPublicationDate, parseIsoDate, toPublicationDate } from './dates';

describe('parseIsoDate', () => {
	it.each([
		['2015-10-13', { iso: '2015-10-13', precision: 'day' }],
		['2016-02-29', { iso: '2016-02-29', precision: 'day' }],
		['2015-10', { iso: '2015-10', precision: 'month' }],
		['2015', { iso: '2015', precision: 'year' }],
		[' 2015-10-13 ', { iso: '2015-10-13', precision: 'day' }]
	])('reads %s with the precision it carries', (text, expected) => {
		expect(parseIsoDate(text)).toEqual(expected);
	});

	it.each([
		['2015-02-29', '"2015-02-29" is not a day of the calendar'],
		['2015-00', '"2015-00" has no month 00'],
		['13/10/2015', '"13/10/2015" is not a date in the form YYYY-MM-DD (or YYYY-MM, YYYY)'],
		[
			'2015-10-13T10:00',
			'"2015-10-13T10:00" is not a date in the form YYYY-MM-DD (or YYYY-MM, YYYY)'
		]
	])('says why %s is not a date', (text, reason) => {
		expect(parseIsoDate(text)).toBe(reason);
	});
});

describe('toPublicationDate', () => {
	it('takes a declared approximate precision for a full date', () => {
		expect(toPublicationDate('2015-10-15', 'approximate')).toEqual({
			iso: '2015-10-15',
			precision: 'approximate'
		});
	});

	it('accepts a coarser declared precision than the string carries', () => {
		expect(toPublicationDate('2015-10-15', 'Month')).toEqual({
			iso: '2015-10-15',
			precision: 'month'
		});
	});

	it('refuses a month precision for a bare year', () => {
		expect(toPublicationDate('2015', 'month')).toBe(
			'precision "month" needs a month, but "2015" has none'
		);
	});
});

describe('formatPublicationDate', () => {
	it.each([
		[{ iso: '2015-11-12', precision: 'day' as const }, '12 Nov 2015'],
		[{ iso: '2015-10-15', precision: 'approximate' as const }, 'c. 15 Oct 2015'],
		[{ iso: '2015-10', precision: 'month' as const }, 'Oct 2015'],
		[{ iso: '2015', precision: 'year' as const }, '2015'],
		[null, 'undated']
	])('writes %o as %s', (date, text) => {
		expect(formatPublicationDate(date)).toBe(text);
	});
});
