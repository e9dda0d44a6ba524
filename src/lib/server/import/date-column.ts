// Looks at a date column before its rows are read: which formats it is written in (shown to the
// user with examples), which rows break the column's format, and the day/month order to read it by.
import {
	applyDateOrder,
	cellText,
	isNumericDate,
	readDate,
	resolveDateOrder,
	type DateOrder,
	type NumericDate,
	type RawRecord
} from '$lib/engine';

/** Numeric dates need a day/month order; ISO and spelled-out dates carry their own. */
type DateFamily = 'iso' | 'numeric' | 'text';

/** Where the day/month order used for a column came from. */
export type DateOrderSource = 'values' | 'option' | 'saved';

export interface DateExample {
	value: string;
	/** The date as stored (ISO 8601), or null when the value is not read. */
	reading: string | null;
	/** When the order is undecided, what the value would be under each order. */
	asDmy?: string | null;
	asMdy?: string | null;
}

/** How a file's date column is written and how it is read: shown before anything is imported. */
export interface DateColumnReport {
	column: string;
	/** The column's main format, such as "M/D/YYYY" or "YYYY-MM-DD". */
	format: string;
	/** Every format seen, most common first, with how many rows use it. */
	formats: { format: string; rows: number; example: string }[];
	/** The day/month order numeric dates are read in; null when none is needed or none is known. */
	order: DateOrder | null;
	orderFrom: DateOrderSource | null;
	/** Whether the values alone could not tell day from month (every number ≤ 12, or proof both ways). */
	ambiguous: boolean;
	examples: DateExample[];
}

/** A row whose date breaks the column's format. */
export interface DateRowProblem {
	row: number;
	reason: string;
}

export interface DateColumnAnalysis {
	/** Rows excluded because their format differs from the column's (numeric mixed with others). */
	mixed: DateRowProblem[];
	/** The order to read the remaining numeric dates in; undefined leaves them to the reader (error). */
	order: DateOrder | undefined;
	/** The engine reports an undecidable order at this row; it is a problem of the whole column. */
	undecidedAt: number | null;
	/** Builds the report once rows are read, from the stored reading of each row. */
	report(readingOf: (row: number) => string | null): DateColumnReport;
}

interface Seen {
	row: number;
	text: string;
	family: DateFamily;
	label: string;
	numeric?: NumericDate;
}

const ORDER_LABEL: Record<DateOrder, [string, string]> = { dmy: ['D', 'M'], mdy: ['M', 'D'] };

function shapeOf(text: string, reading: ReturnType<typeof readDate>): Omit<Seen, 'row' | 'text'> {
	if (typeof reading !== 'string' && isNumericDate(reading)) {
		return { family: 'numeric', label: '', numeric: reading };
	}
	if (/^\d{4}-\d{2}-\d{2}[T ]/.test(text)) return { family: 'iso', label: 'YYYY-MM-DDThh:mm' };
	if (/^\d{4}(-\d{2}){0,2}$/.test(text))
		return { family: 'iso', label: ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][text.split('-').length - 1]! };
	if (/^[A-Za-z]{3},.*\d{2}:\d{2}/.test(text)) return { family: 'text', label: 'RFC 2822' };
	if (/^\d/.test(text)) return { family: 'text', label: 'D Month YYYY' };
	if (/^[A-Za-z]+\.?\s+\d{4}$/.test(text)) return { family: 'text', label: 'Month YYYY' };
	return { family: 'text', label: 'Month D, YYYY' };
}

/** "23/09/2017" and order dmy → "DD/MM/YYYY"; unpadded values make "D/M/YYYY". */
function numericLabel(values: readonly Seen[], order: DateOrder | null): string {
	const sample = values[0]!.text;
	const separator = /[/.-]/.exec(sample)?.[0] ?? '/';
	const padded = values.every(({ text }) => /^\d{2}[/.-]\d{2}[/.-]/.test(text));
	const shortYear = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b(?!\d)/.test(sample);
	const withTime = /\d[ T]\d{1,2}:\d{2}/.test(sample);
	const part = (letter: string) => (padded ? letter + letter : letter);
	const [a, b] = order ? ORDER_LABEL[order] : ['D', 'M'];
	const date = [part(a), part(b), shortYear ? 'YY' : 'YYYY'].join(separator);
	const label = withTime ? `${date} hh:mm` : date;
	if (order) return label;
	const swapped = [part('M'), part('D'), shortYear ? 'YY' : 'YYYY'].join(separator);
	return `${label} or ${withTime ? `${swapped} hh:mm` : swapped}`;
}

function readingUnder(numeric: NumericDate, order: DateOrder, text: string): string | null {
	const date = applyDateOrder(numeric, order, text);
	return typeof date === 'string' ? null : date.iso;
}

