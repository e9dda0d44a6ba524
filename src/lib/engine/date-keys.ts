// Date and number keys for storylines: "September 30", "30 September" and "Sept. 30" in
// articles of the same autumn become one key, and "on Tuesday" is resolved against the
// article's publication date, so outlets that date an event differently in words still meet.

const MONTH_NAMES = [
	'Jan(?:uary)?',
	'Feb(?:ruary)?',
	'Mar(?:ch)?',
	'Apr(?:il)?',
	'May',
	'June?',
	'July?',
	'Aug(?:ust)?',
	'Sep(?:t(?:ember)?)?',
	'Oct(?:ober)?',
	'Nov(?:ember)?',
	'Dec(?:ember)?'
];
// Month names are matched capitalised only: "may" and "march" are also verbs.
const MONTH = `(${MONTH_NAMES.join('|')})\\.?`;
const MONTH_DAY = new RegExp(
	`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
	'g'
);
const DAY_MONTH = new RegExp(
	`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![a-z])(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
	'g'
);
const MONTH_ONLY = new RegExp(`\\b${MONTH}(?![a-z])(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'g');
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g');
const NUMBER = /(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])/g;

const DAY_MS = 86_400_000;

function monthIndex(name: string): number {
	return MONTH_NAMES.findIndex((pattern) => new RegExp(`^(?:${pattern})$`).test(name));
}

function iso(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function publishedDay(published: string | null): Date | null {
	if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
	const date = new Date(`${published}T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A day without a year takes the publication year, or the year before when that would put it
 * more than a week after publication (news reports the past: "December 28" in a January story).
 */
function dayKey(month: number, day: number, year: string | undefined, published: string | null) {
	if (day < 1 || day > 31) return null;
	if (year) return `${year}-${pad(month + 1)}-${pad(day)}`;
	const pub = publishedDay(published) ?? (published ? new Date(`${published.slice(0, 4)}`) : null);
	if (!pub || Number.isNaN(pub.getTime())) return `--${pad(month + 1)}-${pad(day)}`;
	let y = pub.getUTCFullYear();
	if (Date.UTC(y, month, day) - pub.getTime() > 7 * DAY_MS) y -= 1;
	return `${y}-${pad(month + 1)}-${pad(day)}`;
}

/** The most recent such weekday on or before publication: "said Tuesday" in a Thursday story. */
function weekdayKey(name: string, published: string | null): string | null {
	const pub = publishedDay(published);
	if (!pub) return null;
	const back = (pub.getUTCDay() - WEEKDAYS.indexOf(name) + 7) % 7;
	return iso(new Date(pub.getTime() - back * DAY_MS));
}

/**
 * Date keys of a text: `d:YYYY-MM-DD` for calendar days, `r:YYYY-MM-DD` for the day of the
 * report (weekdays resolved against `published`, and the publication date itself), `m:YYYY-MM`
 * for a month named alone. Returns the keys and the text with dates blanked.
 */
export function dateKeys(text: string, published: string | null): { keys: string[]; rest: string } {
	let rest = text.replace(/\u00a0/g, ' ');
	const keys = new Set<string>();
	// A matched date is blanked so later, looser patterns and the number pass do not re-read it:
	// all of a pattern's matches in one pass over the text, not one copy of it per match.
	const take = (pattern: RegExp, read: (m: RegExpExecArray) => string | null) => {
		const parts: string[] = [];
		let from = 0;
		for (const m of rest.matchAll(pattern)) {
			const key = read(m);
			if (!key) continue;
			keys.add(key);
			parts.push(rest.slice(from, m.index), ' '.repeat(m[0].length));
			from = m.index + m[0].length;
		}
		if (from > 0) rest = parts.join('') + rest.slice(from);
	};
	// A calendar date that is the article's own date is mostly a dateline or "today": it dates
	// the report, like a weekday does, not necessarily the event.
	const calendar = (day: string | null) => day && (day === published ? `r:${day}` : `d:${day}`);
	take(MONTH_DAY, (m) =>
		calendar(dayKey(monthIndex(m[1] as string), Number(m[2]), m[3], published))
	);
	take(DAY_MONTH, (m) =>
		calendar(dayKey(monthIndex(m[2] as string), Number(m[1]), m[3], published))
	);
	take(MONTH_ONLY, (m) => {
		const year = m[2] ?? published?.slice(0, 4);
		const month = pad(monthIndex(m[1] as string) + 1);
		return year ? `m:${year}-${month}` : `m:--${month}`;
	});
	// A bare weekday mostly dates a statement ("said on Tuesday"), not the event it reports, so
	// it gets a kind of its own that weighs less than a calendar date.
	take(WEEKDAY, (m) => {
		const day = weekdayKey(m[1] as string, published);
		return day && `r:${day}`;
	});
	return { keys: [...keys].sort(), rest };
}

/**
 * Number keys (`n:30000` for "30,000"; `y:2015` for a bare year), read from text whose dates are
 * already blanked.
 */
export function numberKeys(text: string): string[] {
	const keys = new Set<string>();
	for (const m of text.matchAll(NUMBER)) {
		const value = m[0].replace(/,/g, '');
		// A bare year ("since 2011", "in 2015") places a unit in time only loosely.
		keys.add(/^(19|20)\d{2}$/.test(value) ? `y:${value}` : `n:${value}`);
	}
	return [...keys].sort();
}
