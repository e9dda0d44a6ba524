// Where each actor of the network sits: d3-force ticked synchronously from a few fixed starting
// circles with a seeded random source, the clearest result kept, so the same edges always give
// the same picture (golden tests and shared links depend on it).
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	randomLcg,
	type SimulationLinkDatum,
	type SimulationNodeDatum
} from 'd3';
import {
	breadthFirst,
	byCodepoint,
	graphOf,
	type Graph,
	type LayoutLink,
	type Pair
} from './actor-graph';
import { arcOverflow, cost, relabel } from './legibility';
import {
	fitToBox,
	labelWidth,
	NO_INSET,
	type Box,
	type FittedNode,
	type LooseNode
} from './node-labels';

export type { LayoutLink } from './actor-graph';

export interface PlacedNode extends FittedNode {
	/** Sum of the counts of the links leaving the actor. */
	out: number;
	/** Sum of the counts of the links reaching the actor. */
	in: number;
}

export interface PlacementOptions {
	/** The radius an actor is drawn with, from its total degree. */
	radius: (degree: number) => number;
	fontSize: number;
	seed?: number;
	ticks?: number;
}

interface ActorBody extends SimulationNodeDatum {
	id: string;
	r: number;
}

/** The middle of the arcs between two actors, so actors are pushed off edges as off each other. */
interface BundleBody extends SimulationNodeDatum {
	pair: Pair;
}

interface Spring extends SimulationLinkDatum<ActorBody | BundleBody> {
	length: number;
}

/** The simulated layouts of one network, before any box: the width only refits them. */
export interface Layouts {
	graph: Graph;
	candidates: LooseNode[][];
}

/** The frame the simulation runs in; layouts are scaled into the real box afterwards. */
const REFERENCE: Box = { width: 720, height: 432 };

/**
 * Runs the simulation from a few starting orders around a circle (fewer for large networks, to
 * keep it quick). Independent of the chart's width, so resizing only refits.
 */
export function simulateLayouts(links: readonly LayoutLink[], options: PlacementOptions): Layouts {
	const graph = graphOf(links);
	if (graph.ids.length === 0) return { graph, candidates: [] };
	const total = (id: string) => graph.degree.get(id)!.out + graph.degree.get(id)!.in;
	const alphabetical = [...graph.ids].sort(byCodepoint);
	const starts = [
		alphabetical,
		breadthFirst(graph, total),
		[...alphabetical].reverse(),
		[...graph.ids].sort((a, b) => total(b) - total(a) || byCodepoint(a, b))
	].slice(0, graph.ids.length <= 30 ? 4 : graph.ids.length <= 80 ? 2 : 1);
	return { graph, candidates: starts.map((order) => simulate(graph, order, REFERENCE, options)) };
}

/**
 * Fits each simulated layout into the box with room for every label, and keeps the one with the
 * fewest actors on edges, labels on edges and crossings (the first on a tie).
 */
export function fitBest({ graph, candidates }: Layouts, box: Box, fontSize: number): PlacedNode[] {
	let best: FittedNode[] = [];
	let bestCost = Infinity;
	for (const candidate of candidates) {
		let inset = NO_INSET;
		let fitted = fitToBox(candidate, graph.neighbours, box, fontSize, inset);
		// Arcs bulge past their nodes: where one would leave the box, fit again in a smaller one.
		for (let round = 0; round < 3; round++) {
			const over = arcOverflow(fitted, graph.pairs, box);
			if (!over) break;
			inset = {
				top: inset.top + over.top,
				right: inset.right + over.right,
				bottom: inset.bottom + over.bottom,
				left: inset.left + over.left
			};
			fitted = fitToBox(candidate, graph.neighbours, box, fontSize, inset);
		}
		fitted = relabel(fitted, graph.pairs, box, fontSize);
		const layoutCost = candidates.length > 1 ? cost(fitted, graph.pairs, fontSize) : 0;
		if (layoutCost < bestCost) {
			best = fitted;
			bestCost = layoutCost;
		}
	}
	return best
		.map((node) => ({ ...node, ...graph.degree.get(node.id)! }))
		.sort((a, b) => byCodepoint(a.id, b.id));
}

