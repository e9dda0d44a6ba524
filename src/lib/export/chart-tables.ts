// One door to every dashboard chart's data as a table, so the export menu needs no chart's module.
import type { BarsMode } from '$lib/charts/bars/bars-data';
import { barsTable } from '$lib/charts/bars/bars-table';
import { blindSpotsTable } from '$lib/charts/blind-spots-table';
import type { ChartTable } from '$lib/charts/chart-table';
import { heatmapTable } from '$lib/charts/heatmap/heatmap-table';
import { networkTable } from '$lib/charts/network/network-table';
import type { TimelineBy } from '$lib/charts/timeline/timeline-data';
import { timelineTable } from '$lib/charts/timeline/timeline-table';
import type { DashboardView } from '$lib/dashboard/view';

export type { ChartTable, TableCell } from '$lib/charts/chart-table';

export type ChartId = 'heatmap' | 'bars' | 'timeline' | 'network' | 'blind-spots';

/** The chart props that change which marks are drawn or their order; each chart reads its own. */
export interface ChartTableOptions {
	/** Heatmap: a frame id to sort outlets by, or null for outlet names. */
	sortBy?: string | null;
	/** Stacked bars: counts or shares (the same rows either way). */
	barsMode?: BarsMode;
	/** Timeline: what the columns are stacked by. */
	timelineBy?: TimelineBy;
}

function tableOf(chart: ChartId, view: DashboardView, options: ChartTableOptions): ChartTable {
	switch (chart) {
		case 'heatmap':
			return heatmapTable(view, { sortBy: options.sortBy });
		case 'bars':
			return barsTable(view, { mode: options.barsMode });
		case 'timeline':
			return timelineTable(view, { by: options.timelineBy });
		case 'network':
			return networkTable(view);
		case 'blind-spots':
			return blindSpotsTable(view);
	}
}

/**
 * The chart's data, one row per mark, in the order drawn, under the view's filters. Under a
 * minimum confidence every row also carries it as `min_confidence`: a CSV has no source line, and
 * its counts mean something else without it.
 */
export function chartTable(
	chart: ChartId,
	view: DashboardView,
	options: ChartTableOptions = {}
): ChartTable {
	const table = tableOf(chart, view, options);
	const min = view.filters.minConfidence;
	if (min === null) return table;
	return {
		columns: [...table.columns, 'min_confidence'],
		rows: table.rows.map((row) => ({ ...row, min_confidence: min }))
	};
}
