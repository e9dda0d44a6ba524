// blindSpotsTable against the rendered list: one row per outlet listed under a frame.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '$lib/dashboard/filters';
import { buildView, type DashboardView } from '$lib/dashboard/view';
import BlindSpots from './BlindSpots.svelte';
import { blindSpotsTable } from './blind-spots-table';
import { fixtureHref, renderSvg, seedCorpus, seedView } from './testing/golden';
import { attributes, expectOneRowPerMark, type Mark, type Pairing } from './testing/marks';

/** Each listed outlet's link, with the frame of the entry it sits under. */
function marks(view: DashboardView): Mark[] {
	const html = renderSvg(BlindSpots, { view, hrefFor: fixtureHref });
	let frame = '';
	const found: Mark[] = [];
	for (const [tag] of html.matchAll(/<div class="frame" data-frame="[^"]+">|<a [^>]*>/g)) {
		const mark = attributes(tag);
		if (tag.startsWith('<div')) frame = mark.get('data-frame')!;
		else if (mark.has('data-count')) found.push(new Map([...mark, ['data-frame', frame]]));
	}
	return found;
}

const pairing: Pairing = {
	markKey: (mark) => `${mark.get('data-frame')}/${mark.get('data-outlet')}`,
	rowKey: (row) => `${row.frame}/${row.outlet}`,
	count: 'count'
};

describe('blindSpotsTable', () => {
	it('has one row per outlet listed, frame by frame, each with the zero its link counts', () => {
		const view = seedView();
		expectOneRowPerMark(blindSpotsTable(view), marks(view), pairing);
	});

	it.each(['coded', 'sentences', 'articles'] as const)(
		'gives each absence what it is out of per %s, and how high the share could still be',
		(denominator) => {
			const view = seedView({ denominator });
			const rows = blindSpotsTable(view).rows;
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) {
				const outlet = view.shares.find((one) => one.outlet === row.outlet)!;
				expect(row).toMatchObject({ count: 0, denominator: outlet.base, share: 0, ci_low: 0 });
				// Wilson's upper end for 0 of n is z² / (n + z²).
				const z2 = 1.959963984540054 ** 2;
				expect(row.ci_high).toBeCloseTo(z2 / (outlet.base + z2), 4);
				expect(outlet.frames[String(row.frame)]!.sentences).toBe(0);
			}
		}
	);

	it('says an absence with its base and upper bound in the list', () => {
		const html = renderSvg(BlindSpots, { view: seedView(), hrefFor: fixtureHref });
		// Sputnik: none of its 6 coded sentences accuses; Wilson's upper end for 0 of 6 is 39%.
		expect(html).toContain('0 of 6 coded sentences · at most 39%');
	});

	it('has no row for an outlet with no coded sentence, which the list names apart', () => {
		const corpus = seedCorpus();
		const quiet = { ...corpus.articles[0]!, id: 999, outlet: 'Quiet Times', textUnits: 12 };
		const view = buildView(
			{
				...corpus,
				outlets: [
					...corpus.outlets,
					{ name: 'Quiet Times', type: null, domain: null, articles: 1 }
				],
				articles: [...corpus.articles, quiet]
			},
			NO_FILTERS
		);
		const table = blindSpotsTable(view);
		expectOneRowPerMark(table, marks(view), pairing);
		expect(table.rows.map((row) => row.outlet)).not.toContain('Quiet Times');
	});

	it('keeps only the outlets and frames the filters keep', () => {
		const all = blindSpotsTable(seedView()).rows;
		const view = seedView({ outlets: ['RT', 'Sputnik'] });
		const table = blindSpotsTable(view);
		expectOneRowPerMark(table, marks(view), pairing);
		expect(table.rows).toEqual(
			all.filter((row) => row.outlet === 'RT' || row.outlet === 'Sputnik')
		);
		expect(table.rows.length).toBeLessThan(all.length);
	});
});
