// The stacked bars' data as a table: one row per segment drawn, bar by bar from the top.
import type { DashboardView } from '$lib/dashboard/view';
import { fraction, type ChartTable } from '../chart-table';
import { barRows, drawnSegments, type BarsMode } from './bars-data';

const COLUMNS = [
	'outlet',
	'frame',
	'sentences',
	'outlet_frame_codes',
	'share_of_frame_codes'
] as const;

export type BarsColumn = (typeof COLUMNS)[number];

/**
 * `sentences` carry the frame; `outlet_frame_codes` is the bar's whole length (an outlet's codes
 * over the frames shown; a two-frame sentence counts twice), and the share is of that. The mode only
 * rescales the bars: both modes draw the same segments and name each with its count and share.
 */
export function barsTable(
	view: DashboardView,
	{ mode = 'count' }: { mode?: BarsMode } = {}
): ChartTable<BarsColumn> {
	return {
		columns: [...COLUMNS],
		rows: barRows(view, mode).flatMap((row) =>
			drawnSegments(row).map((segment) => ({
				outlet: segment.outlet,
				frame: segment.frame,
				sentences: segment.count,
				outlet_frame_codes: segment.codes,
				share_of_frame_codes: fraction(segment.count / segment.codes)
			}))
		)
	};
}
