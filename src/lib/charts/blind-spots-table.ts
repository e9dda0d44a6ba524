// The blind spots' data as a table: one row per outlet listed under a frame, frame by frame.
import type { DashboardView } from '$lib/dashboard/view';
import { blindSpots } from './blind-spots-data';
import type { ChartTable } from './chart-table';
import { SHARE_COLUMNS, shareCells, type ShareColumn } from './share-columns';

const COLUMNS = ['frame', 'outlet', ...SHARE_COLUMNS.slice(2)] as const;

export type BlindSpotsColumn = ShareColumn;

/**
 * `count` is always 0, written out so the absence reads as the count it is, out of `denominator`,
 * with `ci_high` saying how high the share could still be. Frames every outlet uses, and outlets
 * with no coded sentence at all, list no outlet and so have no row.
 */
export function blindSpotsTable(view: DashboardView): ChartTable<BlindSpotsColumn> {
	return {
		columns: [...COLUMNS],
		rows: blindSpots(view).flatMap(({ outlets }) =>
			outlets.map((outlet) => shareCells(outlet.share, view.filters.denominator))
		)
	};
}
