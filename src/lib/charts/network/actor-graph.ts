// The actor network as a graph: who is linked to whom, how heavily, and in which directions,
// gathered once from the directed links so the layout and its checks read the same facts.

/** A directed, weighted link between two actors; several may join one pair (one per frame). */
export interface LayoutLink {
	source: string;
	target: string;
	count: number;
}

/** Codepoint order: unlike `localeCompare`, the same on every machine and in every locale. */
export const byCodepoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Two actors joined by one or more links, in either direction. */
export interface Pair {
	source: string;
	target: string;
	/** Links between them, both directions together. */
	links: number;
	/** Links from `source` to `target`, and back: the lanes on either side of the line. */
	forward: number;
	backward: number;
	/** Sentences over all its links. */
	count: number;
}

export interface Graph {
	ids: string[];
	degree: Map<string, { out: number; in: number }>;
	pairs: Pair[];
	neighbours: Map<string, Map<string, number>>;
}

/** Degrees, pairs (with their lanes each way) and neighbours of every actor named by a link. */
export function graphOf(links: readonly LayoutLink[]): Graph {
	const degree = new Map<string, { out: number; in: number }>();
	const pairs = new Map<string, Pair>();
	const neighbours = new Map<string, Map<string, number>>();
	const meet = (from: string, to: string, count: number) => {
		const around = neighbours.get(from) ?? new Map<string, number>();
		around.set(to, (around.get(to) ?? 0) + count);
		neighbours.set(from, around);
	};
	for (const { source, target, count } of links) {
		const from = degree.get(source) ?? { out: 0, in: 0 };
		from.out += count;
		degree.set(source, from);
		const to = degree.get(target) ?? { out: 0, in: 0 };
		to.in += count;
		degree.set(target, to);
		meet(source, target, count);
		meet(target, source, count);
		const [a, b] = [source, target].sort(byCodepoint) as [string, string];
		const key = JSON.stringify([a, b]);
		const pair = pairs.get(key) ?? {
			source: a,
			target: b,
			links: 0,
			forward: 0,
			backward: 0,
			count: 0
		};
		pair.links++;
		pair.count += count;
		if (source === a) pair.forward++;
		else pair.backward++;
		pairs.set(key, pair);
	}
	return {
		ids: [...degree.keys()],
		degree,
		pairs: [...pairs.values()],
		neighbours
	};
}

/** Breadth-first from the most linked actor, heaviest links first: linked actors start side by side. */
export function breadthFirst(graph: Graph, total: (id: string) => number): string[] {
	const heavier = (weight: (id: string) => number) => (a: string, b: string) =>
		weight(b) - weight(a) || byCodepoint(a, b);
	const order: string[] = [];
	const seen = new Set<string>();
	for (const start of [...graph.ids].sort(heavier(total))) {
		if (seen.has(start)) continue;
		seen.add(start);
		const queue = [start];
		while (queue.length > 0) {
			const id = queue.shift()!;
			order.push(id);
			const around = graph.neighbours.get(id)!;
			for (const next of [...around.keys()].sort(heavier((n) => around.get(n)!))) {
				if (seen.has(next)) continue;
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return order;
}
