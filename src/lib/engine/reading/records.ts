// Turns a table's records into articles: the mapped columns become metadata, every bad value is
// reported with its row and column, and a column's day/month order is settled once for all rows.
import type { Article, PublicationDate } from '../article';
import type { InputProblem } from '../input-error';
import type { ColumnMapping } from './columns';
import {
	applyDateOrder,
	isNumericDate,
	readDate,
	resolveDateOrder,
	type DateOrder,
	type NumericDate
} from './date-formats';
import { readField, type LimitedField } from './fields';
import { safeHref } from '../safe-href';

/** An article as read from a file, with where it came from. */
export interface ReadArticle extends Article {
	/** The input's own id (id column), when it has one. */
	id: string | null;
	/** Row (CSV, as a spreadsheet numbers it), record (JSON) or line (JSONL); null for whole files. */
	row: number | null;
}

export interface RawRecord {
	row: number;
	values: Record<string, unknown>;
}

export interface RecordsResult {
	articles: ReadArticle[];
	/** Values that are wrong: the file should not be used as it is. */
	errors: InputProblem[];
	/** Rows left out because they hold no article (empty text). */
	skipped: InputProblem[];
	/** What the reader decided on the user's behalf (date order, outlet taken from URLs). */
	notes: string[];
}

export const UNKNOWN_OUTLET = 'Unknown outlet';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** The longest attribute value kept; a longer one is cut there, with an ellipsis. */
export const MAX_ATTRIBUTE = 500;

/**
 * The record's columns that no role took, as attributes: blank values and unnamed columns (a
 * spreadsheet's index) are left out, control characters dropped, long values cut.
 */
export function attributesOf(
	values: Record<string, unknown>,
	mapping: ColumnMapping,
	valueLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {}
): Record<string, string> {
	const taken = new Set(Object.values(mapping));
	const attributes: Record<string, string> = {};
	for (const [column, raw] of Object.entries(values)) {
		if (taken.has(column) || column.trim() === '') continue;
		const text = cellText(raw).replace(CONTROL, ' ').trim();
		if (text === '') continue;
		const value = text.length > MAX_ATTRIBUTE ? `${text.slice(0, MAX_ATTRIBUTE - 1)}…` : text;
		attributes[column.trim()] = valueLabels[column]?.[value] ?? value;
	}
	return attributes;
}

/** A parsed cell as text, as every reader of records sees it: nested JSON as JSON. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function cell(values: Record<string, unknown>, column: string | undefined): string {
	return column === undefined ? '' : cellText(values[column]);
}

/** The site a web address belongs to, without "www.": the outlet when a file names none. */
export function domainOf(url: string): string | null {
	const href = safeHref(url);
	if (!href) return null;
	return new URL(href).hostname.toLowerCase().replace(/^www\d?\./, '') || null;
}

function settleDates(
	records: readonly RawRecord[],
	column: string | undefined,
	file: string,
	dateOrder: DateOrder | undefined,
	result: RecordsResult
): Map<number, PublicationDate | null> {
	const dates = new Map<number, PublicationDate | null>();
	if (column === undefined) return dates;
	const numeric: { row: number; text: string; reading: NumericDate }[] = [];
	for (const { row, values } of records) {
		const text = cell(values, column).trim();
		if (text === '') {
			dates.set(row, null);
			continue;
		}
		const reading = readDate(text);
		if (typeof reading === 'string')
			result.errors.push({ file, row, field: column, reason: reading });
		else if (isNumericDate(reading)) numeric.push({ row, text, reading });
		else dates.set(row, reading);
	}
	if (numeric.length === 0) return dates;
	let order = dateOrder;
	if (!order) {
		const verdict = resolveDateOrder(numeric);
		if (verdict.order) {
			order = verdict.order;
			result.notes.push(
				`${file}: dates in column "${column}" read as ${order === 'dmy' ? 'day/month/year' : 'month/day/year'} (e.g. "${verdict.evidence}")`
			);
		} else {
			const why =
				verdict.reason === 'conflicting'
					? `mixes day-first and month-first dates (e.g. "${verdict.examples[0]}" and "${verdict.examples[1]}")`
					: `has only dates whose day and month could be swapped (e.g. "${verdict.examples.join('", "')}")`;
			result.errors.push({
				file,
				row: numeric[0]!.row,
				field: column,
				reason: `${why}; say which order the file uses (date order dmy or mdy)`
			});
			return dates;
		}
	}
	for (const { row, text, reading } of numeric) {
		const date = applyDateOrder(reading, order, text);
		if (typeof date === 'string') result.errors.push({ file, row, field: column, reason: date });
		else dates.set(row, date);
	}
	return dates;
}

