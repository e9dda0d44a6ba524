// Storylines: groups of units from different articles that tell the same event or claim, laid
// out by the Compare view as rows with one column per outlet.
import { averageLinkage, blockCandidates, cosine, type Link, type LinkItem } from './linkage';
import { describeTerm, unitTerms } from './terms';

export type UnitKind = 'headline' | 'body' | 'caption' | 'boilerplate';

/** One frame on a unit, as the frame coder gives it. */
export interface FrameCode {
	frame: string;
	confidence: number;
	source: string | null;
	targets: string[];
	cues: { start: number; end: number; rule: string }[];
}

/** A unit as the splitter and frame coder give it (offsets into the article text). */
export interface CodedUnit {
	start: number;
	end: number;
	text: string;
	kind: UnitKind;
	frames: FrameCode[];
	actors: { actor: string; start: number; end: number }[];
}

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

export const DEFAULT_THRESHOLD = 0.08;

// How much each kind of key counts besides its rarity: a shared date or paraphrase concept
// says more about "same event" than a shared word; actors are everywhere in a topical corpus.
// A coded frame and its who-to-whom pair are a coder's reading of the claim, so they weigh most.
const KIND_WEIGHT: Record<string, number> = {
	w: 1,
	a: 0.7,
	c: 1.2,
	e: 0.5,
	d: 1.5,
	r: 0.5,
	m: 1,
	n: 1,
	f: 2,
	p: 2
};
// A refusal and an offer share most of their words; opposite polarity is a different claim.
const POLARITY_PENALTY = 0.5;
const FRAME_PENALTY = 0.5;
// News retells an event for weeks; beyond that, the further apart two stories, the less likely
// they tell the same event (a shared calendar date overrides this).
const RETELLING_DAYS = 60;
const TIME_SCALE_DAYS = 180;
// Small corpora compare every pair sharing anything; large ones only pairs sharing a rare key.
function blocking(units: number) {
	return { maxKeyFrequency: Math.max(64, Math.ceil(units / 500)), keysPerItem: 12 };
}

interface Entry {
	document: StorylineDocument;
	group: number;
	unit: CodedUnit;
	keys: string[];
}

function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
}

function collect(documents: readonly StorylineDocument[]): Entry[] {
	const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return sorted.flatMap((document, group) =>
		document.units
			.filter((unit) => unit.kind === 'body' || unit.kind === 'headline')
			.map((unit) => ({ document, group, unit, keys: unitTerms(unit, document.published) }))
	);
}

function vectorise(entries: readonly Entry[]): { items: LinkItem[]; idf: Map<string, number> } {
	const df = new Map<string, number>();
	for (const { keys } of entries) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
	const vocabulary = [...df.keys()].sort();
	const ids = new Map(vocabulary.map((key, i) => [key, i]));
	const idf = new Map(
		vocabulary.map((key) => [key, Math.log((entries.length + 1) / (df.get(key) as number))])
	);
	const items = entries.map(({ keys: all, group }) => {
		// A key no other unit holds cannot link anything; left in, it would only penalise
		// outlets that add detail to a shared event.
		const keys = all.filter((key) => (df.get(key) as number) > 1);
		const terms = Int32Array.from(keys.map((key) => ids.get(key) as number));
		const order = [...terms.keys()].sort((i, j) => (terms[i] as number) - (terms[j] as number));
		return {
			group,
			terms: Int32Array.from(order.map((i) => terms[i] as number)),
			weights: Float64Array.from(
				order.map((i) => {
					const key = keys[i] as string;
					return (KIND_WEIGHT[key[0] as string] ?? 1) * (idf.get(key) as number);
				})
			)
		};
	});
	return { items, idf };
}

function sharesMoreThanActors(x: readonly string[], y: readonly string[]): boolean {
	for (let i = 0, j = 0; i < x.length && j < y.length;) {
		const a = x[i] as string;
		const b = y[j] as string;
		if (a === b && !a.startsWith('a:')) return true;
		if (a <= b) i++;
		if (b <= a) j++;
	}
	return false;
}

function day(published: string | null): number | null {
	const time = published
		? Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published)
		: NaN;
	return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

