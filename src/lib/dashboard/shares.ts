// The one table of shares every chart, its evidence and its CSV read: per outlet in sight and per
// codebook frame, the count, what it is a share of (the chosen denominator), the share and its 95%
// Wilson interval, and whether its n is too small to draw at full colour.
import type { Aggregates } from '$lib/engine/aggregate';
import type { ArticleSummary } from '$lib/coded-corpus';
import type { Denominator } from './denominators';
import { wilson, type Interval } from './interval';

/** Below this many in the denominator a share is drawn faded and hatched, never at full colour. */
export const SMALL_N = 5;

export interface FrameShare {
	outlet: string;
	frame: string;
	/** What the share counts: sentences carrying the frame, or articles with one (per articles). */
	count: number;
	/** What it is a share of, under the denominator. */
	base: number;
	/** count / base, or null when the base is 0. */
	share: number | null;
	interval: Interval | null;
	/** The base is below SMALL_N. */
	small: boolean;
	/** Sentences carrying the frame, whatever the denominator: the units its evidence lists. */
	sentences: number;
}

export interface OutletShares {
	outlet: string;
	denominator: Denominator;
	/** The outlet's articles in sight, and those with a headline or body sentence to code. */
	articles: number;
	articlesWithText: number;
	/** Headline and body sentences in sight, a stock paragraph once. */
	sentences: number;
	/** Sentences carrying at least one code. */
	codedSentences: number;
	/** The denominator's count for this outlet: the base of every share in `frames`. */
	base: number;
	frames: Record<string, FrameShare>;
}

export interface ShareInputs {
	aggregates: Aggregates;
	articles: readonly ArticleSummary[];
	/** Per outlet, headline and body sentences in sight, a stock paragraph once. */
	sentences: ReadonlyMap<string, number>;
	frames: readonly string[];
	denominator: Denominator;
}

/** One entry per outlet of the aggregates, in their order (by name). */
export function shareTable(inputs: ShareInputs): OutletShares[] {
	const { aggregates, articles, sentences, frames, denominator } = inputs;
	// A headline alone is text the coder read, so its article counts (and may carry a frame).
	const withText = new Map<string, number>();
	for (const article of articles)
		if (article.textUnits > 0)
			withText.set(article.outlet, (withText.get(article.outlet) ?? 0) + 1);
	const carrying = new Map<string, number>();
	for (const article of aggregates.articles)
		for (const frame of frames)
			if ((article.frames[frame]?.count ?? 0) > 0) {
				const key = JSON.stringify([article.outlet, frame]);
				carrying.set(key, (carrying.get(key) ?? 0) + 1);
			}
	return aggregates.outlets.map((profile) => {
		const outlet = profile.outlet;
		const counts = {
			articles: profile.articles,
			articlesWithText: withText.get(outlet) ?? 0,
			sentences: sentences.get(outlet) ?? 0,
			codedSentences: profile.codedUnits
		};
		const base =
			denominator === 'coded'
				? counts.codedSentences
				: denominator === 'sentences'
					? counts.sentences
					: counts.articlesWithText;
		const shares = frames.map((frame): [string, FrameShare] => {
			const inSentences = profile.frames[frame]?.count ?? 0;
			const count =
				denominator === 'articles'
					? (carrying.get(JSON.stringify([outlet, frame])) ?? 0)
					: inSentences;
			return [
				frame,
				{
					outlet,
					frame,
					count,
					base,
					share: base === 0 ? null : count / base,
					interval: wilson(count, base),
					small: base < SMALL_N,
					sentences: inSentences
				}
			];
		});
		return { outlet, denominator, ...counts, base, frames: Object.fromEntries(shares) };
	});
}

/**
 * Orders shares for "sort by this frame": by the lower end of the 95% interval, highest first, so
 * 1 of 1 (from 21%) ranks below 8 of 8 (from 68%); then by share; shares with no base last.
 */
export function byLowerBound(a: FrameShare, b: FrameShare): number {
	const low = (share: FrameShare) => share.interval?.low ?? -1;
	return low(b) - low(a) || (b.share ?? -1) - (a.share ?? -1);
}

/** The note a chart sorted by a frame carries: which rule ordered it. */
export const LOWER_BOUND_NOTE =
	'Sorted by the lower end of each share’s 95% interval, so a share from few sentences does not outrank a well-supported one.';