/** Says which texts lost characters no export can hold: by their first rows, or (null) the file's. */
export function cleanedNote(file: string, rows: readonly number[] | null, column?: string): string {
	const what = 'control characters no export can hold were removed from';
	if (rows === null) return `${file}: ${what} its text`;
	const listed = `${rows.slice(0, 5).join(', ')}${rows.length > 5 ? ', …' : ''}`;
	const where = `${rows.length === 1 ? 'row' : 'rows'} ${listed}${column ? `, field "${column}"` : ''}`;
	return `${file}: ${what} ${rows.length} ${rows.length === 1 ? 'text' : 'texts'} (${where})`;
}

function notLinksNote(
	file: string,
	found: readonly { row: number; url: string }[],
	column: string | undefined
): string {
	const [first] = found;
	const example = first!.url.length > 60 ? `${first!.url.slice(0, 59)}…` : first!.url;
	return `${file}: ${found.length} ${found.length === 1 ? 'URL is not an http(s) address' : 'URLs are not http(s) addresses'} (e.g. row ${first!.row}, field "${column}": "${example}"); kept as text, never shown as a link`;
}

/** Reads records under a column mapping into articles, collecting every problem on the way. */
export function recordsToArticles(
	records: readonly RawRecord[],
	mapping: ColumnMapping,
	file: string,
	options: {
		dateOrder?: DateOrder;
		/** Per column, words for its codes (FA-KES `labels`: 1 → credible, 0 → fake). */
		valueLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
	} = {}
): RecordsResult {
	const result: RecordsResult = { articles: [], errors: [], skipped: [], notes: [] };
	const dates = settleDates(records, mapping.date, file, options.dateOrder, result);
	let outletsFromUrls = 0;
	let unknownOutlets = 0;
	const cleaned: number[] = [];
	const notLinks: { row: number; url: string }[] = [];
	for (const { row, values } of records) {
		const problems: InputProblem[] = [];
		/** The field's value as stored, or '' with its problem listed. */
		const read = (field: LimitedField, column: string | undefined): string => {
			const reading = readField(field, cell(values, column));
			if ('problem' in reading) {
				problems.push({ file, row, field: column, reason: `${field} ${reading.problem}` });
				return '';
			}
			if (reading.removed > 0) cleaned.push(row);
			return reading.value;
		};
		const text = read('text', mapping.text);
		const url = read('url', mapping.url) || null;
		let outlet = read('outlet', mapping.outlet);
		const title = read('title', mapping.title) || null;
		if (problems.length > 0) {
			result.errors.push(...problems);
			continue;
		}
		if (text.trim() === '') {
			result.skipped.push({
				file,
				row,
				field: mapping.text,
				reason: 'text is empty; the row holds no article'
			});
			continue;
		}
		if (url && !safeHref(url)) notLinks.push({ row, url });
		if (!outlet && url) {
			outlet = domainOf(url) ?? '';
			if (outlet) outletsFromUrls++;
		}
		if (!outlet) {
			outlet = UNKNOWN_OUTLET;
			unknownOutlets++;
		}
		const isDomain = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(outlet);
		const attributes = attributesOf(values, mapping, options.valueLabels);
		result.articles.push({
			file,
			row,
			id: cell(values, mapping.id).trim() || null,
			outlet: {
				name: outlet,
				domain: isDomain ? outlet.toLowerCase() : url ? domainOf(url) : null,
				type: null
			},
			published: dates.get(row) ?? null,
			title,
			url,
			attribution: null,
			...(Object.keys(attributes).length > 0 ? { attributes } : {}),
			text
		});
	}
	if (outletsFromUrls > 0)
		result.notes.push(`${file}: outlet taken from the URL's domain for ${outletsFromUrls} rows`);
	if (unknownOutlets > 0)
		result.notes.push(
			`${file}: no outlet for ${unknownOutlets} rows; they are grouped as "${UNKNOWN_OUTLET}"`
		);
	if (cleaned.length > 0) result.notes.push(cleanedNote(file, cleaned, mapping.text));
	if (notLinks.length > 0) result.notes.push(notLinksNote(file, notLinks, mapping.url));
	return result;
}