/**
 * Reads a column's dates once to describe them. Numeric dates mixed with ISO or spelled-out ones
 * are a problem on the rows of the rarer kind (ties blame the numeric ones): such a column was
 * likely pasted together from sources that may not share a day/month order.
 */
export function analyseDateColumn(
	records: readonly RawRecord[],
	column: string,
	given: { order?: DateOrder; from?: 'option' | 'saved' }
): DateColumnAnalysis {
	const seen: Seen[] = [];
	let unreadable = 0;
	for (const { row, values } of records) {
		const text = cellText(values[column]).trim();
		if (text === '') continue;
		const reading = readDate(text);
		if (typeof reading === 'string') unreadable++;
		else seen.push({ row, text, ...shapeOf(text, reading) });
	}
	const numericCount = seen.filter((value) => value.family === 'numeric').length;
	const isMixed = numericCount > 0 && numericCount < seen.length;
	const blameNumeric = numericCount <= seen.length - numericCount;
	const isBlamed = (value: Seen) => isMixed && (value.family === 'numeric') === blameNumeric;
	const kept = seen.filter((value) => !isBlamed(value));
	const blamed = seen.filter(isBlamed);

	const numeric = kept.filter((value) => value.family === 'numeric');
	const verdictOf = (values: readonly Seen[]) =>
		values.length > 0
			? resolveDateOrder(values.map((v) => ({ text: v.text, reading: v.numeric! })))
			: null;
	const verdict = verdictOf(numeric);
	const ambiguous = verdict !== null && verdict.order === null;
	let order: DateOrder | undefined;
	let orderFrom: DateOrderSource | null = null;
	if (given.order && given.from === 'option') [order, orderFrom] = [given.order, 'option'];
	else if (verdict?.order) [order, orderFrom] = [verdict.order, 'values'];
	else if (verdict && given.order) [order, orderFrom] = [given.order, 'saved'];

	const blamedNumeric = blamed.filter((value) => value.family === 'numeric');
	const keptNumericLabel = numeric.length > 0 ? numericLabel(numeric, order ?? null) : '';
	const blamedVerdict = verdictOf(blamedNumeric);
	const blamedNumericLabel =
		blamedNumeric.length > 0 ? numericLabel(blamedNumeric, blamedVerdict?.order ?? null) : '';
	const labelOf = (value: Seen) =>
		value.family !== 'numeric'
			? value.label
			: isBlamed(value)
				? blamedNumericLabel
				: keptNumericLabel;

	const counts = new Map<string, { rows: number; example: string }>();
	for (const value of seen) {
		const label = labelOf(value);
		const entry = counts.get(label);
		if (entry) entry.rows++;
		else counts.set(label, { rows: 1, example: value.text });
	}
	const formats = [...counts]
		.map(([format, { rows, example }]) => ({ format, rows, example }))
		.sort((a, b) => b.rows - a.rows);
	if (unreadable > 0) formats.push({ format: 'unreadable', rows: unreadable, example: '' });

	const majority = kept[0];
	const mixed: DateRowProblem[] = majority
		? blamed.map((value) => ({
				row: value.row,
				reason: `"${value.text}" is written ${labelOf(value)}, but most dates in this column are ${labelOf(majority)} (e.g. "${majority.text}"); a column that mixes date formats may mix day/month orders too, so this row is not read`
			}))
		: [];

	return {
		mixed,
		order,
		undecidedAt: ambiguous && order === undefined ? numeric[0]!.row : null,
		report(readingOf) {
			const evidence = verdict?.order ? verdict.evidence : null;
			// Examples from rows that are imported, when there are enough of them.
			const candidates = order
				? [
						...kept.filter((v) => readingOf(v.row) !== null),
						...kept.filter((v) => readingOf(v.row) === null)
					]
				: kept;
			const picked: Seen[] = [];
			const first = candidates.find((v) => v.text === evidence);
			if (first) picked.push(first);
			for (const value of candidates) {
				if (picked.length >= 3) break;
				if (!picked.some((p) => p.text === value.text)) picked.push(value);
			}
			return {
				column,
				format: formats[0]?.format ?? 'none (the column is empty)',
				formats,
				order: order ?? null,
				orderFrom,
				ambiguous,
				examples: picked.map((value) =>
					value.numeric && !order
						? {
								value: value.text,
								reading: null,
								asDmy: readingUnder(value.numeric, 'dmy', value.text),
								asMdy: readingUnder(value.numeric, 'mdy', value.text)
							}
						: { value: value.text, reading: readingOf(value.row) }
				)
			};
		}
	};
}
