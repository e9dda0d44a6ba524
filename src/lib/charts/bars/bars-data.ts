// What the bars count: in count mode each outlet's coded sentences stacked by frame (volume and
// mix); in share mode, per outlet, one bar per frame shown at its share under the chosen
// denominator with its 95% interval — the heatmap's numbers, from the same table. The chart's
// state and its CSV both read it.
import { stack, stackOffsetNone } from 'd3';
import type { DashboardView } from '$lib/dashboard/view';
import type { FrameShare } from '$lib/dashboard/shares';

export type BarsMode = 'count' | 'share';

export interface BarSegment {
	outlet: string;
	frame: string;
	/** Sentences of the outlet carrying the frame. */
	count: number;
	x0: number;
	x1: number;
}

export interface BarRow {
	outlet: string;
	codedUnits: number;
	/** Frame codes of the outlet over the frames shown: the stack's length in count mode. */
	codes: number;
	/** Count mode: the stack, a segment per frame shown, left to right. */
	segments: BarSegment[];
	/** Share mode: a bar per frame shown, top to bottom within the outlet's band. */
	shares: FrameShare[];
}

/** One row per outlet in sight, top to bottom (by name). */
export function barRows(view: DashboardView): BarRow[] {
	const keys = view.frames.map((frame) => frame.id);
	const table = view.shares.map((outlet) =>
		Object.fromEntries(keys.map((key) => [key, outlet.frames[key]!.sentences]))
	);
	const series = stack<Record<string, number>>().keys(keys).offset(stackOffsetNone)(table);
	return view.shares.map((outlet, i) => ({
		outlet: outlet.outlet,
		codedUnits: outlet.codedSentences,
		codes: keys.reduce((sum, key) => sum + outlet.frames[key]!.sentences, 0),
		segments: series.map((layer) => {
			const [x0, x1] = layer[i]!;
			return { outlet: outlet.outlet, frame: layer.key, count: x1 - x0, x0, x1 };
		}),
		shares: keys.map((key) => outlet.frames[key]!)
	}));
}

/** The segments a stack draws: a frame the outlet never uses has no width, so no mark. */
export function drawnSegments(row: BarRow): BarSegment[] {
	return row.segments.filter((segment) => segment.count > 0);
}
