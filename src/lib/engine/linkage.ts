// Candidate blocking and average-linkage clustering for storylines. Blocking keeps alignment
// near-linear on large corpora (only units sharing a rare key are compared); average linkage
// over the sparse similarity graph keeps a chain of weak links from merging unrelated events,
// because a missing link counts as zero in the average.

/** A unit as the linker sees it: its article (group) and its weighted terms, ids ascending. */
export interface LinkItem {
	group: number;
	terms: Int32Array;
	weights: Float64Array;
	/** Euclidean norm of `weights`, computed once rather than per pair. */
	norm: number;
}

/** A link item from weighted terms in any order. */
export function linkItem(
	group: number,
	terms: readonly number[],
	weights: readonly number[]
): LinkItem {
	const order = terms.map((_, i) => i).sort((i, j) => (terms[i] as number) - (terms[j] as number));
	const w = Float64Array.from(order.map((i) => weights[i] as number));
	return {
		group,
		terms: Int32Array.from(order.map((i) => terms[i] as number)),
		weights: w,
		norm: Math.sqrt(w.reduce((sum, v) => sum + v * v, 0))
	};
}

export interface Link {
	a: number;
	b: number;
	similarity: number;
}

/** Cosine of two sparse vectors whose term ids are ascending. */
export function cosine(x: LinkItem, y: LinkItem): number {
	if (!x.norm || !y.norm) return 0;
	let dot = 0;
	let i = 0;
	let j = 0;
	while (i < x.terms.length && j < y.terms.length) {
		const a = x.terms[i] as number;
		const b = y.terms[j] as number;
		if (a === b) dot += (x.weights[i++] as number) * (y.weights[j++] as number);
		else if (a < b) i++;
		else j++;
	}
	return dot / (x.norm * y.norm);
}

export interface BlockingOptions {
	/** A term held by more units than this is too common to propose candidates. */
	maxKeyFrequency: number;
	/** How many of its rarest terms each unit offers as blocking keys. */
	keysPerItem: number;
}

/**
 * Pairs of items from different groups that share at least one blocking key: each item's
 * rarest terms held by 2..maxKeyFrequency items. Pairs come once each, `a < b`, in order.
 */
export function blockCandidates(
	items: readonly LinkItem[],
	options: BlockingOptions
): Int32Array[] {
	const frequency = new Map<number, number>();
	for (const item of items)
		for (const t of item.terms) frequency.set(t, (frequency.get(t) ?? 0) + 1);
	const usable = (t: number) => {
		const f = frequency.get(t) ?? 0;
		return f >= 2 && f <= options.maxKeyFrequency;
	};
	const keys = items.map((item) =>
		[...item.terms]
			.filter(usable)
			.sort((s, t) => (frequency.get(s) as number) - (frequency.get(t) as number) || s - t)
			.slice(0, options.keysPerItem)
	);
	const postings = new Map<number, number[]>();
	items.forEach((item, index) => {
		for (const t of item.terms) {
			if (!usable(t)) continue;
			const list = postings.get(t);
			if (list) list.push(index);
			else postings.set(t, [index]);
		}
	});
	// Each pair is found from the side whose key it shares; the stamp dedupes within one item.
	const seen = new Int32Array(items.length).fill(-1);
	const later: number[][] = items.map(() => []);
	items.forEach((item, i) => {
		for (const key of keys[i] as number[]) {
			for (const j of postings.get(key) as number[]) {
				if (j === i || seen[j] === i || (items[j] as LinkItem).group === item.group) continue;
				seen[j] = i;
				later[Math.min(i, j)]?.push(Math.max(i, j));
			}
		}
	});
	return later.map((list) => Int32Array.from(new Set(list)).sort());
}

/**
 * Keeps, for every item, only its `k` strongest links (a link stays if either end keeps it).
 * A sparse graph keeps clustering fast on large corpora; a dropped weak link only counts as zero
 * in an average, so it errs toward smaller storylines, never toward merging.
 */
export function strongestLinks(links: readonly Link[], items: number, k: number): Link[] {
	const byItem: number[][] = Array.from({ length: items }, () => []);
	links.forEach(({ a, b }, i) => {
		byItem[a]?.push(i);
		byItem[b]?.push(i);
	});
	const keep = new Uint8Array(links.length);
	for (const list of byItem) {
		list.sort(
			(i, j) =>
				(links[j] as Link).similarity - (links[i] as Link).similarity ||
				(links[i] as Link).a - (links[j] as Link).a ||
				(links[i] as Link).b - (links[j] as Link).b
		);
		for (const i of list.slice(0, k)) keep[i] = 1;
	}
	return links.filter((_, i) => keep[i]);
}

interface Entry {
	score: number;
	a: number;
	b: number;
	va: number;
	vb: number;
}

