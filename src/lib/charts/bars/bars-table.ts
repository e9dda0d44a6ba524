// The bars' data as a table: one row per mark drawn, bar by bar from the top.
import type { DashboardView } from '$lib/dashboard/view';
import type { ChartTable } from '../chart-table';
import { SHARE_COLUMNS, shareCells, type ShareColumn } from '../share-columns';
import { barRows, drawnSegments, type BarsMode } from './bars-data';

const COLUMNS = ['outlet', 'frame', 'sentences', ...SHARE_COLUMNS.slice(2)] as const;

export type BarsColumn = 'sentences' | ShareColumn;

/**
 * `sentences` carry the frame: what a count-mode segment draws. The share columns are the
 * heatmap's for the same outlet and frame under the same filters (see `shareCells`). Count mode
 * has a row per segment drawn (a frame the outlet never uses has none); share mode one per outlet
 * and frame shown, since a share of 0 still draws its interval.
 */
export function barsTable(
	view: DashboardView,
	{ mode = 'count' }: { mode?: BarsMode } = {}
): ChartTable<BarsColumn> {
	const rows = barRows(view);
	const marks =
		mode === 'share'
			? rows.flatMap((row) => row.shares)
			: rows.flatMap((row) =>
					drawnSegments(row).map((segment) => row.shares.find((s) => s.frame === segment.frame)!)
				);
	return {
		columns: [...COLUMNS],
		rows: marks.map((share) => ({
			...shareCells(share, view.filters.denominator),
			sentences: share.sentences
		}))
	};
}
