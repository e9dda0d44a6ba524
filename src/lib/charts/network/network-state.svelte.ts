// The actor network's one owner of layout and scales: which directed edges are in sight, where
// each actor sits, how thick and how bent each edge is, and which arrowhead it ends in.
import { scaleSqrt } from 'd3';
import { createContext } from 'svelte';
import type { FrameInfo } from '$lib/coded-corpus';
import type { DashboardView } from '$lib/dashboard/view';
import { ChartState } from '../chart-state';
import { frameColours } from '../frame-colours';
import {
	arrowMarkers,
	drawEdges,
	networkData,
	type ArrowMarker,
	type NetworkEdge
} from './network-data';
import { fitBest, simulateLayouts, type PlacedNode } from './place-actors';

export interface NetworkProps {
	view: DashboardView;
	width: number;
	/** A height to fit instead of the network's own (at least 240 px). */
	height?: number | null;
	/** Prefix for element ids, unique per chart instance. */
	uid: string;
}

export class NetworkState extends ChartState<NetworkProps> {
	readonly fontSize = 12;
	/** Arrowhead length (and width) in pixels, the same for every edge. */
	readonly arrow = 11;

	readonly width = $derived(Math.max(this.props().width, 320));
	readonly height = $derived(
		this.props().height != null
			? Math.max(240, Math.round(this.props().height!))
			: Math.min(600, Math.max(360, Math.round(this.width * 0.6)))
	);
	readonly frames: FrameInfo[] = $derived(this.props().view.frames);
	readonly colours = $derived(
		frameColours(this.props().view.corpus.codebook.frames.map((frame) => frame.id))
	);
	readonly #data = $derived(networkData(this.props().view));
	readonly edges = $derived(this.#data.edges);
	readonly mutual = $derived(this.#data.mutual);

	readonly strokeWidth = $derived(
		scaleSqrt()
			.domain([1, Math.max(2, ...this.edges.map((edge) => edge.count))])
			.range([1.5, 8])
			.clamp(true)
	);
	readonly radius = $derived(
		scaleSqrt()
			.domain([0, Math.max(1, this.#data.maxDegree)])
			.range([4, 18])
	);

	/** The costly part, simulated once per set of edges: a new width only refits it. */
	readonly #layouts = $derived(
		simulateLayouts(this.edges, { radius: this.radius, fontSize: this.fontSize })
	);
	readonly nodes: PlacedNode[] = $derived(
		fitBest(this.#layouts, { width: this.width, height: this.height }, this.fontSize)
	);

	readonly markers: ArrowMarker[] = $derived(
		arrowMarkers(
			this.edges,
			this.frames.map((frame) => frame.id),
			this.colours,
			this.props().uid
		)
	);

	readonly drawnEdges: NetworkEdge[] = $derived(
		drawEdges(this.edges, {
			nodes: this.nodes,
			mutual: this.mutual,
			frames: this.frames.map((frame) => frame.id),
			colours: this.colours,
			markers: this.markers,
			strokeWidth: this.strokeWidth,
			endGap: 2 + this.arrow
		})
	);
}

export const [getNetwork, setNetwork] = createContext<NetworkState>();
