// The heatmap's data as a table: one row per cell, row by row from the top, as the chart draws them.
import type { DashboardView } from '$lib/dashboard/view';
import type { ChartTable } from '../chart-table';
import { SHARE_COLUMNS, shareCells, type ShareColumn } from '../share-columns';
import { heatmapRows } from './heatmap-data';

export type HeatmapColumn = ShareColumn;

/** Every cell drawn, with its count, denominator, share and 95% interval (see `shareCells`). */
export function heatmapTable(
	view: DashboardView,
	{ sortBy = null }: { sortBy?: string | null } = {}
): ChartTable<HeatmapColumn> {
	return {
		columns: [...SHARE_COLUMNS],
		rows: heatmapRows(view, sortBy).flatMap((row) =>
			row.cells.map((cell) => shareCells(cell, view.filters.denominator))
		)
	};
}
