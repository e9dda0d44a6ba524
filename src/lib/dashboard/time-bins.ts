// Time bins for charts over publication dates: ISO weeks (Monday to Sunday), calendar months or
// years, chosen by how long the dates run, and whether a date is known finely enough to sit in one.
import type { PublicationDate } from '$lib/engine/article';
import { dateInterval } from './view';

export type Granularity = 'week' | 'month' | 'year';

export interface TimeBin {
	/** `2015-W42` (ISO week-year and week), `2015-10` or `2015`. */
	key: string;
	/** First and last day of the bin, inclusive, as `YYYY-MM-DD`. */
	from: string;
	to: string;
	/** The bin as people read it: `Week of 12 Oct 2015`, `Oct 2015`, `2015`. */
	label: string;
}

/** Dates spanning at most this many days (16 weeks) are binned by week. */
export const WEEKS_UP_TO_DAYS = 16 * 7;
/** Dates spanning more than this many days (8 years) are binned by year. */
export const YEARS_BEYOND_DAYS = Math.floor(8 * 365.25);

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws on anything that is not a calendar day. */
function dayNumber(date: string): number {
	const match = DAY.exec(date);
	const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
	if (!match || Number.isNaN(time) || isoDay(time / DAY_MS) !== date)
		throw new RangeError(`"${date}" is not a day in the form YYYY-MM-DD`);
	return time / DAY_MS;
}

function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "12 Oct 2015" for a `YYYY-MM-DD` day. */
function dayLabel(date: string): string {
	const [y, m, d] = date.split('-');
	return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** The week, month or year holding a `YYYY-MM-DD` day. */
export function binOf(date: string, granularity: Granularity): TimeBin {
	const day = dayNumber(date);
	const [y, m] = date.split('-') as [string, string, string];
	if (granularity === 'year') return { key: y, from: `${y}-01-01`, to: `${y}-12-31`, label: y };
	if (granularity === 'month') {
		const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
		return {
			key: `${y}-${m}`,
			from: `${y}-${m}-01`,
			to: `${y}-${m}-${pad(last)}`,
			label: `${MONTHS[Number(m) - 1]} ${y}`
		};
	}
	const monday = day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
	// An ISO week belongs to the year holding its Thursday, and week 1 is the one with January 4th.
	const thursday = monday + 3;
	const weekYear = new Date(thursday * DAY_MS).getUTCFullYear();
	const week = Math.floor((thursday - dayNumber(`${weekYear}-01-01`)) / 7) + 1;
	const from = isoDay(monday);
	return {
		key: `${weekYear}-W${pad(week)}`,
		from,
		to: isoDay(monday + 6),
		label: `Week of ${dayLabel(from)}`
	};
}

/** Every bin from the one holding `first` to the one holding `last`, empty ones included. */
export function binsBetween(first: string, last: string, granularity: Granularity): TimeBin[] {
	const end = dayNumber(last);
	const bins: TimeBin[] = [];
	for (let bin = binOf(first, granularity); dayNumber(bin.from) <= end;) {
		bins.push(bin);
		bin = binOf(isoDay(dayNumber(bin.to) + 1), granularity);
	}
	return bins;
}

/** Whether a date is known finely enough to sit in one bin: a month-dated article spans weeks. */
export function isPreciseEnough(date: PublicationDate, granularity: Granularity): boolean {
	if (date.precision === 'day' || date.precision === 'approximate') return true;
	if (date.precision === 'month') return granularity !== 'week';
	return granularity === 'year';
}

/** The bin an article's date falls in, or null when it is undated or too coarse to place. */
export function placeDate(date: PublicationDate | null, granularity: Granularity): TimeBin | null {
	if (!date || !isPreciseEnough(date, granularity)) return null;
	return binOf(dateInterval(date).from, granularity);
}

/**
 * Weeks when the dates run at most 16 weeks and some are known to the day, years when they run
 * more than 8 years or none is finer than a year, months otherwise. Year-only dates do not stretch
 * the span when finer ones exist (they cannot be placed in weeks or months either way).
 */
export function chooseGranularity(dates: readonly PublicationDate[]): Granularity {
	const fine = dates.filter((date) => date.precision !== 'year');
	if (fine.length === 0) return dates.length > 0 ? 'year' : 'month';
	let first = Infinity;
	let last = -Infinity;
	for (const date of fine) {
		const interval = dateInterval(date);
		first = Math.min(first, dayNumber(interval.from));
		last = Math.max(last, dayNumber(interval.to));
	}
	const span = last - first + 1;
	if (span > YEARS_BEYOND_DAYS) return 'year';
	const toTheDay = fine.some(
		(date) => date.precision === 'day' || date.precision === 'approximate'
	);
	return span <= WEEKS_UP_TO_DAYS && toTheDay ? 'week' : 'month';
}

/** A bin's short axis label, without its year: `12 Oct`, `Oct`, or the year for year bins. */
export function tickLabel(bin: TimeBin, granularity: Granularity): string {
	if (granularity === 'year') return bin.key;
	const [, m, d] = bin.from.split('-');
	const month = MONTHS[Number(m) - 1]!;
	return granularity === 'month' ? month : `${Number(d)} ${month}`;
}
