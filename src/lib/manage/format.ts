// Numbers, times and spans as the management pages show them; times in UTC so that the server's
// and the browser's renderings agree.
import { formatPublicationDate } from '$lib/engine/dates';

const timestamp = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'UTC'
});

export const formatCount = new Intl.NumberFormat('en').format;

/** "23 Nov 2026, 14:02 UTC" from an ISO timestamp. */
export function formatTimestamp(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${timestamp.format(date)} UTC`;
}

/** "840 ms", "4.2 s", "2 min 5 s". */
export function formatDuration(milliseconds: number): string {
	if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
	if (milliseconds < 60_000) return `${(milliseconds / 1000).toFixed(1)} s`;
	const seconds = Math.round(milliseconds / 1000);
	return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** "Oct 2015 – Dec 2017" from the first and last stored dates, by month; null when undated. */
export function formatSpan(first: string | null, last: string | null): string | null {
	if (!first || !last) return null;
	const month = (iso: string) =>
		iso.length === 4
			? formatPublicationDate({ iso, precision: 'year' })
			: formatPublicationDate({ iso: iso.slice(0, 7), precision: 'month' });
	const from = month(first);
	const to = month(last);
	return from === to ? from : `${from} – ${to}`;
}

/** "a, b and c". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "1 article", "3 articles". */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** A reason as a sentence: "another outlet…" → "Another outlet…". */
export function sentence(reason: string): string {
	return reason.charAt(0).toUpperCase() + reason.slice(1);
}
