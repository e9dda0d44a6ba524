// The stacked bars' one owner of layout and scales: each outlet's frame codes stacked by frame,
// as counts (volume) or as shares of the outlet's frame codes (emphasis).
import { scaleBand, scaleLinear } from 'd3';
import { createContext } from 'svelte';
import { ChartState } from '../chart-state';
import type { FrameInfo } from '$lib/coded-corpus';
import type { DashboardView } from '$lib/dashboard/view';
import { frameColours } from '../frame-colours';
import { barRows, type BarRow, type BarSegment, type BarsMode } from './bars-data';

export type { BarRow, BarSegment, BarsMode };

export interface BarsProps {
	view: DashboardView;
	width: number;
	mode: BarsMode;
}

export class BarsState extends ChartState<BarsProps> {
	readonly margin = { top: 8, right: 96, bottom: 30, left: 232 };
	readonly rowHeight = 34;

	readonly width = $derived(Math.max(this.props().width, 420));
	readonly mode = $derived(this.props().mode);
	readonly frames: FrameInfo[] = $derived(this.props().view.frames);
	readonly colours = $derived(
		frameColours(this.props().view.corpus.codebook.frames.map((frame) => frame.id))
	);

	readonly rows: BarRow[] = $derived(barRows(this.props().view, this.mode));

	readonly height = $derived(
		this.margin.top + this.rows.length * this.rowHeight + this.margin.bottom
	);

	readonly x = $derived.by(() => {
		const max = Math.max(1, ...this.rows.map((row) => row.codes));
		const scale = scaleLinear()
			.domain([0, this.mode === 'share' ? 1 : max])
			.range([this.margin.left, this.width - this.margin.right]);
		return this.mode === 'share' ? scale : scale.nice();
	});

	readonly y = $derived(
		scaleBand<string>()
			.domain(this.rows.map((row) => row.outlet))
			.range([this.margin.top, this.height - this.margin.bottom])
			.paddingInner(0.28)
	);

	/** Axis ticks: quarters in share mode, whole numbers of sentences in count mode. */
	readonly ticks: number[] = $derived(
		this.mode === 'share'
			? [0, 0.25, 0.5, 0.75, 1]
			: this.x.ticks(Math.min(6, Math.max(1, this.x.domain()[1]!))).filter(Number.isInteger)
	);
}

export const [getBars, setBars] = createContext<BarsState>();
