// Publication dates as the engine keeps them: ISO calendar strings with an explicit precision.
import { DATE_PRECISIONS, type DatePrecision, type PublicationDate } from './article';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and checks the calendar. Returns the precision
 * the string itself carries, or a reason it is not a date.
 */
export function parseIsoDate(value: string): { iso: string; precision: DatePrecision } | string {
	const match = ISO_PARTIAL.exec(value.trim());
	if (!match) return `"${value}" is not a date in the form YYYY-MM-DD (or YYYY-MM, YYYY)`;
	const [, y, m, d] = match;
	const year = Number(y);
	if (m !== undefined) {
		const month = Number(m);
		if (month < 1 || month > 12) return `"${value}" has no month ${m}`;
		if (d !== undefined) {
			const day = Number(d);
			if (day < 1 || day > daysInMonth(year, month))
				return `"${value}" is not a day of the calendar`;
			return { iso: value.trim(), precision: 'day' };
		}
		return { iso: value.trim(), precision: 'month' };
	}
	return { iso: value.trim(), precision: 'year' };
}

/**
 * Combines a date string with a declared precision. A declared precision finer than the string
 * carries (a "day" for "2015-10") is a contradiction, reported rather than guessed.
 */
export function toPublicationDate(value: string, declared?: string): PublicationDate | string {
	const parsed = parseIsoDate(value);
	if (typeof parsed === 'string') return parsed;
	if (!declared) return parsed;
	const precision = declared.trim().toLowerCase();
	if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) {
		return `"${declared}" is not a date precision (expected one of ${DATE_PRECISIONS.join(', ')})`;
	}
	const needsDay = precision === 'day' || precision === 'approximate';
	if (needsDay && parsed.precision !== 'day') {
		return `precision "${precision}" needs a full date, but "${value}" has no day`;
	}
	if (precision === 'month' && parsed.precision === 'year') {
		return `precision "month" needs a month, but "${value}" has none`;
	}
	return { iso: parsed.iso, precision: precision as DatePrecision };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Nov 2015", "Nov 2015", "2015", or "c. 15 Oct 2015" for an approximate date. */
export function formatPublicationDate(date: PublicationDate | null): string {
	if (!date) return 'undated';
	const [y, m, d] = date.iso.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	const text = [d ? String(Number(d)) : undefined, month, y].filter(Boolean).join(' ');
	return date.precision === 'approximate' ? `c. ${text}` : text;
}
