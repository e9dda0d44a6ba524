// What the stacked bars count: each outlet's frame codes split by frame, stacked as counts or as
// shares, and which segments are drawn. The chart's state and its CSV both read it.
import { stack, stackOffsetExpand, stackOffsetNone } from 'd3';
import type { DashboardView } from '$lib/dashboard/view';

export type BarsMode = 'count' | 'share';

export interface BarSegment {
	outlet: string;
	frame: string;
	/** Units of the outlet carrying the frame. */
	count: number;
	/** Frame codes of the outlet over the frames shown: the 100% of share mode. */
	codes: number;
	x0: number;
	x1: number;
}

export interface BarRow {
	outlet: string;
	codedUnits: number;
	codes: number;
	segments: BarSegment[];
}

/** One bar per outlet in sight, top to bottom; a segment per frame shown, left to right. */
export function barRows(view: DashboardView, mode: BarsMode): BarRow[] {
	const profiles = view.aggregates.outlets;
	const keys = view.frames.map((frame) => frame.id);
	const table = profiles.map((profile) =>
		Object.fromEntries(keys.map((key) => [key, profile.frames[key]?.count ?? 0]))
	);
	const series = stack<Record<string, number>>()
		.keys(keys)
		.offset(mode === 'share' ? stackOffsetExpand : stackOffsetNone)(table);
	return profiles.map((profile, i) => {
		const codes = keys.reduce((sum, key) => sum + (profile.frames[key]?.count ?? 0), 0);
		return {
			outlet: profile.outlet,
			codedUnits: profile.codedUnits,
			codes,
			segments: series.map((layer) => {
				const [x0, x1] = layer[i]!;
				return {
					outlet: profile.outlet,
					frame: layer.key,
					count: profile.frames[layer.key]?.count ?? 0,
					codes,
					// An outlet with no codes expands to NaN; it has no segments to draw.
					x0: Number.isFinite(x0) ? x0 : 0,
					x1: Number.isFinite(x1) ? x1 : 0
				};
			})
		};
	});
}

/** The segments a bar draws: a frame the outlet never uses has no width, so no mark. */
export function drawnSegments(row: BarRow): BarSegment[] {
	return row.segments.filter((segment) => segment.count > 0);
}
