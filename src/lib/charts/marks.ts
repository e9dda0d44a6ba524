// What every chart takes besides its data: where a mark's evidence lives, and which mark is open.
import type { EvidenceQuery } from '$lib/dashboard/evidence';

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

/** "67% (6 of 9 coded sentences)", or why there is no share. */
export function describeShare(count: number, of: number): string {
	if (of === 0) return 'no coded sentences';
	return `${Math.round((count / of) * 100)}% (${count} of ${of} coded sentence${of === 1 ? '' : 's'})`;
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;