/** Places every actor named by a link inside the box with room for its label. */
export function placeNodes(
	links: readonly LayoutLink[],
	box: Box,
	options: PlacementOptions
): PlacedNode[] {
	return fitBest(simulateLayouts(links, options), box, options.fontSize);
}

/** One synchronous run of the simulation from the actors on an ellipse in the given order. */
function simulate(
	graph: Graph,
	order: readonly string[],
	box: Box,
	{ radius, fontSize, seed = 0.4217, ticks = 200 }: PlacementOptions
): LooseNode[] {
	const spread = Math.min(box.width, box.height) * 0.4;
	const aspect = box.width / box.height;
	const actors: ActorBody[] = order.map((id, i) => {
		const angle = (2 * Math.PI * i) / order.length - Math.PI / 2;
		const { out, in: into } = graph.degree.get(id)!;
		return {
			id,
			r: radius(out + into),
			x: spread * aspect * Math.cos(angle),
			y: spread * Math.sin(angle)
		};
	});
	const at = new Map(actors.map((actor) => [actor.id, actor]));
	// A pair carrying more links is held longer, so its arcs have room.
	const length = (pair: Pair) => spread * 0.8 * (1 + 0.3 * (pair.links - 1));
	const bundles: BundleBody[] = graph.pairs.map((pair) => ({
		pair,
		x: (at.get(pair.source)!.x! + at.get(pair.target)!.x!) / 2,
		y: (at.get(pair.source)!.y! + at.get(pair.target)!.y!) / 2
	}));
	const springs: Spring[] = bundles.flatMap((bundle) => [
		{ source: bundle.pair.source, target: bundle.pair.target, length: length(bundle.pair) },
		{ source: bundle.pair.source, target: bundle, length: length(bundle.pair) / 2 },
		{ source: bundle, target: bundle.pair.target, length: length(bundle.pair) / 2 }
	]);
	const isBundle = (body: ActorBody | BundleBody): body is BundleBody => 'pair' in body;
	forceSimulation<ActorBody | BundleBody>([...actors, ...bundles])
		.randomSource(randomLcg(seed))
		// Cools from 1 to d3's resting 0.001 in exactly `ticks` steps.
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.force(
			'link',
			forceLink<ActorBody | BundleBody, Spring>(springs)
				.id((body) => (isBundle(body) ? '' : body.id))
				.distance((spring) => spring.length)
		)
		.force(
			'charge',
			forceManyBody<ActorBody | BundleBody>().strength((body) =>
				isBundle(body) ? -spread * 0.6 : -spread * 2
			)
		)
		.force(
			'collide',
			forceCollide<ActorBody | BundleBody>((body) =>
				isBundle(body)
					? 10 * body.pair.links + 0.3 * length(body.pair)
					: body.r + 14 + Math.min(labelWidth(body.id, fontSize), 90) / 2
			)
		)
		// Pulled harder to the middle vertically than across: the box is wider than high.
		.force('x', forceX<ActorBody | BundleBody>(0).strength(0.03))
		.force('y', forceY<ActorBody | BundleBody>(0).strength(0.03 * aspect * aspect))
		.stop()
		.tick(ticks);
	alignHeaviestPair(actors, graph.pairs);
	return actors.map(({ id, r, x, y }) => ({ id, r, x: x ?? 0, y: y ?? 0 }));
}

/**
 * Turns the layout so the pair carrying the most sentences runs across: its arcs then stack
 * vertically, their counts one above the other, and the box is wider than it is high.
 */
function alignHeaviestPair(actors: ActorBody[], pairs: readonly Pair[]): void {
	const heaviest = pairs.reduce((best, pair) =>
		pair.count > best.count || (pair.count === best.count && pair.links > best.links) ? pair : best
	);
	const at = new Map(actors.map((actor) => [actor.id, actor]));
	const [a, b] = [at.get(heaviest.source)!, at.get(heaviest.target)!];
	const angle = -Math.atan2(b.y! - a.y!, b.x! - a.x!);
	const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
	for (const actor of actors) {
		const [x, y] = [actor.x!, actor.y!];
		actor.x = x * cos - y * sin;
		actor.y = x * sin + y * cos;
	}
}
