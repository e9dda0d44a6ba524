// What the outlet × frame heatmap counts: one row per outlet in sight, one cell per frame shown,
// in the order drawn. The chart's state and its CSV both read it, so they cannot disagree.
import type { DashboardView } from '$lib/dashboard/view';
import type { NoTextOutlet } from '$lib/engine/readable';

export interface HeatmapCell {
	outlet: string;
	frame: string;
	count: number;
	share: number | null;
	codedUnits: number;
}

export interface HeatmapRow {
	outlet: string;
	articles: number;
	/** Headline and body sentences of the outlet's articles in sight, a stock paragraph once. */
	textUnits: number;
	codedUnits: number;
	/** The outlet's articles in sight with no readable text, when it has any. */
	noText: NoTextOutlet | null;
	cells: HeatmapCell[];
}

/**
 * The heatmap's rows, top to bottom: by outlet name, or with `sortBy` (a frame id) by that frame's
 * share, highest first, outlets without a share last and ties by name.
 */
export function heatmapRows(view: DashboardView, sortBy: string | null): HeatmapRow[] {
	const noText = new Map(view.noText.map((outlet) => [outlet.outlet, outlet]));
	const rows = view.aggregates.outlets.map((profile) => ({
		outlet: profile.outlet,
		articles: profile.articles,
		textUnits: view.sentences.get(profile.outlet) ?? 0,
		codedUnits: profile.codedUnits,
		noText: noText.get(profile.outlet) ?? null,
		cells: view.frames.map((frame) => ({
			outlet: profile.outlet,
			frame: frame.id,
			count: profile.frames[frame.id]?.count ?? 0,
			share: profile.frames[frame.id]?.share ?? null,
			codedUnits: profile.codedUnits
		}))
	}));
	if (!sortBy) return rows;
	const shareOf = (row: HeatmapRow) => row.cells.find((cell) => cell.frame === sortBy)?.share ?? -1;
	return [...rows].sort((a, b) => shareOf(b) - shareOf(a) || a.outlet.localeCompare(b.outlet));
}
