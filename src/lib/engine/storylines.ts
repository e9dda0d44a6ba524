// Storylines: groups of units from different articles that tell the same event or claim, laid
// out by the Compare view as rows with one column per outlet.
import { averageLinkage } from './linkage';
import { describeStoryline, storylineId } from './storyline-label';
import { unitTerms } from './terms';
import type { CodedUnit } from './analyze';
import { inverseFrequencies, linkUnits } from './unit-links';

// The coder's unit types, re-exported for callers that only align storylines.
export type { CodedUnit, UnitKind } from './analyze';
export type { FrameCode } from './frames';

export interface StorylineDocument {
	id: string;
	outlet: string;
	/** ISO date (`YYYY-MM-DD`); resolves "on Tuesday" and years of "September 30". */
	published: string | null;
	units: CodedUnit[];
}

export interface StorylineUnit {
	document: string;
	start: number;
	end: number;
	text: string;
}

export interface Storyline {
	/** Stable across runs: a slug of the label and a hash of the member spans. */
	id: string;
	label: string;
	/** Terms shared across the storyline's articles, most telling first, as analysts read them. */
	terms: string[];
	frames: string[];
	outlets: string[];
	units: StorylineUnit[];
	/** Mean similarity over the storyline's cross-article unit pairs, 0..1. */
	cohesion: number;
}

export interface AlignOptions {
	/** Mean similarity two groups of units need to join; higher gives fewer, tighter storylines. */
	threshold?: number;
	/** Articles a storyline must span. */
	minArticles?: number;
}

export const DEFAULT_THRESHOLD = 0.065;

interface Member {
	document: StorylineDocument;
	group: number;
	unit: CodedUnit;
	keys: string[];
}

function collect(documents: readonly StorylineDocument[]): Member[] {
	// Sorted by id so that neither the result nor its ids depend on the input order.
	const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return sorted.flatMap((document, group) =>
		document.units
			.filter((unit) => unit.kind === 'body' || unit.kind === 'headline')
			.map((unit) => ({ document, group, unit, keys: unitTerms(unit, document.published) }))
	);
}

function toStoryline(members: Member[], cohesion: number, idf: Map<string, number>): Storyline {
	members.sort(
		(x, y) => x.group - y.group || x.unit.start - y.unit.start || x.unit.end - y.unit.end
	);
	const { terms, label, frames } = describeStoryline(
		members.map(({ document, keys, unit }) => ({
			document: document.id,
			keys,
			frames: unit.frames.map((f) => f.frame)
		})),
		idf
	);
	const spans = members.map(({ document, unit }) => `${document.id}:${unit.start}-${unit.end}`);
	return {
		id: storylineId(label, spans),
		label,
		terms,
		frames,
		outlets: [...new Set(members.map(({ document }) => document.outlet))].sort(),
		units: members.map(({ document, unit }) => ({
			document: document.id,
			start: unit.start,
			end: unit.end,
			text: unit.text
		})),
		cohesion: Math.round(cohesion * 1000) / 1000
	};
}

/**
 * Groups body and headline units of different articles that tell the same event or claim.
 * Deterministic, whatever the order of `documents`; never mutates its input.
 */
export function alignStorylines(
	documents: StorylineDocument[],
	options: AlignOptions = {}
): Storyline[] {
	const threshold = options.threshold ?? DEFAULT_THRESHOLD;
	const minArticles = options.minArticles ?? 2;
	const members = collect(documents);
	const units = members.map(({ group, document, keys }) => ({
		group,
		published: document.published,
		keys
	}));
	const idf = inverseFrequencies(units);
	// Links far below the threshold cannot lift an average over it; dropping them keeps the graph sparse.
	const links = linkUnits(units, idf, threshold / 2);
	const storylines: Storyline[] = [];
	for (const cluster of averageLinkage(
		units.map((u) => u.group),
		links,
		threshold
	)) {
		const chosen = cluster.members.map((i) => members[i] as Member);
		if (new Set(chosen.map((m) => m.group)).size < Math.max(minArticles, 2)) continue;
		storylines.push(toStoryline(chosen, cluster.cohesion, idf));
	}
	return storylines.sort(
		(a, b) =>
			b.outlets.length - a.outlets.length ||
			b.units.length - a.units.length ||
			b.cohesion - a.cohesion ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}
