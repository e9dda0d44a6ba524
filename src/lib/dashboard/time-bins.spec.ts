import { describe, expect, it } from 'vitest';
import type { PublicationDate } from '$lib/engine/article';
import {
	binOf,
	binsBetween,
	chooseGranularity,
	isPreciseEnough,
	placeDate,
	tickLabel,
	type Granularity,
	type TimeBin
} from './time-bins';

const day = (iso: string): PublicationDate => ({ iso, precision: 'day' });
const approximate = (iso: string): PublicationDate => ({ iso, precision: 'approximate' });
const month = (iso: string): PublicationDate => ({ iso, precision: 'month' });
const year = (iso: string): PublicationDate => ({ iso, precision: 'year' });

describe('binOf', () => {
	const rows: [string, string, Granularity, TimeBin][] = [
		[
			'places a Wednesday in the ISO week running from its Monday to its Sunday',
			'2015-10-14',
			'week',
			{ key: '2015-W42', from: '2015-10-12', to: '2015-10-18', label: 'Week of 12 Oct 2015' }
		],
		[
			'places a Monday in the week it starts',
			'2015-10-12',
			'week',
			{ key: '2015-W42', from: '2015-10-12', to: '2015-10-18', label: 'Week of 12 Oct 2015' }
		],
		[
			'places a Sunday in the week it ends',
			'2015-10-18',
			'week',
			{ key: '2015-W42', from: '2015-10-12', to: '2015-10-18', label: 'Week of 12 Oct 2015' }
		],
		[
			"gives New Year's Day on a Friday to the previous year's week 53",
			'2016-01-01',
			'week',
			{ key: '2015-W53', from: '2015-12-28', to: '2016-01-03', label: 'Week of 28 Dec 2015' }
		],
		[
			"gives the last Monday of December to the next year's week 1 when that week holds its Thursday",
			'2014-12-29',
			'week',
			{ key: '2015-W01', from: '2014-12-29', to: '2015-01-04', label: 'Week of 29 Dec 2014' }
		],
		[
			'places a day in its calendar month, ending on the 29th in a leap February',
			'2016-02-10',
			'month',
			{ key: '2016-02', from: '2016-02-01', to: '2016-02-29', label: 'Feb 2016' }
		],
		[
			'ends a common February on the 28th',
			'2015-02-28',
			'month',
			{ key: '2015-02', from: '2015-02-01', to: '2015-02-28', label: 'Feb 2015' }
		],
		[
			'places a day in its calendar year',
			'2015-10-13',
			'year',
			{ key: '2015', from: '2015-01-01', to: '2015-12-31', label: '2015' }
		]
	];

	it.each(rows)('%s', (_, date, granularity, bin) => {
		expect(binOf(date, granularity)).toEqual(bin);
	});

	it.each(['2015-10', '2015-02-30', '13 Oct 2015', ''])(
		'throws on "%s", which is not a day',
		(date) => {
			expect(() => binOf(date, 'month')).toThrow(RangeError);
		}
	);
});

describe('binsBetween', () => {
	const rows: [string, string, string, Granularity, string[]][] = [
		[
			'lists every week between two days, the empty ones included',
			'2015-10-13',
			'2015-11-02',
			'week',
			['2015-W42', '2015-W43', '2015-W44', '2015-W45']
		],
		[
			'runs weeks across the turn of an ISO year',
			'2015-12-24',
			'2016-01-05',
			'week',
			['2015-W52', '2015-W53', '2016-W01']
		],
		[
			'lists every month across a year end',
			'2015-11-20',
			'2016-02-01',
			'month',
			['2015-11', '2015-12', '2016-01', '2016-02']
		],
		['lists every year', '2015-06-01', '2017-01-01', 'year', ['2015', '2016', '2017']],
		['gives one bin for a single day', '2015-10-13', '2015-10-13', 'month', ['2015-10']],
		['gives no bins when the first day is after the last', '2015-11-01', '2015-10-01', 'month', []]
	];

	it.each(rows)('%s', (_, first, last, granularity, keys) => {
		expect(binsBetween(first, last, granularity).map((bin) => bin.key)).toEqual(keys);
	});

	it.each(['week', 'month', 'year'] as const)(
		'tiles the %s bins without gaps or overlaps: each starts the day after the last ends',
		(granularity) => {
			const bins = binsBetween('2014-11-15', '2017-02-10', granularity);
			for (const [i, bin] of bins.entries()) {
				if (i === 0) continue;
				const previous = new Date(`${bins[i - 1]!.to}T00:00:00Z`).getTime();
				expect(new Date(`${bin.from}T00:00:00Z`).getTime() - previous).toBe(86_400_000);
			}
		}
	);

	it('throws on a bound that is not a day', () => {
		expect(() => binsBetween('2015-10', '2015-12-01', 'month')).toThrow(RangeError);
	});
});

