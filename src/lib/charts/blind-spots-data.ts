// What the blind-spots list shows: for each frame shown, the outlets in sight with coded sentences
// that never use it. The list and its CSV both read it, so they cannot disagree.
import type { FrameInfo } from '$lib/coded-corpus';
import type { DashboardView } from '$lib/dashboard/view';

export interface BlindSpot {
	frame: FrameInfo;
	/** Outlets by name, each with the coded sentences the absence is out of. */
	outlets: { name: string; codedUnits: number }[];
}

/** One entry per frame shown, in codebook order, its outlets by name; a frame may have none. */
export function blindSpots(view: DashboardView): BlindSpot[] {
	return view.frames.map((frame) => ({
		frame,
		outlets: view.aggregates.outlets
			.filter((outlet) => outlet.codedUnits > 0 && (outlet.frames[frame.id]?.count ?? 0) === 0)
			.map((outlet) => ({ name: outlet.outlet, codedUnits: outlet.codedUnits }))
	}));
}

/**
 * Outlets with no coded sentence at all: they say nothing about any frame, so they are listed
 * apart, not as a blind spot of every frame.
 */
export function silentOutlets(view: DashboardView): string[] {
	return view.aggregates.outlets
		.filter((outlet) => outlet.codedUnits === 0)
		.map((outlet) => outlet.outlet);
}
