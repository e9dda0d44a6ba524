// What the blind-spots list shows: for each frame shown, the outlets in sight with coded sentences
// that never use it, each with what the absence is out of (the chosen denominator) and how high
// the share could still be. The list, its image and its CSV all read it, so they cannot disagree.
import type { FrameInfo } from '$lib/coded-corpus';
import { DENOMINATOR_WORDS, formatShare, type Denominator } from '$lib/dashboard/denominators';
import type { FrameShare } from '$lib/dashboard/shares';
import { plural } from '$lib/manage/format';
import type { DashboardView } from '$lib/dashboard/view';

export interface BlindSpot {
	frame: FrameInfo;
	/** Outlets by name, each with its share of 0 (count, base and 95% interval). */
	outlets: { name: string; share: FrameShare }[];
}

/** One entry per frame shown, in codebook order, its outlets by name; a frame may have none. */
export function blindSpots(view: DashboardView): BlindSpot[] {
	return view.frames.map((frame) => ({
		frame,
		outlets: view.shares
			.filter((outlet) => outlet.codedSentences > 0 && outlet.frames[frame.id]!.count === 0)
			.map((outlet) => ({ name: outlet.outlet, share: outlet.frames[frame.id]! }))
	}));
}

/**
 * "0 of 12 coded sentences · at most 26%": an absence out of its base, with the top of its 95%
 * interval, since 0 of 3 says far less than 0 of 300.
 */
export function describeAbsence(share: FrameShare, denominator: Denominator): string {
	const words = DENOMINATOR_WORDS[denominator];
	const high = share.interval ? formatShare(share.interval.high, denominator) : '';
	const unit = words.perThousand ? ' per 1,000' : '';
	return `0 of ${plural(share.base, words.base.one, words.base.many)} · at most ${high}${unit}`;
}

/**
 * Outlets with no coded sentence at all: they say nothing about any frame, so they are listed
 * apart, not as a blind spot of every frame.
 */
export function silentOutlets(view: DashboardView): string[] {
	return view.shares.filter((outlet) => outlet.codedSentences === 0).map((outlet) => outlet.outlet);
}