/** Similarity of two units, lowered when they disagree in polarity or in coded frames. */
function similarity(x: Entry, y: Entry, base: number): number {
	let s = base;
	// Two units that share only actors ("Russia", "US") share a topic, not an event.
	if (!sharesMoreThanActors(x.keys, y.keys)) return 0;
	// Stories months apart rarely tell the same event, unless they name the same date.
	const dx = day(x.document.published);
	const dy = day(y.document.published);
	const dated = x.keys.some((k) => 'dmr'.includes(k[0] as string) && y.keys.includes(k));
	if (dx !== null && dy !== null && !dated) {
		s /= 1 + Math.max(0, Math.abs(dx - dy) - RETELLING_DAYS) / TIME_SCALE_DAYS;
	}
	if (x.keys.includes('c:REFUSE') !== y.keys.includes('c:REFUSE')) s *= POLARITY_PENALTY;
	const fx = x.keys.filter((k) => k.startsWith('f:'));
	const fy = y.keys.filter((k) => k.startsWith('f:'));
	if (fx.length && fy.length && !fx.some((f) => fy.includes(f))) s *= FRAME_PENALTY;
	return s;
}

function describe(members: Entry[], idf: Map<string, number>) {
	const articles = new Map<string, Set<string>>();
	for (const { keys, document } of members) {
		for (const key of keys) {
			const docs = articles.get(key);
			if (docs) docs.add(document.id);
			else articles.set(key, new Set([document.id]));
		}
	}
	const shared = [...articles.entries()]
		.filter(([key, docs]) => docs.size >= 2 && !'fpe'.includes(key[0] as string))
		.map(([key, docs]) => ({ key, score: docs.size * (idf.get(key) ?? 0) }))
		.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
	const terms = [...new Set(shared.map(({ key }) => describeTerm(key)))].slice(0, 8);
	const pick = (kinds: string, n: number) =>
		shared.filter(({ key }) => kinds.includes(key[0] as string)).slice(0, n);
	const parts = [...pick('a', 1), ...pick('cw', 2), ...pick('dmr', 1)].map(({ key }) =>
		describeTerm(key)
	);
	const label = [...new Set(parts)].join(' · ') || 'unlabelled';
	const frameCounts = new Map<string, number>();
	for (const { unit } of members)
		for (const { frame } of unit.frames) frameCounts.set(frame, (frameCounts.get(frame) ?? 0) + 1);
	const frames = [...frameCounts.entries()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.map(([frame]) => frame);
	return { terms, label, frames };
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
	const entries = collect(documents);
	const { items, idf } = vectorise(entries);
	const candidates = blockCandidates(items, blocking(items.length));
	const links: Link[] = [];
	candidates.forEach((later, a) => {
		for (const b of later) {
			const s = similarity(
				entries[a] as Entry,
				entries[b] as Entry,
				cosine(items[a] as LinkItem, items[b] as LinkItem)
			);
			// Links far below the threshold cannot lift an average over it; dropping them keeps the graph sparse.
			if (s >= threshold / 2) links.push({ a, b, similarity: s });
		}
	});
	const clusters = averageLinkage(
		items.map((item) => item.group),
		links,
		threshold
	);
	const storylines: Storyline[] = [];
	for (const { members, cohesion } of clusters) {
		const units = members.map((i) => entries[i] as Entry);
		if (new Set(units.map((e) => e.group)).size < Math.max(minArticles, 2)) continue;
		units.sort(
			(x, y) => x.group - y.group || x.unit.start - y.unit.start || x.unit.end - y.unit.end
		);
		const { terms, label, frames } = describe(units, idf);
		const spans = units
			.map(({ document, unit }) => `${document.id}:${unit.start}-${unit.end}`)
			.join('|');
		storylines.push({
			id: `${slug(label)}-${fnv1a(spans)}`,
			label,
			terms,
			frames,
			outlets: [...new Set(units.map(({ document }) => document.outlet))].sort(),
			units: units.map(({ document, unit }) => ({
				document: document.id,
				start: unit.start,
				end: unit.end,
				text: unit.text
			})),
			cohesion: Math.round(cohesion * 1000) / 1000
		});
	}
	return storylines.sort(
		(a, b) =>
			b.outlets.length - a.outlets.length ||
			b.units.length - a.units.length ||
			b.cohesion - a.cohesion ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}
