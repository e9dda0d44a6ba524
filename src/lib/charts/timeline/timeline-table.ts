// The timeline's data as a table: one row per segment drawn, column by column from the earliest and
// from the baseline up, then one per note on the sentences it could not place in time.
import type { DashboardView } from '$lib/dashboard/view';
import type { ChartTable } from '../chart-table';
import { timelineData, type TimelineBy } from './timeline-data';

/**
 * Bins are ISO dates, first and last day inclusive. The series column is `frame` (a frame id) or
 * `outlet`, as the columns are stacked. Unplaced sentences have no bin and span every series, so
 * those three cells are empty and `not_placed_because` says why ("dated only to the month").
 */
export function timelineTable(
	view: DashboardView,
	{ by = 'frame' }: { by?: TimelineBy } = {}
): ChartTable {
	const data = timelineData(view, by);
	const placed = data.columns.flatMap((column) =>
		column.segments.map((segment) => ({
			bin_start: column.bin.from,
			bin_end: column.bin.to,
			[by]: segment.series.id,
			sentences: segment.count,
			not_placed_because: null
		}))
	);
	const unplaced = data.unplaced.map((note) => ({
		bin_start: null,
		bin_end: null,
		[by]: null,
		sentences: note.count,
		not_placed_because: note.reason
	}));
	return {
		columns: ['bin_start', 'bin_end', by, 'sentences', 'not_placed_because'],
		rows: [...placed, ...unplaced]
	};
}
