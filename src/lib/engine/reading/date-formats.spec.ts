import { describe, expect, it } from 'vitest';
import { applyDateOrder, readDate, resolveDateOrder, type NumericDate } from './date-formats';

describe('readDate', () => {
	it.each([
		['2015-10-13', { iso: '2015-10-13', precision: 'day' }],
		['2015-10', { iso: '2015-10', precision: 'month' }],
		['2020-04-15T22:44:36Z', { iso: '2020-04-15', precision: 'day' }],
		['2020-04-15 22:44:36+02:00', { iso: '2020-04-15', precision: 'day' }],
		['Wed, 15 Apr 2020 22:44:36 +0000', { iso: '2020-04-15', precision: 'day' }],
		['13 October 2015', { iso: '2015-10-13', precision: 'day' }],
		['October 13, 2015', { iso: '2015-10-13', precision: 'day' }],
		['Sept. 30, 2015', { iso: '2015-09-30', precision: 'day' }],
		['1st Dec 2017', { iso: '2017-12-01', precision: 'day' }],
		['December 2017', { iso: '2017-12', precision: 'month' }],
		['4/16/2017', { first: 4, second: 16, year: 2017 }],
		['23/09/2017', { first: 23, second: 9, year: 2017 }],
		['13.10.2015', { first: 13, second: 10, year: 2015 }],
		['10/13/15', { first: 10, second: 13, year: 2015 }],
		['4/5/2017 10:30 PM', { first: 4, second: 5, year: 2017 }]
	])('reads %s', (text, expected) => {
		expect(readDate(text)).toEqual(expected);
	});

	it.each([
		['', 'is empty'],
		[
			'yesterday',
			'"yesterday" is not a date Parallax can read (use YYYY-MM-DD, RFC 2822, "13 October 2015", or D/M/YYYY or M/D/YYYY)'
		],
		['31 Feb 2017', '"31 Feb 2017" is not a day of the calendar'],
		['2017-02-30T10:00:00Z', '"2017-02-30T10:00:00Z" is not a day of the calendar'],
		[
			'13 Smarch 2015',
			'"13 Smarch 2015" is not a date Parallax can read (use YYYY-MM-DD, RFC 2822, "13 October 2015", or D/M/YYYY or M/D/YYYY)'
		]
	])('says why %j is not a date', (text, reason) => {
		expect(readDate(text)).toBe(reason);
	});
});

const numeric = (text: string) => ({ text, reading: readDate(text) as NumericDate });

describe('resolveDateOrder', () => {
	it('takes day first when a first number is above 12', () => {
		expect(resolveDateOrder(['01/10/2017', '23/09/2017'].map(numeric))).toEqual({
			order: 'dmy',
			evidence: '23/09/2017'
		});
	});

	it('takes month first when a second number is above 12', () => {
		expect(resolveDateOrder(['4/5/2017', '4/16/2017'].map(numeric))).toEqual({
			order: 'mdy',
			evidence: '4/16/2017'
		});
	});

	it('reports a column where every date could be read either way', () => {
		expect(resolveDateOrder(['4/5/2017', '3/7/2016'].map(numeric))).toEqual({
			order: null,
			reason: 'ambiguous',
			examples: ['4/5/2017', '3/7/2016']
		});
	});

	it('reports a column that mixes both orders', () => {
		expect(resolveDateOrder(['23/09/2017', '4/16/2017'].map(numeric))).toEqual({
			order: null,
			reason: 'conflicting',
			examples: ['23/09/2017', '4/16/2017']
		});
	});
});

describe('applyDateOrder', () => {
	it.each([
		['4/5/2017', 'mdy', { iso: '2017-04-05', precision: 'day' }],
		['4/5/2017', 'dmy', { iso: '2017-05-04', precision: 'day' }],
		['23/09/2017', 'mdy', '"23/09/2017" has no month 23 when read as M/D/Y'],
		['31/02/2017', 'dmy', '"31/02/2017" is not a day of the calendar']
	] as const)('reads %s as %s', (text, order, expected) => {
		expect(applyDateOrder(readDate(text) as NumericDate, order, text)).toEqual(expected);
	});
});
