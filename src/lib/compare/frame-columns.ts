// The one-frame mode's columns: each chosen outlet's units coded with the frame, grouped by article,
// counted exactly as the heatmap counts them so the two views always agree.
import type { EvidenceUnit, FrameInfo } from '$lib/coded-corpus';
import { matchEvidence } from '$lib/dashboard/evidence';
import type { DashboardView } from '$lib/dashboard/view';
import type { ArticleGroup } from './article-groups';

export interface FrameColumn {
	outlet: string;
	/** Coded units carrying the frame: the heatmap cell's count. */
	count: number;
	/** Coded units of the outlet: the n behind the share. */
	codedUnits: number;
	share: number | null;
	/** The units behind `count`, by article, oldest article first. */
	groups: ArticleGroup[];
}

/** The frame the one-frame mode shows: the one asked for when it is in sight, else the first. */
export function chooseFrame(view: DashboardView, focus: string | null): FrameInfo | null {
	return view.frames.find((frame) => frame.id === focus) ?? view.frames[0] ?? null;
}

/** One column per outlet, in the order given. */
export function frameColumns(
	view: DashboardView,
	outlets: readonly string[],
	frame: string
): FrameColumn[] {
	return outlets.map((outlet) => {
		const profile = view.aggregates.outlets.find((candidate) => candidate.outlet === outlet);
		const emphasis = profile?.frames[frame];
		const groups = new Map<number, EvidenceUnit[]>();
		for (const unit of matchEvidence(view, { outlet, frame }))
			groups.set(unit.article, [...(groups.get(unit.article) ?? []), unit]);
		return {
			outlet,
			count: emphasis?.count ?? 0,
			codedUnits: profile?.codedUnits ?? 0,
			share: emphasis?.share ?? null,
			groups: view.articles
				.filter((article) => groups.has(article.id))
				.map((article) => ({
					article,
					units: groups.get(article.id)!.sort((a, b) => a.ordinal - b.ordinal)
				}))
		};
	});
}

/** A column's count in words: "6 of 9 coded sentences (67%)". */
export function describeColumnCount(count: number, codedUnits: number): string {
	if (codedUnits === 0) return 'no coded sentences';
	const share = Math.round((count / codedUnits) * 100);
	return `${count} of ${codedUnits} coded sentence${codedUnits === 1 ? '' : 's'} (${share}%)`;
}
