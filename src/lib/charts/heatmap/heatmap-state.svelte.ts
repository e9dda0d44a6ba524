// The outlet × frame heatmap's one owner of layout and scales: rows, columns, bands and fills.
import { interpolateRgb, lab, scaleBand } from 'd3';
import { createContext } from 'svelte';
import { ChartState } from '../chart-state';
import type { FrameInfo } from '$lib/coded-corpus';
import type { DashboardView } from '$lib/dashboard/view';
import { frameColours } from '../frame-colours';
import { fullColourShare, heatmapRows, type HeatmapCell, type HeatmapRow } from './heatmap-data';

export type { HeatmapCell, HeatmapRow };

export interface HeatmapProps {
	view: DashboardView;
	width: number;
	/** A frame id to sort rows by (highest share first), or null for outlet names. */
	sortBy: string | null;
}

const EMPTY = '#f1eee8';

export class HeatmapState extends ChartState<HeatmapProps> {
	readonly margin = { top: 40, right: 4, bottom: 4, left: 232 };

	readonly width = $derived(Math.max(this.props().width, 420));
	readonly frames: FrameInfo[] = $derived(this.props().view.frames);
	readonly colours = $derived(
		frameColours(this.props().view.corpus.codebook.frames.map((frame) => frame.id))
	);
	readonly sortBy = $derived(this.props().sortBy);
	readonly denominator = $derived(this.props().view.filters.denominator);
	/** What the rows are: outlets, or the lens the view groups them by. */
	readonly rowsName = $derived(this.props().view.groupBy ?? 'Outlet');

	readonly rows: HeatmapRow[] = $derived(heatmapRows(this.props().view, this.sortBy));
	/** Taller rows when a row head needs a third line for its articles with no readable text. */
	readonly rowHeight = $derived(this.rows.some((row) => row.noText) ? 66 : 58);

	readonly top = $derived(fullColourShare(this.props().view));

	readonly height = $derived(
		this.margin.top + this.rows.length * this.rowHeight + this.margin.bottom
	);

	readonly x = $derived(
		scaleBand<string>()
			.domain(this.frames.map((frame) => frame.id))
			.range([this.margin.left, this.width - this.margin.right])
			.paddingInner(0.05)
	);

	readonly y = $derived(
		scaleBand<string>()
			.domain(this.rows.map((row) => row.outlet))
			.range([this.margin.top, this.height - this.margin.bottom])
			.paddingInner(0.08)
	);

	/**
	 * A cell's fill: from paper to the frame's colour as its share goes from 0 to the top; a share
	 * from fewer than SMALL_N is held at a third of that, never at full colour (and is hatched).
	 */
	fill(cell: HeatmapCell): string {
		if (cell.share === null) return EMPTY;
		const colour = this.colours.get(cell.frame) ?? '#777777';
		const strength = Math.sqrt(Math.min(1, cell.share / this.top));
		return interpolateRgb('#f7f5f0', colour)(cell.small ? strength / 3 : strength);
	}

	/** Dark text on light fills, white on dark ones. */
	ink(cell: HeatmapCell): string {
		return lab(this.fill(cell)).l < 58 ? '#ffffff' : '#1b1f2a';
	}
}

export const [getHeatmap, setHeatmap] = createContext<HeatmapState>();
