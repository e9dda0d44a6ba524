// Weighted links between units of different articles: IDF-weighted cosine over unit terms,
// adjusted for what cosine cannot see (opposite polarity, disagreeing frames, time apart).
import {
	blockCandidates,
	cosine,
	linkItem,
	strongestLinks,
	type Link,
	type LinkItem
} from './linkage';

/** A unit ready for linking: its article (group), publication day and term keys (sorted). */
export interface LinkableUnit {
	group: number;
	published: string | null;
	keys: readonly string[];
}

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
	y: 0.3,
	n: 1,
	f: 2,
	p: 2
};
// A refusal and an offer share most of their words; opposite polarity is a different claim.
const POLARITY_PENALTY = 0.5;
const FRAME_PENALTY = 0.5;
// News retells an event for a few weeks; beyond that, the further apart two stories, the less
// likely they tell the same event (a shared calendar date overrides this).
const RETELLING_DAYS = 30;
const TIME_SCALE_DAYS = 60;
// A detail no other unit holds cannot link anything, but it does say the unit tells more than
// the shared part; half weight keeps outlets that add detail from being penalised in full.
const SINGLETON = 0.5;
// A unit retold by more outlets than this still links to all through its neighbours' links.
const LINKS_PER_UNIT = 10;

/** Small corpora compare every pair sharing anything; large ones only pairs sharing a rare key. */
export function blockingFor(units: number) {
	return units <= 2000
		? { maxKeyFrequency: units, keysPerItem: Infinity }
		: { maxKeyFrequency: 40, keysPerItem: 6 };
}

/** What the adjustments read of a unit, computed once rather than per pair. */
interface Facts {
	refuses: boolean;
	frames: string[];
	dates: Set<string>;
	day: number | null;
}

function publicationDay(published: string | null): number | null {
	const iso = published && published.length === 10 ? `${published}T00:00:00Z` : published;
	const time = iso ? Date.parse(iso) : NaN;
	return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

function factsOf(unit: LinkableUnit): Facts {
	return {
		refuses: unit.keys.includes('c:REFUSE'),
		frames: unit.keys.filter((k) => k.startsWith('f:')),
		dates: new Set(unit.keys.filter((k) => 'dmr'.includes(k[0] as string) && k[1] === ':')),
		day: publicationDay(unit.published)
	};
}

function sharesDate(fx: Facts, fy: Facts): boolean {
	for (const key of fx.dates) if (fy.dates.has(key)) return true;
	return false;
}

function sharesEnough(x: readonly string[], y: readonly string[]): boolean {
	for (let i = 0, j = 0; i < x.length && j < y.length;) {
		const a = x[i] as string;
		const b = y[j] as string;
		if (a === b && !a.startsWith('a:')) return true;
		if (a <= b) i++;
		if (b <= a) j++;
	}
	return false;
}

/** Cosine of two units, lowered where they disagree in polarity or frames, or lie far apart in time. */
function adjust(x: LinkableUnit, y: LinkableUnit, fx: Facts, fy: Facts, base: number): number {
	// Actors do not count: units sharing only "Russia" and "US" share a topic, not an event.
	if (!sharesEnough(x.keys, y.keys)) return 0;
	let s = base;
	if (fx.refuses !== fy.refuses) s *= POLARITY_PENALTY;
	if (fx.frames.length && fy.frames.length && !fx.frames.some((f) => fy.frames.includes(f))) {
		s *= FRAME_PENALTY;
	}
	if (fx.day !== null && fy.day !== null && fx.day !== fy.day && !sharesDate(fx, fy)) {
		s /= 1 + Math.max(0, Math.abs(fx.day - fy.day) - RETELLING_DAYS) / TIME_SCALE_DAYS;
	}
	return s;
}

/** IDF per key over the units: a key every unit holds weighs nothing. */
export function inverseFrequencies(units: readonly LinkableUnit[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const { keys } of units) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
	return new Map([...df].map(([key, n]) => [key, Math.log((units.length + 1) / n)]));
}

function vectorise(units: readonly LinkableUnit[], idf: Map<string, number>): LinkItem[] {
	const ids = new Map([...idf.keys()].sort().map((key, i) => [key, i]));
	const unique = Math.log(units.length + 1);
	return units.map(({ keys, group }) => {
		// A key no other unit holds (the highest IDF) cannot link anything; left in, it would only
		// penalise outlets that add detail to a shared event.
		const weight = (key: string) => {
			const w = (KIND_WEIGHT[key[0] as string] ?? 1) * (idf.get(key) as number);
			return (idf.get(key) as number) < unique ? w : w * SINGLETON;
		};
		return linkItem(
			group,
			keys.map((key) => ids.get(key) as number),
			keys.map(weight)
		);
	});
}

/**
 * Links between units of different articles whose similarity reaches `floor`, found by
 * blocking on rare keys rather than comparing all pairs; each unit keeps its strongest few.
 */
export function linkUnits(
	units: readonly LinkableUnit[],
	idf: Map<string, number>,
	floor: number
): Link[] {
	const items = vectorise(units, idf);
	const facts = units.map(factsOf);
	const links: Link[] = [];
	blockCandidates(items, blockingFor(items.length)).forEach((later, a) => {
		for (const b of later) {
			const base = cosine(items[a] as LinkItem, items[b] as LinkItem);
			if (base < floor) continue;
			const x = units[a] as LinkableUnit;
			const y = units[b] as LinkableUnit;
			const s = adjust(x, y, facts[a] as Facts, facts[b] as Facts, base);
			if (s > 0 && s >= floor) links.push({ a, b, similarity: s });
		}
	});
	return strongestLinks(links, units.length, LINKS_PER_UNIT);
}

/** Similarity of two units in the context of a corpus (for inspection and tests). */
export function unitSimilarity(units: readonly LinkableUnit[], a: number, b: number): number {
	const idf = inverseFrequencies(units);
	const items = vectorise(units, idf);
	const x = units[a] as LinkableUnit;
	const y = units[b] as LinkableUnit;
	if (x.group === y.group) return 0;
	const base = cosine(items[a] as LinkItem, items[b] as LinkItem);
	return adjust(x, y, factsOf(x), factsOf(y), base);
}
