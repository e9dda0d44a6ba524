// barsTable against the rendered bars: one row per segment, same order, same counts.
import { describe, expect, it } from 'vitest';
import type { DashboardView } from '$lib/dashboard/view';
import StackedBars from './StackedBars.svelte';
import type { BarsMode } from './bars-data';
import { barsTable } from './bars-table';
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

	it("gives each segment's share of its outlet's frame codes as a fraction to 4 places", () => {
		const view = seedView();
		for (const row of barsTable(view).rows)
			expect(row.share_of_frame_codes).toBe(
				Math.round((Number(row.sentences) / Number(row.outlet_frame_codes)) * 10_000) / 10_000
			);
		const totals = new Map<string, number>();
		for (const row of barsTable(view).rows)
			totals.set(String(row.outlet), (totals.get(String(row.outlet)) ?? 0) + Number(row.sentences));
		for (const row of barsTable(view).rows)
			expect(row.outlet_frame_codes).toBe(totals.get(String(row.outlet)));
	});

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
