// The columns a chart's CSV gives every share, so the heatmap's and the bars' rows read alike and
// agree under the same filters: the count, what it is of, the share and its 95% interval.
import { DENOMINATOR_WORDS, type Denominator } from '$lib/dashboard/denominators';
import type { FrameShare } from '$lib/dashboard/shares';
import { fraction, type TableCell } from './chart-table';

export const SHARE_COLUMNS = [
	'outlet',
	'frame',
	'count',
	'denominator',
	'denominator_kind',
	'share',
	'ci_low',
	'ci_high'
] as const;

export type ShareColumn = (typeof SHARE_COLUMNS)[number];

/**
 * One share as CSV cells. `share`, `ci_low` and `ci_high` are fractions of `denominator` (per 1,000
 * sentences is the share × 1,000); all three are empty when the denominator is 0.
 */
export function shareCells(
	share: FrameShare,
	denominator: Denominator
): Record<ShareColumn, TableCell> {
	return {
		outlet: share.outlet,
		frame: share.frame,
		count: share.count,
		denominator: share.base,
		denominator_kind: DENOMINATOR_WORDS[denominator].kind,
		share: fraction(share.share),
		ci_low: fraction(share.interval?.low ?? null),
		ci_high: fraction(share.interval?.high ?? null)
	};
}
