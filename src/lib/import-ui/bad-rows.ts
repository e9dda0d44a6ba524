// The bad rows of a validation report: shown a page at a time, and offered as a spreadsheet-safe CSV.
import type { InputProblem } from '$lib/engine/input-error';
import { safeCsv } from '$lib/export/safe-csv';

/** Bad rows shown at once; the rest are a page away or in the CSV. */
export const BAD_ROWS_PAGE_SIZE = 100;

export interface BadRowsPage {
	rows: InputProblem[];
	/** 1-based page shown, clamped to the pages there are. */
	page: number;
	pages: number;
	/** 1-based positions of the first and last row shown; 0 and 0 when there are none. */
	from: number;
	to: number;
}

/** One page of the bad rows; a page out of range shows the nearest one. */
export function badRowsPage(
	rows: readonly InputProblem[],
	page: number,
	size = BAD_ROWS_PAGE_SIZE
): BadRowsPage {
	const pages = Math.max(1, Math.ceil(rows.length / size));
	const shown = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	const start = (shown - 1) * size;
	const slice = rows.slice(start, start + size);
	return {
		rows: slice,
		page: shown,
		pages,
		from: slice.length > 0 ? start + 1 : 0,
		to: start + slice.length
	};
}

/**
 * The bad rows as CSV (file, row, field, reason), spreadsheet-safe: a reason quoting a cell shows
 * it instead of running it as a formula.
 */
export function badRowsCsv(rows: readonly InputProblem[]): string {
	return safeCsv(
		['file', 'row', 'field', 'reason'],
		rows.map((row) => ({
			file: row.file,
			row: row.row ?? null,
			field: row.field ?? null,
			reason: row.reason
		}))
	);
}

/** "parallax-bad-rows-fakes.csv": the download's name, from the corpus name. */
export function badRowsFileName(corpusName: string): string {
	const slug = corpusName
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `parallax-bad-rows${slug ? `-${slug}` : ''}.csv`;
}
