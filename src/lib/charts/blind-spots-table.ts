// The blind spots' data as a table: one row per outlet listed under a frame, frame by frame.
import type { DashboardView } from '$lib/dashboard/view';
import { blindSpots } from './blind-spots-data';
import type { ChartTable } from './chart-table';

const COLUMNS = ['frame', 'outlet', 'sentences_with_frame', 'coded_sentences'] as const;

export type BlindSpotsColumn = (typeof COLUMNS)[number];

/**
 * `sentences_with_frame` is always 0, written out so the absence reads as the count it is, out of
 * the outlet's `coded_sentences`. Frames every outlet uses, and outlets with no coded sentence at
 * all, list no outlet and so have no row.
 */
export function blindSpotsTable(view: DashboardView): ChartTable<BlindSpotsColumn> {
	return {
		columns: [...COLUMNS],
		rows: blindSpots(view).flatMap(({ frame, outlets }) =>
			outlets.map((outlet) => ({
				frame: frame.id,
				outlet: outlet.name,
				sentences_with_frame: 0,
				coded_sentences: outlet.codedUnits
			}))
		)
	};
}
