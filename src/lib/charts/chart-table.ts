// The data behind a chart as a table: one row per mark the chart draws, in the order it draws them.

/** A cell: text, a count or share, or nothing (an empty cell). */
export type TableCell = string | number | null;

export interface ChartTable<Column extends string = string> {
	/** Plain-language snake_case names, in the order the columns are written. */
	columns: Column[];
	rows: Record<Column, TableCell>[];
}

/** A share as a decimal fraction to 4 places (0.6667), or null when there is nothing to share. */
export function fraction(share: number | null): number | null {
	return share === null ? null : Math.round(share * 10_000) / 10_000;
}
