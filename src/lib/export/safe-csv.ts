// Spreadsheet-safe CSV: what every download of a table (chart data, bad import rows) is written with.
import Papa from 'papaparse';

/** A table cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

/**
 * Text a spreadsheet would run as a formula. Papa's own `escapeFormulae: true` pattern ends in
 * `.*$` without the `s` flag, so it misses text with a line break after the sign ("=A1\n…").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows as CSV: a header row of `columns`, then one line per row with the cells in that order.
 * Lines end in CRLF, as RFC 4180 asks and spreadsheets expect; there is no line break after the last
 * row. Text starting with = + - @, a tab or a carriage return gets a leading apostrophe (and quotes),
 * so a spreadsheet shows it rather than running it; numbers stay numbers, a negative one included.
 */
export function safeCsv(
	columns: readonly string[],
	rows: readonly Record<string, CsvCell>[]
): string {
	const csv = Papa.unparse(
		{
			fields: [...columns],
			data: rows.map((row) => columns.map((column) => row[column] ?? null))
		},
		{ escapeFormulae: FORMULA_START, newline: '\r\n' }
	);
	// Papa ends a header-only table with a line break; no other table ends with one.
	return rows.length === 0 ? csv.replace(/\r\n$/, '') : csv;
}
