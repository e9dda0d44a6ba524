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
	count: 'sentences_with_frame'
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

	it('gives each cell its coded sentences and its share as a fraction to 4 places', () => {
		const view = seedView();
		const sputnik = view.aggregates.outlets.find((outlet) => outlet.outlet === 'Sputnik')!;
		const urged = sputnik.frames.cooperation_urged!;
		const row = heatmapTable(view).rows.find(
			(one) => one.outlet === 'Sputnik' && one.frame === 'cooperation_urged'
		);
		expect(row).toEqual({
			outlet: 'Sputnik',
			frame: 'cooperation_urged',
			sentences_with_frame: urged.count,
			coded_sentences: sputnik.codedUnits,
			share: Math.round((urged.count / sputnik.codedUnits) * 10_000) / 10_000
		});
		expect(heatmapTable(view).columns).toEqual([
			'outlet',
			'frame',
			'sentences_with_frame',
			'coded_sentences',
			'share'
		]);
	});

	it('leaves the share empty for an outlet with no coded sentence, and still draws its cells', () => {
		const view = withQuietOutlet();
		const table = heatmapTable(view);
		expectOneRowPerMark(table, marks(view), pairing);
		const quiet = table.rows.filter((row) => row.outlet === 'Quiet Times');
		expect(quiet).toHaveLength(3);
		for (const row of quiet) expect(row).toMatchObject({ coded_sentences: 0, share: null });
		for (const row of table.rows) expect(row.share === null).toBe(row.coded_sentences === 0);
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