describe('isPreciseEnough', () => {
	const rows: [string, Granularity, boolean, PublicationDate][] = [
		['a day', 'week', true, day('2015-10-13')],
		['an approximate day', 'week', true, approximate('2015-10-15')],
		['a month', 'week', false, month('2015-10')],
		['a month', 'month', true, month('2015-10')],
		['a month', 'year', true, month('2015-10')],
		['a year', 'week', false, year('2015')],
		['a year', 'month', false, year('2015')],
		['a year', 'year', true, year('2015')]
	];

	it.each(rows)(
		'says whether a date known to %s fits %s bins: %s',
		(_, granularity, fits, date) => {
			expect(isPreciseEnough(date, granularity)).toBe(fits);
		}
	);
});

describe('placeDate', () => {
	const rows: [string, PublicationDate | null, Granularity, string | null][] = [
		['places no undated article', null, 'month', null],
		['does not place a month-dated article in a week', month('2015-10'), 'week', null],
		['places a month-dated article in its month', month('2015-10'), 'month', '2015-10'],
		['places a year-dated article only in its year', year('2015'), 'year', '2015'],
		['does not place a year-dated article in a month', year('2015'), 'month', null],
		['places an approximate date by the day given', approximate('2015-10-15'), 'week', '2015-W42']
	];

	it.each(rows)('%s', (_, date, granularity, key) => {
		expect(placeDate(date, granularity)?.key ?? null).toBe(key);
	});
});

describe('chooseGranularity', () => {
	const rows: [string, PublicationDate[], Granularity][] = [
		['chooses months when there are no dates', [], 'month'],
		['chooses weeks for days spanning 16 weeks', [day('2015-10-01'), day('2016-01-20')], 'week'],
		[
			'chooses months for days spanning one day more than 16 weeks',
			[day('2015-10-01'), day('2016-01-21')],
			'month'
		],
		['chooses weeks for a single day', [approximate('2015-10-15')], 'week'],
		['chooses months when nothing is dated to the day', [month('2015-10')], 'month'],
		[
			'lets a month-dated article stretch the span it falls in',
			[day('2015-10-13'), month('2016-03')],
			'month'
		],
		[
			'does not let a year-dated article stretch the span of finer dates',
			[day('2015-10-13'), day('2015-11-12'), year('2010')],
			'week'
		],
		['chooses years when nothing is finer than a year', [year('2015'), year('2016')], 'year'],
		[
			'chooses months for exactly eight calendar years',
			[day('2007-01-01'), day('2014-12-31')],
			'month'
		],
		[
			'chooses years for one day more than eight years',
			[day('2007-01-01'), day('2015-01-01')],
			'year'
		]
	];

	it.each(rows)('%s', (_, dates, granularity) => {
		expect(chooseGranularity(dates)).toBe(granularity);
	});

	it('does not mutate its input', () => {
		const dates = Object.freeze([day('2015-10-13'), Object.freeze(month('2015-11'))]);
		expect(chooseGranularity(dates)).toBe('week');
		expect(dates).toEqual([day('2015-10-13'), month('2015-11')]);
	});
});

describe('tickLabel', () => {
	const rows: [string, Granularity, string][] = [
		['2015-10-14', 'week', '12 Oct'],
		['2015-10-14', 'month', 'Oct'],
		['2015-10-14', 'year', '2015']
	];

	it.each(rows)(
		'labels the %s bin of a %s axis "%s", without the year',
		(date, granularity, text) => {
			expect(tickLabel(binOf(date, granularity), granularity)).toBe(text);
		}
	);
});
