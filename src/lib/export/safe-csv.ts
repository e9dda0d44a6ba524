// Spreadsheet-safe CSV: what every download of a table (chart data, bad import rows) is written with.
import Papa from 'papaparse';

/** A table cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

/**
 * Text a spreadsheet would run as a formula: a tab or carriage return first, or a formula sign
 * (= + - @, or the full-width ＝ ＋ － ＠ Excel reads as the same) after nothing but blanks. A
 * spreadsheet skips leading blanks before looking for the sign, so "blank" is generous: any white
 * space (NBSP and the other Unicode spaces, line breaks), control character or invisible format
 * character (zero-width space, BOM). Papa's own `escapeFormulae: true` pattern checks only the first
 * character and, ending in `.*$` without the `s` flag, misses a line break after the sign.
 */
const FORMULA_START = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * The rows as CSV: a header row of `columns`, then one line per row with the cells in that order.
 * Lines end in CRLF, as RFC 4180 asks and spreadsheets expect; there is no line break after the last
 * row. Text that would start a formula (see FORMULA_START: = + - @ or their full-width forms, even
 * behind leading blanks, and a leading tab or carriage return) gets a leading apostrophe (and
 * quotes), so a spreadsheet shows it rather than running it; numbers stay numbers, a negative one
 * included. Every CSV Parallax writes goes through here.
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
