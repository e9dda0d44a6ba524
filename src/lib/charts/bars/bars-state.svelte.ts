// The bars' one owner of layout and scales: in count mode each outlet's coded sentences stacked by
// frame; in share mode a bar per frame within each outlet's band, with its 95% interval.
import { scaleBand, scaleLinear } from 'd3';
import { createContext } from 'svelte';
import { ChartState } from '../chart-state';
import type { FrameInfo } from '$lib/coded-corpus';
import { DENOMINATOR_WORDS } from '$lib/dashboard/denominators';
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

	readonly width = $derived(Math.max(this.props().width, 420));
	readonly mode = $derived(this.props().mode);
	readonly denominator = $derived(this.props().view.filters.denominator);
	readonly frames: FrameInfo[] = $derived(this.props().view.frames);
	readonly colours = $derived(
		frameColours(this.props().view.corpus.codebook.frames.map((frame) => frame.id))
	);

	readonly rows: BarRow[] = $derived(barRows(this.props().view));

	/** A stack is one thin band; share mode gives each frame shown its own bar in the band. */
	readonly rowHeight = $derived(
		this.mode === 'share' ? Math.max(34, 16 * this.frames.length + 14) : 34
	);

	readonly height = $derived(
		this.margin.top + this.rows.length * this.rowHeight + this.margin.bottom
	);

	/** Count mode: sentences; share mode: 0–100%, or 0 to the highest interval end per 1,000. */
	readonly x = $derived.by(() => {
		const range = [this.margin.left, this.width - this.margin.right];
		if (this.mode === 'count') {
			const max = Math.max(1, ...this.rows.map((row) => row.codes));
			return scaleLinear().domain([0, max]).range(range).nice();
		}
		if (!DENOMINATOR_WORDS[this.denominator].perThousand)
			return scaleLinear().domain([0, 1]).range(range);
		const highs = this.rows.flatMap((row) => row.shares.map((s) => (s.interval?.high ?? 0) * 1000));
		return scaleLinear()
			.domain([0, Math.max(1, ...highs) / 1000])
			.range(range)
			.nice();
	});

	readonly y = $derived(
		scaleBand<string>()
			.domain(this.rows.map((row) => row.outlet))
			.range([this.margin.top, this.height - this.margin.bottom])
			.paddingInner(this.mode === 'share' ? 0.18 : 0.28)
	);

	/** Share mode: each frame's bar within an outlet's band. */
	readonly inner = $derived(
		scaleBand<string>()
			.domain(this.frames.map((frame) => frame.id))
			.range([0, this.y.bandwidth()])
			.paddingInner(0.2)
	);

	/** Axis ticks: quarters of 100% for shares, round rates per 1,000, whole sentences for counts. */
	readonly ticks: number[] = $derived.by(() => {
		if (this.mode === 'count')
			return this.x.ticks(Math.min(6, Math.max(1, this.x.domain()[1]!))).filter(Number.isInteger);
		if (!DENOMINATOR_WORDS[this.denominator].perThousand) return [0, 0.25, 0.5, 0.75, 1];
		return this.x.ticks(5);
	});
}

export const [getBars, setBars] = createContext<BarsState>();
