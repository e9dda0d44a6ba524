// What the actor network draws: the directed edges and mutual pairs of the frames in sight, and
// each edge's lane between its two actors, from the same aggregation the evidence panel agrees with.
import type { DashboardView } from '$lib/dashboard/view';
import type { ActorEdge, MutualEdge } from '$lib/engine/aggregate';
import { arcBetween, type Arc } from './arcs';
import type { PlacedNode } from './place-actors';

export interface NetworkEdge extends ActorEdge {
	/** Unique per edge: frame, source and target. */
	key: string;
	/** Whether the same frame also runs from the target back to the source. */
	mutual: boolean;
	colour: string;
	/** The id of the arrowhead `<marker>` in the edge's frame colour. */
	marker: string;
	strokeWidth: number;
	arc: Arc;
}

export interface ArrowMarker {
	frame: string;
	id: string;
	colour: string;
}

export interface NetworkData {
	/** Directed edges of the frames shown, heaviest first (the aggregation's order). */
	edges: ActorEdge[];
	/** Pairs of actors with one frame running both ways, among the frames shown. */
	mutual: MutualEdge[];
	/** Each actor's sentences over all its edges, in and out. */
	maxDegree: number;
}

/** An edge's key, unique per frame, source and target. */
export const edgeKey = (frame: string, source: string, target: string) =>
	JSON.stringify([frame, source, target]);

/** The keys of edges whose frame also runs back: both directions of every mutual pair. */
export function mutualEdgeKeys(mutual: readonly MutualEdge[]): Set<string> {
	return new Set(
		mutual.flatMap(({ frame, actors: [a, b] }) => [edgeKey(frame, a, b), edgeKey(frame, b, a)])
	);
}

export function networkData(view: DashboardView): NetworkData {
	const shown = new Set(view.frames.map((frame) => frame.id));
	const edges = view.aggregates.edges.filter((edge) => shown.has(edge.frame));
	const degree = new Map<string, number>();
	for (const { source, target, count } of edges) {
		degree.set(source, (degree.get(source) ?? 0) + count);
		degree.set(target, (degree.get(target) ?? 0) + count);
	}
	return {
		edges,
		mutual: view.aggregates.mutual.filter((pair) => shown.has(pair.frame)),
		maxDegree: Math.max(0, ...degree.values())
	};
}

/** One arrowhead per frame (in codebook order) that has an edge, its id prefixed by `uid`. */
export function arrowMarkers(
	edges: readonly ActorEdge[],
	frames: readonly string[],
	colours: ReadonlyMap<string, string>,
	uid: string
): ArrowMarker[] {
	const drawn = new Set(edges.map((edge) => edge.frame));
	return frames
		.map((frame, i) => ({
			frame,
			id: `${uid}-arrow-${i}`,
			colour: colours.get(frame) ?? '#777777'
		}))
		.filter((marker) => drawn.has(marker.frame));
}

export interface DrawOptions {
	nodes: readonly PlacedNode[];
	mutual: readonly MutualEdge[];
	/** Frames in codebook order: the order of lanes between two actors. */
	frames: readonly string[];
	colours: ReadonlyMap<string, string>;
	markers: readonly ArrowMarker[];
	strokeWidth: (count: number) => number;
	/** Room left before the target's rim for the arrowhead. */
	endGap: number;
}

/**
 * Every edge with its arc. Edges from one actor to another take lanes in codebook order, each
 * bent further out; the reverse direction bends the other way, so no two edges coincide.
 */
export function drawEdges(edges: readonly ActorEdge[], options: DrawOptions): NetworkEdge[] {
	const { nodes, mutual, frames, colours, markers, strokeWidth, endGap } = options;
	const at = new Map(nodes.map((node) => [node.id, node]));
	const markerOf = new Map(markers.map((marker) => [marker.frame, marker.id]));
	const mutualKeys = mutualEdgeKeys(mutual);
	const lanes = new Map<string, string[]>();
	for (const edge of edges) {
		const pair = JSON.stringify([edge.source, edge.target]);
		lanes.set(pair, [...(lanes.get(pair) ?? []), edge.frame]);
	}
	for (const shared of lanes.values()) shared.sort((a, b) => frames.indexOf(a) - frames.indexOf(b));
	return edges.map((edge) => {
		const key = edgeKey(edge.frame, edge.source, edge.target);
		const lane = lanes.get(JSON.stringify([edge.source, edge.target]))!.indexOf(edge.frame);
		return {
			...edge,
			key,
			mutual: mutualKeys.has(key),
			colour: colours.get(edge.frame) ?? '#777777',
			marker: markerOf.get(edge.frame)!,
			strokeWidth: strokeWidth(edge.count),
			arc: arcBetween(at.get(edge.source)!, at.get(edge.target)!, lane, endGap)
		};
	});
}
