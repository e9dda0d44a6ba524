// What the outlet × frame heatmap counts: one row per outlet in sight, one cell per frame shown,
// in the order drawn. The chart's state and its CSV both read it, so they cannot disagree.
import type { DashboardView } from '$lib/dashboard/view';
import type { NoTextOutlet } from '$lib/engine/readable';
import { DENOMINATOR_WORDS } from '$lib/dashboard/denominators';
import { byLowerBound, type FrameShare } from '$lib/dashboard/shares';

export type HeatmapCell = FrameShare;

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
 * The heatmap's rows, top to bottom: by outlet name, or with `sortBy` (a frame id) by the lower
 * end of that frame's interval, highest first, outlets without a share last and ties by name.
 */
export function heatmapRows(view: DashboardView, sortBy: string | null): HeatmapRow[] {
	const noText = new Map(view.noText.map((outlet) => [outlet.outlet, outlet]));
	const rows = view.shares.map((outlet) => ({
		outlet: outlet.outlet,
		articles: outlet.articles,
		textUnits: outlet.sentences,
		codedUnits: outlet.codedSentences,
		noText: noText.get(outlet.outlet) ?? null,
		cells: view.frames.map((frame) => outlet.frames[frame.id]!)
	}));
	if (!sortBy || !view.frames.some((frame) => frame.id === sortBy)) return rows;
	const cellOf = (row: HeatmapRow) => row.cells.find((cell) => cell.frame === sortBy)!;
	return [...rows].sort(
		(a, b) => byLowerBound(cellOf(a), cellOf(b)) || a.outlet.localeCompare(b.outlet)
	);
}

/**
 * The share drawn at full colour: 100% for shares, the highest rate of the frames shown for rates
 * per 1,000 (they are small, and a 0–1,000 ramp would leave every cell pale). The legend says it.
 */
export function fullColourShare(view: DashboardView): number {
	if (!DENOMINATOR_WORDS[view.filters.denominator].perThousand) return 1;
	const drawn = view.shares.flatMap((outlet) =>
		view.frames.map((frame) => outlet.frames[frame.id]?.share ?? 0)
	);
	return Math.max(1e-9, ...drawn);
}
