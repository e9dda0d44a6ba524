// networkTable against the rendered network: one row per edge, same order, same counts.
import { describe, expect, it } from 'vitest';
import type { DashboardView } from '$lib/dashboard/view';
import ActorNetwork from './ActorNetwork.svelte';
import { networkTable } from './network-table';
import { fixtureHref, renderSvg, seedView } from '../testing/golden';
import { countedMarks, expectOneRowPerMark, type Pairing } from '../testing/marks';

const pairing: Pairing = {
	markKey: (mark) =>
		`${mark.get('data-frame')} ${mark.get('data-source')}→${mark.get('data-target')}`,
	rowKey: (row) => `${row.frame} ${row.source_actor}→${row.target_actor}`,
	count: 'sentences'
};

const marks = (view: DashboardView) =>
	countedMarks(renderSvg(ActorNetwork, { view, width: 720, hrefFor: fixtureHref }));

describe('networkTable', () => {
	it('has one row per edge drawn, heaviest first as drawn, each counting its edge', () => {
		const view = seedView();
		expectOneRowPerMark(networkTable(view), marks(view), pairing);
	});

	it('says an edge is mutual exactly when the chart names it so', () => {
		const view = seedView();
		const mutual = marks(view).map((mark) =>
			mark.get('aria-label')!.endsWith('(mutual)') ? 'yes' : 'no'
		);
		expect(networkTable(view).rows.map((row) => row.mutual)).toEqual(mutual);
		expect(mutual).toContain('yes');
	});

	it('keeps only the edges of the outlets and frames the filters keep', () => {
		const all = networkTable(seedView()).rows;
		for (const filters of [{ outlets: ['RT', 'Sputnik'] }, { frames: ['accusation'] }]) {
			const view = seedView(filters);
			const table = networkTable(view);
			expectOneRowPerMark(table, marks(view), pairing);
			expect(table.rows.length).toBeLessThan(all.length);
		}
	});

	it('has no row when the chart draws no edge', () => {
		const view = seedView({ actor: 'nobody at all' });
		expect(marks(view)).toEqual([]);
		expect(networkTable(view).rows).toEqual([]);
	});
});
