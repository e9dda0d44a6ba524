// heatmapTable against the rendered heatmap: one row per cell, same order, same counts.
import { describe, expect, it } from 'vitest';
import type { DashboardView } from '$lib/dashboard/view';
import { buildView } from '$lib/dashboard/view';
import { NO_FILTERS } from '$lib/dashboard/filters';
import Heatmap from './Heatmap.svelte';
import { heatmapTable } from './heatmap-table';
import { fixtureHref, renderSvg, seedCorpus, seedView } from '../testing/golden';
import { countedMarks, expectOneRowPerMark, type Pairing } from '../testing/marks';

const sortHref = (frame: string | null) => `#sort=${frame ?? 'outlet'}`;

const pairing: Pairing = {
	markKey: (mark) => `${mark.get('data-outlet')}/${mark.get('data-frame')}`,
	rowKey: (row) => `${row.outlet}/${row.frame}`,
	count: 'count'
};

const marks = (view: DashboardView, sortBy: string | null = null) =>
	countedMarks(renderSvg(Heatmap, { view, width: 720, sortBy, hrefFor: fixtureHref, sortHref }));

/** The seed corpus with one more outlet whose only article has no coded sentence. */
function withQuietOutlet(): DashboardView {
	const corpus = seedCorpus();
	const quiet = { ...corpus.articles[0]!, id: 999, outlet: 'Quiet Times', textUnits: 12 };
	return buildView(
		{
			...corpus,
			outlets: [...corpus.outlets, { name: 'Quiet Times', type: null, domain: null, articles: 1 }],
			articles: [...corpus.articles, quiet]
		},
		NO_FILTERS
	);
}

describe('heatmapTable', () => {
	it.each([null, 'cooperation_refused', 'accusation'])(
		'has one row per cell drawn, in drawing order, each counting its cell, sorted by %s',
		(sortBy) => {
			const view = seedView();
			expectOneRowPerMark(heatmapTable(view, { sortBy }), marks(view, sortBy), pairing);
		}
	);

	it('gives each cell its count, denominator, share and 95% interval as fractions to 4 places', () => {
		const row = (view: DashboardView) =>
			heatmapTable(view).rows.find(
				(one) => one.outlet === 'Sputnik' && one.frame === 'cooperation_urged'
			);
		// Sputnik's seed article: 9 sentences, 6 coded, 5 urging cooperation. Wilson 95% for 5 of 6
		// is 0.4365–0.9699, for 5 of 9 0.2667–0.8112, for 1 of 1 0.2065–1.
		expect(row(seedView())).toEqual({
			outlet: 'Sputnik',
			frame: 'cooperation_urged',
			count: 5,
			denominator: 6,
			denominator_kind: 'coded_sentences',
			share: 0.8333,
			ci_low: 0.4365,
			ci_high: 0.9699
		});
		expect(row(seedView({ denominator: 'sentences' }))).toMatchObject({
			count: 5,
			denominator: 9,
			denominator_kind: 'sentences',
			share: 0.5556,
			ci_low: 0.2667,
			ci_high: 0.8112
		});
		expect(row(seedView({ denominator: 'articles' }))).toMatchObject({
			count: 1,
			denominator: 1,
			denominator_kind: 'articles',
			share: 1,
			ci_low: 0.2065,
			ci_high: 1
		});
		expect(heatmapTable(seedView()).columns).toEqual([
			'outlet',
			'frame',
			'count',
			'denominator',
			'denominator_kind',
			'share',
			'ci_low',
			'ci_high'
		]);
	});

	it('leaves the share empty for an outlet with no coded sentence, and still draws its cells', () => {
		const view = withQuietOutlet();
		const table = heatmapTable(view);
		expectOneRowPerMark(table, marks(view), pairing);
		const quiet = table.rows.filter((row) => row.outlet === 'Quiet Times');
		expect(quiet).toHaveLength(3);
		for (const row of quiet)
			expect(row).toMatchObject({ denominator: 0, share: null, ci_low: null, ci_high: null });
		for (const row of table.rows) expect(row.share === null).toBe(row.denominator === 0);
	});

	it('keeps only the cells of the outlets and frames the filters keep', () => {
		const all = heatmapTable(seedView()).rows;
		const view = seedView({ outlets: ['RT', 'Sputnik'], frames: ['accusation'] });
		const table = heatmapTable(view);
		expectOneRowPerMark(table, marks(view), pairing);
		expect(table.rows.map((row) => `${row.outlet}/${row.frame}`)).toEqual([
			'RT/accusation',
			'Sputnik/accusation'
		]);
		expect(all.length).toBe(15);
	});
});
