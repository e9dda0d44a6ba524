// chartTable: each chart id and its options reach the right table, and every table writes as CSV.
import { describe, expect, it } from 'vitest';
import { barsTable } from '$lib/charts/bars/bars-table';
import { blindSpotsTable } from '$lib/charts/blind-spots-table';
import type { ChartTable } from '$lib/charts/chart-table';
import { heatmapTable } from '$lib/charts/heatmap/heatmap-table';
import { networkTable } from '$lib/charts/network/network-table';
import { seedView } from '$lib/charts/testing/golden';
import { timelineTable } from '$lib/charts/timeline/timeline-table';
import type { DashboardView } from '$lib/dashboard/view';
import { chartTable, type ChartId, type ChartTableOptions } from './chart-tables';
import { safeCsv } from './safe-csv';

const cases: [ChartId, ChartTableOptions, (view: DashboardView) => ChartTable][] = [
	['heatmap', {}, (view) => heatmapTable(view)],
	[
		'heatmap',
		{ sortBy: 'cooperation_refused' },
		(view) => heatmapTable(view, { sortBy: 'cooperation_refused' })
	],
	['bars', { barsMode: 'share' }, (view) => barsTable(view, { mode: 'share' })],
	['timeline', {}, (view) => timelineTable(view, { by: 'frame' })],
	['timeline', { timelineBy: 'outlet' }, (view) => timelineTable(view, { by: 'outlet' })],
	['network', {}, networkTable],
	['blind-spots', {}, blindSpotsTable]
];

describe('chartTable', () => {
	it.each(cases)('gives the %s table for options %j', (chart, options, table) => {
		const view = seedView({ outlets: ['RT', 'Sputnik', 'World Israel News'] });
		expect(chartTable(chart, view, options)).toEqual(table(view));
	});

	it.each(cases)(
		'writes the %s table for %j as a CSV line per row under a header',
		(chart, options) => {
			const table = chartTable(chart, seedView(), options);
			const lines = safeCsv(table.columns, table.rows).split('\r\n');
			expect(lines[0]).toBe(table.columns.join(','));
			expect(lines).toHaveLength(table.rows.length + 1);
		}
	);

	it.each(cases)(
		'under a minimum confidence, the %s table for %j carries it on every row, counted under it',
		(chart, options, table) => {
			const view = seedView({ minConfidence: 0.8 });
			const plain = table(view);
			expect(chartTable(chart, view, options)).toEqual({
				columns: [...plain.columns, 'min_confidence'],
				rows: plain.rows.map((row) => ({ ...row, min_confidence: 0.8 }))
			});
			expect(chartTable(chart, seedView(), options).columns).not.toContain('min_confidence');
		}
	);

	it('counts the heatmap under the threshold, not as without it', () => {
		const cells = (min: number | null) =>
			chartTable('heatmap', seedView({ minConfidence: min })).rows.map((row) => row.count);
		expect(cells(0.9)).not.toEqual(cells(null));
	});
});
