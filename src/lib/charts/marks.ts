// What every chart takes besides its data: where a mark's evidence lives, which mark is open, and
// how a share is said.
import type { EvidenceQuery } from '$lib/dashboard/evidence';
import {
	DENOMINATOR_WORDS,
	formatInterval,
	formatShare,
	type Denominator
} from '$lib/dashboard/denominators';
import { plural } from '$lib/manage/format';
import { SMALL_N, type FrameShare } from '$lib/dashboard/shares';

/** The link a mark leads to: the current view with that mark's evidence selected. */
export type EvidenceHref = (query: EvidenceQuery) => string;

/** Whether a mark's query is the one selected (every field equal). */
export function isSelected(selected: EvidenceQuery | null, query: EvidenceQuery): boolean {
	if (!selected) return false;
	const keys = new Set([...Object.keys(selected), ...Object.keys(query)]) as Set<
		keyof EvidenceQuery
	>;
	return [...keys].every((key) => selected[key] === query[key]);
}

/** "21–100%": the share's 95% interval as the denominator reads it. */
export function intervalText(share: FrameShare, denominator: Denominator): string {
	return share.interval ? formatInterval(share.interval.low, share.interval.high, denominator) : '';
}

/**
 * "20% of coded sentences (1 of 5; 95% interval 4–62%)", "12 per 1,000 sentences (3 of 250; …)",
 * with "fewer than 5 …: read with care" for a small base, or why there is no share.
 */
export function describeShare(share: FrameShare, denominator: Denominator): string {
	const words = DENOMINATOR_WORDS[denominator];
	if (share.share === null) return `no ${words.base.many}`;
	const value = words.perThousand
		? `${formatShare(share.share, denominator)} per 1,000 ${words.base.many}`
		: `${formatShare(share.share, denominator)} of ${words.base.many}`;
	const n = `${share.count} of ${plural(share.base, words.base.one, words.base.many)}`;
	const small = share.small ? `; fewer than ${SMALL_N} ${words.base.many}, read with care` : '';
	return `${value} (${n}; 95% interval ${intervalText(share, denominator)}${small})`;
}
