// The dashboard's drawn charts by name: their titles and the file-name part of their exports.
import type { BarsMode } from './bars/bars-data';
import type { TimelineBy } from './timeline/timeline-data';

export const DRAWN_CHARTS = ['heatmap', 'bars', 'timeline', 'network'] as const;
export type DrawnChart = (typeof DRAWN_CHARTS)[number];

export const CHART_TITLES: Record<DrawnChart, string> = {
	heatmap: 'Which outlet emphasises which frame',
	bars: 'How much each outlet says, split by frame',
	timeline: 'Frames over time',
	network: 'Who takes a stance on whom'
};

/** The options a chart reads from the dashboard URL. */
export interface ChartOptions {
	sortBy: string | null;
	barsMode: BarsMode;
	timelineBy: TimelineBy;
}

export function readChartOptions(params: URLSearchParams): ChartOptions {
	return {
		sortBy: params.get('sort'),
		barsMode: params.get('bars') === 'share' ? 'share' : 'count',
		timelineBy: params.get('timeline') === 'outlet' ? 'outlet' : 'frame'
	};
}

/** What an export of the chart is called in file names. */
export function exportName(chart: DrawnChart, options: ChartOptions): string {
	switch (chart) {
		case 'heatmap':
			return 'heatmap-outlet-by-frame';
		case 'bars':
			return options.barsMode === 'share'
				? 'bars-frame-shares-by-outlet'
				: 'bars-sentences-by-outlet';
		case 'timeline':
			return `timeline-by-${options.timelineBy}`;
		case 'network':
			return 'actor-network';
	}
}
