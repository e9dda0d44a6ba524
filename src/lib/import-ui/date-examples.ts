// How a file's dates read, for the user to check: "03/04/2017 → 3 Apr 2017" under the column's
// order, or under each order when the user must choose one.
import type { DatePrecision } from '$lib/engine/article';
import { formatPublicationDate } from '$lib/engine/dates';
import {
	applyDateOrder,
	isNumericDate,
	readDate,
	type DateOrder
} from '$lib/engine/reading/date-formats';
import type { ReviewDateExample, ReviewDates } from './review';

export interface DateExampleLine {
	/** The value as the file holds it. */
	value: string;
	/** How Parallax reads it ("3 Apr 2017"), or why it does not. */
	reads: string;
	ok: boolean;
}

export const DATE_ORDER_LABELS: Readonly<Record<DateOrder, string>> = {
	dmy: 'D/M/Y — day first',
	mdy: 'M/D/Y — month first'
};

const PRECISION_BY_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

/** "2017-04-03" → "3 Apr 2017", "2015-10" → "Oct 2015". */
export function formatIsoDate(iso: string): string {
	const precision = PRECISION_BY_LENGTH[iso.length] ?? 'day';
	return formatPublicationDate({ iso: iso.slice(0, 10), precision });
}

/**
 * Reads one value the way the import does (the engine's date reader), under `order` for numeric
 * dates; a numeric date without an order says so instead of guessing.
 */
export function readExample(value: string, order: DateOrder | null): DateExampleLine {
	const reading = readDate(value);
	if (typeof reading === 'string') return { value, reads: 'not a date Parallax reads', ok: false };
	if (!isNumericDate(reading)) return { value, reads: formatPublicationDate(reading), ok: true };
	if (!order) return { value, reads: 'day or month first?', ok: false };
	const date = applyDateOrder(reading, order, value);
	return typeof date === 'string'
		? { value, reads: `no such date read ${order === 'dmy' ? 'day' : 'month'} first`, ok: false }
		: { value, reads: formatPublicationDate(date), ok: true };
}

/**
 * The examples as the import reads them: the stored reading where the review has one, else the
 * value read under the column's order. With `order` given, every example is read under that order
 * instead, to label the user's choice between orders.
 */
export function dateExampleLines(dates: ReviewDates, order?: DateOrder): DateExampleLine[] {
	return dates.examples.map((example: ReviewDateExample) => {
		if (order) return readExample(example.value, order);
		if (example.reading)
			return { value: example.value, reads: formatIsoDate(example.reading), ok: true };
		return readExample(example.value, dates.order);
	});
}

/** Where the column's order came from, in words; null when no order is involved. */
export function orderNote(dates: ReviewDates): string | null {
	if (!dates.order) return dates.ambiguous ? 'Day and month could be either way round.' : null;
	const order = dates.order === 'dmy' ? 'day first' : 'month first';
	switch (dates.orderFrom) {
		case 'values':
			return `Read ${order}: some dates only make sense that way.`;
		case 'option':
			return `Read ${order}, as you chose.`;
		case 'saved':
			return `Read ${order}, as chosen at an earlier import of a file with these columns.`;
		default:
			return `Read ${order}.`;
	}
}
