// The outlet × frame heatmap's one owner of layout and scales: rows, columns, bands and fills.
import { interpolateRgb, lab, rollup, scaleBand, sum } from 'd3';
import { createContext } from 'svelte';
import { ChartState } from '../chart-state';
import type { FrameInfo } from '$lib/coded-corpus';
import type { DashboardView } from '$lib/dashboard/view';
import { frameColours } from '../frame-colours';

export interface HeatmapCell {
	outlet: string;
	frame: string;
	count: number;
	share: number | null;
	codedUnits: number;
}

export interface HeatmapRow {
	outlet: string;
	articles: number;
	/** Headline and body sentences of the outlet's articles in sight. */
	textUnits: number;
	codedUnits: number;
	cells: HeatmapCell[];
}

export interface HeatmapProps {
	view: DashboardView;
	width: number;
	/** A frame id to sort rows by (highest share first), or null for outlet names. */
	sortBy: string | null;
}

const EMPTY = '#f1eee8';

export class HeatmapState extends ChartState<HeatmapProps> {
	readonly margin = { top: 40, right: 4, bottom: 4, left: 232 };
	readonly rowHeight = 48;

	readonly width = $derived(Math.max(this.props().width, 420));
	readonly frames: FrameInfo[] = $derived(this.props().view.frames);
	readonly colours = $derived(
		frameColours(this.props().view.corpus.codebook.frames.map((frame) => frame.id))
	);
	readonly sortBy = $derived(this.props().sortBy);

	readonly rows: HeatmapRow[] = $derived.by(() => {
		const { view } = this.props();
		const textUnits = rollup(
			view.articles,
			(articles) => sum(articles, (article) => article.textUnits),
			(article) => article.outlet
		);
		const rows = view.aggregates.outlets.map((profile) => ({
			outlet: profile.outlet,
			articles: profile.articles,
			textUnits: textUnits.get(profile.outlet) ?? 0,
			codedUnits: profile.codedUnits,
			cells: this.frames.map((frame) => ({
				outlet: profile.outlet,
				frame: frame.id,
				count: profile.frames[frame.id]?.count ?? 0,
				share: profile.frames[frame.id]?.share ?? null,
				codedUnits: profile.codedUnits
			}))
		}));
		const key = this.sortBy;
		if (!key) return rows;
		const shareOf = (row: HeatmapRow) => row.cells.find((cell) => cell.frame === key)?.share ?? -1;
		return [...rows].sort((a, b) => shareOf(b) - shareOf(a) || a.outlet.localeCompare(b.outlet));
	});

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

	/** A cell's fill: from paper to the frame's colour as its share goes from 0 to 100%. */
	fill(cell: HeatmapCell): string {
		if (cell.share === null) return EMPTY;
		const colour = this.colours.get(cell.frame) ?? '#777777';
		return interpolateRgb('#f7f5f0', colour)(Math.sqrt(cell.share));
	}

	/** Dark text on light fills, white on dark ones. */
	ink(cell: HeatmapCell): string {
		return lab(this.fill(cell)).l < 58 ? '#ffffff' : '#1b1f2a';
	}
}

export const [getHeatmap, setHeatmap] = createContext<HeatmapState>();
