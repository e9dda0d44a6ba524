// Reads the publication dates analysts' files carry: ISO 8601, RFC 2822, spelled-out months and
// numeric M/D/Y or D/M/Y. A numeric order is decided per column from its values, never guessed.
import { parseIsoDate } from '../dates';
import type { PublicationDate } from '../article';

export type DateOrder = 'mdy' | 'dmy';

/** A date whose day/month order depends on the column: the two leading numbers and the year. */
export interface NumericDate {
	first: number;
	second: number;
	year: number;
}

export type DateReading = PublicationDate | NumericDate;

const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(name: string): number | undefined {
	const key = name.toLowerCase().replace(/\.$/, '');
	return MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)] ?? undefined;
}

function fullYear(text: string): number {
	const year = Number(text);
	if (text.length > 2) return year;
	return year <= 69 ? 2000 + year : 1900 + year;
}

function dayDate(
	year: number,
	month: number,
	day: number,
	original: string
): PublicationDate | string {
	const iso = `${year}-${pad(month)}-${pad(day)}`;
	const parsed = parseIsoDate(iso);
	return typeof parsed === 'string' ? `"${original}" is not a day of the calendar` : parsed;
}

const ISO_DATETIME =
	/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC =
	/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?$/i;
const DAY_MONTH_YEAR =
	/^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})\b/;
const MONTH_DAY_YEAR =
	/^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const MONTH_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{4})$/;

/**
 * Reads one date value. Unambiguous forms become a PublicationDate; numeric forms with two
 * leading numbers come back as a NumericDate for `resolveDateOrder`; anything else is a reason.
 */
export function readDate(value: string): DateReading | string {
	const text = value.trim();
	if (text === '') return 'is empty';
	const iso = parseIsoDate(text);
	if (typeof iso !== 'string') return iso;
	const datetime = ISO_DATETIME.exec(text);
	if (datetime)
		return dayDate(...(datetime[1]!.split('-').map(Number) as [number, number, number]), text);
	const numeric = NUMERIC.exec(text);
	if (numeric) {
		const [, a, b, y] = numeric;
		return { first: Number(a), second: Number(b), year: fullYear(y!) };
	}
	const dmy = DAY_MONTH_YEAR.exec(text);
	const dmyMonth = dmy && monthOf(dmy[2]!);
	if (dmy && dmyMonth) return dayDate(Number(dmy[3]), dmyMonth, Number(dmy[1]), text);
	const mdy = MONTH_DAY_YEAR.exec(text);
	const mdyMonth = mdy && monthOf(mdy[1]!);
	if (mdy && mdyMonth) return dayDate(Number(mdy[3]), mdyMonth, Number(mdy[2]), text);
	const my = MONTH_YEAR.exec(text);
	const myMonth = my && monthOf(my[1]!);
	if (my && myMonth) return { iso: `${my[2]}-${pad(myMonth)}`, precision: 'month' };
	return `"${value}" is not a date Parallax can read (use YYYY-MM-DD, RFC 2822, "13 October 2015", or D/M/YYYY or M/D/YYYY)`;
}

export function isNumericDate(reading: DateReading): reading is NumericDate {
	return 'first' in reading;
}

export type OrderVerdict =
	| { order: DateOrder; evidence: string }
	| { order: null; reason: 'ambiguous' | 'conflicting'; examples: string[] };

/**
 * Decides a column's numeric day/month order from its values: a first number above 12 proves
 * D/M, a second above 12 proves M/D. Without proof, or with proof both ways, it says so.
 */
export function resolveDateOrder(
	values: readonly { text: string; reading: NumericDate }[]
): OrderVerdict {
	const dayFirst = values.find(({ reading }) => reading.first > 12 && reading.second <= 12);
	const monthFirst = values.find(({ reading }) => reading.second > 12 && reading.first <= 12);
	if (dayFirst && monthFirst) {
		return { order: null, reason: 'conflicting', examples: [dayFirst.text, monthFirst.text] };
	}
	if (dayFirst) return { order: 'dmy', evidence: dayFirst.text };
	if (monthFirst) return { order: 'mdy', evidence: monthFirst.text };
	return { order: null, reason: 'ambiguous', examples: values.slice(0, 3).map((v) => v.text) };
}

/** A numeric date read in a known order, checked against the calendar. */
export function applyDateOrder(
	reading: NumericDate,
	order: DateOrder,
	original: string
): PublicationDate | string {
	const [month, day] =
		order === 'mdy' ? [reading.first, reading.second] : [reading.second, reading.first];
	if (month < 1 || month > 12)
		return `"${original}" has no month ${month} when read as ${order === 'mdy' ? 'M/D/Y' : 'D/M/Y'}`;
	return dayDate(reading.year, month, day, original);
}
