// timelineTable against the rendered timeline: one row per segment and unplaced note, same counts.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '$lib/coded-corpus';
import { NO_FILTERS } from '$lib/dashboard/filters';
import { buildView, type DashboardView } from '$lib/dashboard/view';
import Timeline from './Timeline.svelte';
import type { TimelineBy } from './timeline-data';
import { timelineTable } from './timeline-table';
import { fixtureHref, renderSvg, seedCorpus, seedView } from '../testing/golden';
import { countedMarks, expectOneRowPerMark, type Mark, type Pairing } from '../testing/marks';

/** A note's query, from its data attributes or from the row's reason: "imprecise month" etc. */
const noteKey = (mark: Mark) =>
	`not placed: ${mark.get('data-unplaced')} ${mark.get('data-imprecise') ?? ''}`.trim();
const reasonKey = (reason: string) =>
	reason === 'undated'
		? 'not placed: undated'
		: `not placed: imprecise ${reason.startsWith('dated only to the month') ? 'month' : 'year'}`;

const pairing = (by: TimelineBy): Pairing => ({
	markKey: (mark) =>
		mark.get('class') === 'note'
			? noteKey(mark)
			: `${mark.get(`data-${by}`)} ${mark.get('data-from')}…${mark.get('data-to')}`,
	rowKey: (row) =>
		row.not_placed_because === null
			? `${row[by]} ${row.bin_start}…${row.bin_end}`
			: reasonKey(String(row.not_placed_because)),
	count: 'sentences'
});

const marks = (view: DashboardView, by: TimelineBy) =>
	countedMarks(renderSvg(Timeline, { view, width: 720, by, hrefFor: fixtureHref }));

/** The seed corpus with a coded Sputnik sentence copied into a year-dated and an undated article. */
function withUnplaced(): DashboardView {
	const corpus = seedCorpus();
	const coded = corpus.units.find((one) => one.article === 1 && one.codes.length > 0)!;
	const article = (id: number, published: ArticleSummary['published']): ArticleSummary => ({
		...corpus.articles.find((one) => one.outlet === 'Sputnik')!,
		id,
		published,
		dateLabel: published?.iso ?? 'undated'
	});
	return buildView(
		{
			...corpus,
			articles: [
				...corpus.articles,
				article(98, { iso: '2016', precision: 'year' }),
				article(99, null)
			],
			units: [
				...corpus.units,
				{ ...coded, id: 9998, article: 98 },
				{ ...coded, id: 9999, article: 99 }
			]
		},
		NO_FILTERS
	);
}

describe('timelineTable', () => {
	describe.each(['frame', 'outlet'] as const)('stacked by %s', (by) => {
		it('has one row per segment drawn, bin by bin from the baseline up, each counting its segment', () => {
			const view = seedView();
			expectOneRowPerMark(timelineTable(view, { by }), marks(view, by), pairing(by));
		});

		it('ends with one row per note on sentences it could not place, with no bin and the reason', () => {
			const view = withUnplaced();
			const table = timelineTable(view, { by });
			expectOneRowPerMark(table, marks(view, by), pairing(by));
			expect(table.rows.slice(-2)).toEqual([
				{
					bin_start: null,
					bin_end: null,
					[by]: null,
					sentences: 1,
					not_placed_because: 'dated only to the year'
				},
				{ bin_start: null, bin_end: null, [by]: null, sentences: 1, not_placed_because: 'undated' }
			]);
		});

		it('keeps only the segments of the outlets the filters keep', () => {
			const all = timelineTable(seedView(), { by }).rows;
			const view = seedView({ outlets: ['RT', 'Sputnik'] });
			const table = timelineTable(view, { by });
			expectOneRowPerMark(table, marks(view, by), pairing(by));
			expect(table.rows.length).toBeLessThan(all.length);
		});
	});

	it('names the series column after what the columns are stacked by, with ISO bin dates', () => {
		expect(timelineTable(seedView(), { by: 'frame' }).columns).toEqual([
			'bin_start',
			'bin_end',
			'frame',
			'sentences',
			'not_placed_because'
		]);
		const [first] = timelineTable(seedView(), { by: 'outlet' }).rows;
		expect(first).toEqual({
			bin_start: '2015-10-01',
			bin_end: '2015-10-31',
			outlet: 'RT',
			sentences: 1,
			not_placed_because: null
		});
	});

	it('has only the note rows when no coded sentence can be placed in time', () => {
		const view = withUnplaced();
		const onlyUnplaced = buildView(
			{ ...view.corpus, articles: view.corpus.articles.filter((one) => one.published === null) },
			NO_FILTERS
		);
		const table = timelineTable(onlyUnplaced);
		expectOneRowPerMark(table, marks(onlyUnplaced, 'frame'), pairing('frame'));
		expect(table.rows.map((row) => row.not_placed_because)).toEqual(['undated']);
	});
});
