// Near-identical texts: the same wire story in two feeds, a re-post with a new first line, a
// syndicated copy with the site's footer. Each text gets a MinHash signature over the word
// 5-shingles of its first 200 words; locality-sensitive banding proposes pairs, which are kept when
// their shingle sets' Jaccard similarity is at least the threshold. Near-linear in the texts.

/**
 * Words compared, from the start: copies share their lede, while a scraped site's pages that differ
 * in their article but share a long sidebar below it do not.
 */
const LEDE = 200;
/** Words per shingle: long enough that two unrelated articles rarely share one. */
const SHINGLE = 5;
/** Signature length, as bands × rows: a pair at Jaccard 0.8 is proposed with probability > 0.999. */
const BANDS = 20;
const ROWS = 5;
const HASHES = BANDS * ROWS;
/** Texts of fewer words than this are left alone: short notes match by chance. */
export const MIN_WORDS = 40;
/** Jaccard similarity of shingle sets at or above which two texts are one text. */
export const NEAR_DUPLICATE_JACCARD = 0.8;

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** The i-th hash of the family, from one base hash (mixing as in MurmurHash3's finaliser). */
function mix(base: number, seed: number): number {
	let h = (base ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** Lowercased words, letters and digits only, so punctuation and case do not split copies. */
function wordsOf(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(words: readonly string[]): Set<number> {
	const set = new Set<number>();
	for (let i = 0; i + SHINGLE <= words.length; i++)
		set.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
	return set;
}

function signature(set: ReadonlySet<number>): Uint32Array {
	const min = new Uint32Array(HASHES).fill(0xffffffff);
	for (const shingle of set)
		for (let i = 0; i < HASHES; i++) {
			const h = mix(shingle, i + 1);
			if (h < min[i]!) min[i] = h;
		}
	return min;
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let shared = 0;
	for (const x of small) if (large.has(x)) shared++;
	return shared / (a.size + b.size - shared);
}

/** Buckets for counting in how many texts a shingle occurs (collisions only over-count). */
const DF_BUCKETS = 1 << 24;
/** Shingles left after the common ones go; fewer, and the text is mostly site furniture. */
const MIN_SHINGLES = 20;

/**
 * The sets less the shingles that many texts share — a site's menus, footers and share blocks,
 * which made whole pages of one blog look alike — so what is compared is each text's own prose.
 * "Many" is more than 10 texts and more than 2% of them: a story re-posted a few times stays.
 */
function withoutCommonShingles(
	sets: readonly (Set<number> | null)[],
	sites: readonly string[] | undefined
): (Set<number> | null)[] {
	const df = new Uint8Array(DF_BUCKETS);
	for (const set of sets)
		for (const shingle of set ?? []) {
			const at = shingle & (DF_BUCKETS - 1);
			if (df[at]! < 255) df[at]!++;
		}
	const common = Math.min(254, Math.max(10, Math.ceil(sets.length * 0.02)));
	// A site's own chrome: a shingle in half or more of one site's texts (three at least).
	const perSite = new Map<string, { texts: number; counts: Map<number, number> }>();
	if (sites)
		sets.forEach((set, i) => {
			if (!set) return;
			const site = perSite.get(sites[i]!) ?? { texts: 0, counts: new Map<number, number>() };
			site.texts++;
			for (const shingle of set) site.counts.set(shingle, (site.counts.get(shingle) ?? 0) + 1);
			perSite.set(sites[i]!, site);
		});
	return sets.map((set, i) => {
		if (!set) return null;
		const site = sites ? perSite.get(sites[i]!) : undefined;
		const chrome = (shingle: number) => {
			const n = site?.counts.get(shingle) ?? 0;
			return n >= 3 && n * 2 >= site!.texts;
		};
		const own = new Set(
			[...set].filter((shingle) => df[shingle & (DF_BUCKETS - 1)]! <= common && !chrome(shingle))
		);
		return own.size >= MIN_SHINGLES ? own : null;
	});
}

/**
 * For each text, the index of the first text (in the order given) it is a near-copy of, or null:
 * texts are grouped transitively, and every member points at its group's first. `sites` (one per
 * text: its outlet) lets a site's chrome, repeated on most of its pages, be told from its prose.
 */
export function nearDuplicateOf(
	texts: readonly string[],
	{
		sites,
		threshold = NEAR_DUPLICATE_JACCARD
	}: { sites?: readonly string[]; threshold?: number } = {}
): (number | null)[] {
	const sets = withoutCommonShingles(
		texts.map((text) => {
			const words = wordsOf(text);
			return words.length >= MIN_WORDS ? shingles(words.slice(0, LEDE)) : null;
		}),
		sites
	);
	const parent = texts.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	const buckets = new Map<string, number[]>();
	const checked = new Set<string>();
	sets.forEach((set, i) => {
		if (!set || set.size === 0) return;
		const sig = signature(set);
		for (let band = 0; band < BANDS; band++) {
			const key = `${band}:${Array.from(sig.subarray(band * ROWS, (band + 1) * ROWS)).join(',')}`;
			const members = buckets.get(key);
			if (!members) {
				buckets.set(key, [i]);
				continue;
			}
			// A bucket keeps one text per group it has seen, so a story re-posted a thousand times
			// costs one comparison per band, not a thousand.
			let joined = false;
			for (const j of members) {
				if (find(i) === find(j)) {
					joined = true;
					continue;
				}
				const pair = `${j},${i}`;
				if (checked.has(pair)) continue;
				checked.add(pair);
				if (jaccard(set, sets[j]!) >= threshold) {
					const [a, b] = [find(i), find(j)];
					parent[Math.max(a, b)] = Math.min(a, b);
					joined = true;
				}
			}
			if (!joined) members.push(i);
		}
	});
	return texts.map((_, i) => {
		const root = find(i);
		return root === i ? null : root;
	});
}
