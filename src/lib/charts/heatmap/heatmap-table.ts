// The heatmap's data as a table: one row per cell, row by row from the top, as the chart draws them.
import type { DashboardView } from '$lib/dashboard/view';
import { fraction, type ChartTable } from '../chart-table';
import { heatmapRows } from './heatmap-data';

const COLUMNS = ['outlet', 'frame', 'sentences_with_frame', 'coded_sentences', 'share'] as const;

export type HeatmapColumn = (typeof COLUMNS)[number];

/** `share` is sentences_with_frame / coded_sentences, empty when the outlet has no coded sentence. */
export function heatmapTable(
	view: DashboardView,
	{ sortBy = null }: { sortBy?: string | null } = {}
): ChartTable<HeatmapColumn> {
	return {
		columns: [...COLUMNS],
		rows: heatmapRows(view, sortBy).flatMap((row) =>
			row.cells.map((cell) => ({
				outlet: cell.outlet,
				frame: cell.frame,
				sentences_with_frame: cell.count,
				coded_sentences: cell.codedUnits,
				share: fraction(cell.share)
			}))
		)
	};
}
