// Counts coded units per article and per outlet — the numbers every chart shows — keeping the n
// behind each share and the directed actor edges from which mutual accusations are read.

/** The part of a coded unit aggregation needs; any richer unit type fits. */
export interface CountableUnit {
	kind: string;
	frames: readonly { frame: string; source: string | null; targets: readonly string[] }[];
}

export interface CountableDocument {
	id: string;
	outlet: string;
	units: readonly CountableUnit[];
}

/** A frame's emphasis: units carrying it, and its share of the coded units (null when none are coded). */
export interface FrameEmphasis {
	count: number;
	share: number | null;
}

export interface EmphasisProfile {
	/** Article text units (headline and body): furniture and captions are not counted. */
	units: number;
	/** Text units carrying at least one frame: the n behind every share. */
	codedUnits: number;
	frames: Record<string, FrameEmphasis>;
}

export interface ArticleAggregate extends EmphasisProfile {
	document: string;
	outlet: string;
}

export interface OutletAggregate extends EmphasisProfile {
	outlet: string;
	articles: number;
}

/** Units of one frame whose source is one actor and whose targets include another. */
export interface ActorEdge {
	frame: string;
	source: string;
	target: string;
	count: number;
}

/** Two actors with edges of one frame running both ways. */
export interface MutualEdge {
	frame: string;
	actors: [string, string];
	counts: [number, number];
}

export interface Aggregates {
	articles: ArticleAggregate[];
	outlets: OutletAggregate[];
	edges: ActorEdge[];
	mutual: MutualEdge[];
}

const TEXT_KINDS = new Set(['headline', 'body']);

function profile(units: readonly CountableUnit[], frames: readonly string[]): EmphasisProfile {
	const text = units.filter((unit) => TEXT_KINDS.has(unit.kind));
	const coded = text.filter((unit) => unit.frames.length > 0);
	const counts = Object.fromEntries(
		frames.map((frame) => {
			const count = coded.filter((unit) => unit.frames.some((code) => code.frame === frame)).length;
			return [frame, { count, share: coded.length === 0 ? null : count / coded.length }];
		})
	);
	return { units: text.length, codedUnits: coded.length, frames: counts };
}

/** Emphasis share of `frame` in a profile as "67% · 6/9", the form the charts label cells with. */
export function describeEmphasis(emphasis: FrameEmphasis, codedUnits: number): string {
	if (emphasis.share === null) return `no coded units`;
	return `${Math.round(emphasis.share * 100)}% · ${emphasis.count}/${codedUnits}`;
}

function directedEdges(documents: readonly CountableDocument[]): ActorEdge[] {
	const counts = new Map<string, ActorEdge>();
	for (const document of documents) {
		for (const unit of document.units) {
			if (!TEXT_KINDS.has(unit.kind)) continue;
			// An edge counts sentences: two codes of one unit naming the same pair count once.
			const seen = new Set<string>();
			for (const code of unit.frames) {
				if (!code.source) continue;
				for (const target of code.targets) {
					if (target === code.source) continue;
					const key = JSON.stringify([code.frame, code.source, target]);
					if (seen.has(key)) continue;
					seen.add(key);
					const edge = counts.get(key) ?? {
						frame: code.frame,
						source: code.source,
						target,
						count: 0
					};
					edge.count++;
					counts.set(key, edge);
				}
			}
		}
	}
	return [...counts.values()].sort(
		(a, b) =>
			b.count - a.count ||
			a.frame.localeCompare(b.frame) ||
			a.source.localeCompare(b.source) ||
			a.target.localeCompare(b.target)
	);
}

function mutualEdges(edges: readonly ActorEdge[]): MutualEdge[] {
	const byKey = new Map(
		edges.map((edge) => [JSON.stringify([edge.frame, edge.source, edge.target]), edge])
	);
	const mutual: MutualEdge[] = [];
	for (const edge of edges) {
		if (edge.source.localeCompare(edge.target) >= 0) continue;
		const back = byKey.get(JSON.stringify([edge.frame, edge.target, edge.source]));
		if (back)
			mutual.push({
				frame: edge.frame,
				actors: [edge.source, edge.target],
				counts: [edge.count, back.count]
			});
	}
	return mutual;
}

/**
 * Aggregates coded documents for the given frames: per article, per outlet (sorted by name) and
 * the actor network. Shares are of coded text units; every profile carries its n.
 */
export function aggregate(
	documents: readonly CountableDocument[],
	frames: readonly string[]
): Aggregates {
	const articles = documents.map((document) => ({
		document: document.id,
		outlet: document.outlet,
		...profile(document.units, frames)
	}));
	const byOutlet = new Map<string, CountableDocument[]>();
	for (const document of documents) {
		byOutlet.set(document.outlet, [...(byOutlet.get(document.outlet) ?? []), document]);
	}
	const outlets = [...byOutlet.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([outlet, members]) => ({
			outlet,
			articles: members.length,
			...profile(
				members.flatMap((member) => member.units),
				frames
			)
		}));
	const edges = directedEdges(documents);
	return { articles, outlets, edges, mutual: mutualEdges(edges) };
}