/** Max-heap on score; ties broken by ids so the merge order never depends on insertion. */
class MergeQueue {
	private heap: Entry[] = [];
	get size() {
		return this.heap.length;
	}
	private before(x: Entry, y: Entry) {
		return x.score !== y.score ? x.score > y.score : x.a !== y.a ? x.a < y.a : x.b < y.b;
	}
	push(entry: Entry) {
		const h = this.heap;
		h.push(entry);
		for (let i = h.length - 1; i > 0;) {
			const p = (i - 1) >> 1;
			if (!this.before(h[i] as Entry, h[p] as Entry)) break;
			[h[i], h[p]] = [h[p] as Entry, h[i] as Entry];
			i = p;
		}
	}
	pop(): Entry | undefined {
		const h = this.heap;
		const top = h[0];
		const last = h.pop();
		if (h.length && last) {
			h[0] = last;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < h.length && this.before(h[l] as Entry, h[m] as Entry)) m = l;
				if (r < h.length && this.before(h[r] as Entry, h[m] as Entry)) m = r;
				if (m === i) break;
				[h[i], h[m]] = [h[m] as Entry, h[i] as Entry];
				i = m;
			}
		}
		return top;
	}
}

export interface Cluster {
	members: number[];
	/** Mean similarity over the cluster's cross-group pairs (absent links count as zero). */
	cohesion: number;
}

/**
 * Average-linkage agglomeration over a sparse graph: repeatedly joins the two clusters with the
 * highest mean similarity over their cross-group pairs, while that mean reaches `threshold`.
 * Pairs inside one group (one article) are neither links nor counted in the mean.
 */
export function averageLinkage(
	groups: readonly number[],
	links: readonly Link[],
	threshold: number
): Cluster[] {
	const n = groups.length;
	const members: number[][] = groups.map((_, i) => [i]);
	const counts: Map<number, number>[] = groups.map((g) => new Map([[g, 1]]));
	const sums: Map<number, number>[] = groups.map(() => new Map());
	const internal = new Float64Array(n);
	const pairs = new Float64Array(n);
	const version = new Int32Array(n);
	const alive = new Uint8Array(n).fill(1);
	for (const { a, b, similarity } of links) {
		sums[a]?.set(b, (sums[a]?.get(b) ?? 0) + similarity);
		sums[b]?.set(a, (sums[b]?.get(a) ?? 0) + similarity);
	}
	const cross = (a: number, b: number) => {
		const [small, large] =
			(counts[a] as Map<number, number>).size < (counts[b] as Map<number, number>).size
				? [counts[a], counts[b]]
				: [counts[b], counts[a]];
		let same = 0;
		for (const [g, c] of small as Map<number, number>) same += c * (large?.get(g) ?? 0);
		return (members[a] as number[]).length * (members[b] as number[]).length - same;
	};
	const queue = new MergeQueue();
	const offer = (a: number, b: number) => {
		const [x, y] = a < b ? [a, b] : [b, a];
		const p = cross(x, y);
		if (p <= 0) return;
		const score = ((sums[x] as Map<number, number>).get(y) ?? 0) / p;
		if (score >= threshold)
			queue.push({ score, a: x, b: y, va: version[x] ?? 0, vb: version[y] ?? 0 });
	};
	for (let a = 0; a < n; a++)
		for (const b of (sums[a] as Map<number, number>).keys()) if (a < b) offer(a, b);

	while (queue.size) {
		const e = queue.pop() as Entry;
		if (!alive[e.a] || !alive[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
		// The larger cluster survives so the maps moved stay small.
		const [keep, drop] =
			(members[e.a] as number[]).length >= (members[e.b] as number[]).length
				? [e.a, e.b]
				: [e.b, e.a];
		const between = (sums[keep] as Map<number, number>).get(drop) ?? 0;
		internal[keep] = (internal[keep] as number) + (internal[drop] as number) + between;
		pairs[keep] = (pairs[keep] as number) + (pairs[drop] as number) + cross(keep, drop);
		for (const [other, s] of sums[drop] as Map<number, number>) {
			(sums[other] as Map<number, number>).delete(drop);
			if (other === keep) continue;
			const keepSums = sums[keep] as Map<number, number>;
			keepSums.set(other, (keepSums.get(other) ?? 0) + s);
			(sums[other] as Map<number, number>).set(keep, keepSums.get(other) as number);
		}
		(sums[keep] as Map<number, number>).delete(drop);
		(members[keep] as number[]).push(...(members[drop] as number[]));
		for (const [g, c] of counts[drop] as Map<number, number>) {
			const keepCounts = counts[keep] as Map<number, number>;
			keepCounts.set(g, (keepCounts.get(g) ?? 0) + c);
		}
		alive[drop] = 0;
		sums[drop] = new Map();
		version[keep] = (version[keep] as number) + 1;
		for (const other of [...(sums[keep] as Map<number, number>).keys()].sort((x, y) => x - y)) {
			offer(keep, other);
		}
	}
	const clusters: Cluster[] = [];
	for (let i = 0; i < n; i++) {
		if (!alive[i]) continue;
		const p = pairs[i] as number;
		clusters.push({
			members: [...(members[i] as number[])].sort((x, y) => x - y),
			cohesion: p > 0 ? (internal[i] as number) / p : 0
		});
	}
	return clusters;
}
