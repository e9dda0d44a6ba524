// barsTable against the rendered bars: one row per segment, same order, same counts.
import { describe, expect, it } from 'vitest';
import type { DashboardView } from '$lib/dashboard/view';
import StackedBars from './StackedBars.svelte';
import type { BarsMode } from './bars-data';
import { barsTable } from './bars-table';
import { heatmapTable } from '../heatmap/heatmap-table';
import { matchEvidence } from '$lib/dashboard/evidence';
import { fixtureHref, renderSvg, seedView } from '../testing/golden';
import { countedMarks, expectOneRowPerMark, type Pairing } from '../testing/marks';

const pairing: Pairing = {
	markKey: (mark) => `${mark.get('data-outlet')}/${mark.get('data-frame')}`,
	rowKey: (row) => `${row.outlet}/${row.frame}`,
	count: 'sentences'
};

const marks = (view: DashboardView, mode: BarsMode) =>
	countedMarks(renderSvg(StackedBars, { view, width: 720, mode, hrefFor: fixtureHref }));

describe('barsTable', () => {
	it.each(['count', 'share'] as const)(
		'has one row per segment drawn in %s mode, in drawing order, each counting its segment',
		(mode) => {
			const view = seedView();
			expectOneRowPerMark(barsTable(view, { mode }), marks(view, mode), pairing);
		}
	);

	it('leaves out the frames an outlet never uses, as the bars do', () => {
		const view = seedView();
		const table = barsTable(view);
		expect(table.rows.every((row) => Number(row.sentences) > 0)).toBe(true);
		expect(table.rows.length).toBeLessThan(view.outlets.length * view.frames.length);
	});

	it.each(['coded', 'sentences', 'articles'] as const)(
		'gives every share the heatmap’s count, denominator and interval under the same filters (per %s)',
		(denominator) => {
			const view = seedView({ denominator, frames: ['cooperation_refused', 'accusation'] });
			const key = (row: Record<string, unknown>) => `${row.outlet}/${row.frame}`;
			const heatmap = new Map(heatmapTable(view).rows.map((row) => [key(row), row]));
			const shares = barsTable(view, { mode: 'share' }).rows;
			expect(shares).toHaveLength(heatmap.size);
			for (const { sentences, ...row } of shares) {
				expect(row).toEqual(heatmap.get(key(row)));
				expect(sentences).toBe(
					matchEvidence(view, { outlet: row.outlet as string, frame: row.frame as string }).length
				);
			}
		}
	);

	it('keeps only the segments of the outlets the filters keep', () => {
		const all = barsTable(seedView()).rows;
		const view = seedView({ outlets: ['RT', 'Sputnik'] });
		const table = barsTable(view);
		expectOneRowPerMark(table, marks(view, 'count'), pairing);
		expect(table.rows).toEqual(
			all.filter((row) => row.outlet === 'RT' || row.outlet === 'Sputnik')
		);
		expect(table.rows.length).toBeLessThan(all.length);
	});
});
