// One count everywhere: on random corpora under random filters and denominators, every chart, its
// CSV and its evidence report the same numbers for the same outlet and frame.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barRows, drawnSegments } from '$lib/charts/bars/bars-data';
import { barsTable } from '$lib/charts/bars/bars-table';
import { blindSpots } from '$lib/charts/blind-spots-data';
import { blindSpotsTable } from '$lib/charts/blind-spots-table';
import { heatmapRows } from '$lib/charts/heatmap/heatmap-data';
import { heatmapTable } from '$lib/charts/heatmap/heatmap-table';
import { networkData } from '$lib/charts/network/network-data';
import { networkTable } from '$lib/charts/network/network-table';
import { timelineData } from '$lib/charts/timeline/timeline-data';
import { matchEvidence } from './evidence';
import { arbitraryCorpus, arbitraryFilters } from './testing/arbitrary-corpus';
import { buildView, type DashboardView } from './view';

const RUNS = { numRuns: 300, seed: 20261202 };

/** Every corpus × filters pair, as a built view, its rows outlets or the values of a lens. */
const views = fc
	.tuple(arbitraryCorpus, arbitraryFilters, fc.constantFrom(null, 'labels'))
	.map(([corpus, filters, groupBy]) => buildView(corpus, filters, { groupBy }));

const key = (outlet: unknown, frame: unknown) => `${outlet}/${frame}`;

function cells(view: DashboardView) {
	return heatmapRows(view, null).flatMap((row) => row.cells);
}

describe('one count everywhere', () => {
	it('gives each heatmap cell the count and base its evidence lists, under every denominator', () => {
		fc.assert(
			fc.property(views, (view) => {
				for (const cell of cells(view)) {
					const evidence = matchEvidence(view, { outlet: cell.outlet, frame: cell.frame });
					expect(evidence.length).toBe(cell.sentences);
					const articles = new Set(evidence.map((unit) => unit.article)).size;
					const expected = view.filters.denominator === 'articles' ? articles : evidence.length;
					expect(cell.count).toBe(expected);
					expect(cell.count).toBeLessThanOrEqual(cell.base);
					if (cell.base > 0) {
						expect(cell.interval!.low).toBeLessThanOrEqual(cell.share!);
						expect(cell.interval!.high).toBeGreaterThanOrEqual(cell.share!);
					}
				}
			}),
			RUNS
		);
	});

	it('makes the bars’ segments and shares, and both CSVs, agree with the heatmap', () => {
		fc.assert(
			fc.property(views, (view) => {
				const heatmap = new Map(cells(view).map((cell) => [key(cell.outlet, cell.frame), cell]));
				const heatmapCsv = new Map(
					heatmapTable(view).rows.map((row) => [key(row.outlet, row.frame), row])
				);
				expect(heatmapCsv.size).toBe(heatmap.size);
				for (const row of barRows(view)) {
					for (const segment of drawnSegments(row))
						expect(segment.count).toBe(heatmap.get(key(row.outlet, segment.frame))!.sentences);
					for (const share of row.shares)
						expect(share).toEqual(heatmap.get(key(share.outlet, share.frame)));
				}
				const barsCsv = barsTable(view, { mode: 'share' }).rows;
				expect(barsCsv).toHaveLength(heatmap.size);
				for (const { sentences, ...row } of barsCsv) {
					expect(row).toEqual(heatmapCsv.get(key(row.outlet, row.frame)));
					expect(sentences).toBe(heatmap.get(key(row.outlet, row.frame))!.sentences);
				}
				for (const row of barsTable(view, { mode: 'count' }).rows)
					expect(row.sentences).toBeGreaterThan(0);
			}),
			RUNS
		);
	});

	it('counts an outlet’s near-copies of one text once, unless asked to count every copy', () => {
		fc.assert(
			fc.property(views, (view) => {
				for (const unit of view.units) expect(view.copies.folded.has(unit.article)).toBe(false);
				if (view.filters.countCopies) expect(view.copies.folded.size).toBe(0);
				const counted = new Set<string>();
				for (const article of view.articles) {
					if (view.copies.folded.has(article.id)) continue;
					const key = `${view.ownOutlet.get(article.id)}/${article.copyOf ?? article.id}`;
					if (!view.filters.countCopies) expect(counted.has(key)).toBe(false);
					counted.add(key);
				}
			}),
			RUNS
		);
	});

	it('lists as a blind spot exactly the outlets with coded sentences and a zero cell', () => {
		fc.assert(
			fc.property(views, (view) => {
				const listed = new Set(
					blindSpots(view).flatMap((spot) =>
						spot.outlets.map((outlet) => key(outlet.name, spot.frame.id))
					)
				);
				for (const cell of cells(view)) {
					const coded = view.shares.find((s) => s.outlet === cell.outlet)!.codedSentences;
					expect(listed.has(key(cell.outlet, cell.frame))).toBe(coded > 0 && cell.count === 0);
				}
				for (const row of blindSpotsTable(view).rows) {
					const cell = cells(view).find(
						(one) => one.outlet === row.outlet && one.frame === row.frame
					)!;
					expect(row.denominator).toBe(cell.base);
					expect(
						matchEvidence(view, { outlet: String(row.outlet), frame: String(row.frame) })
					).toEqual([]);
				}
			}),
			RUNS
		);
	});

	it('places every timeline sentence once: its columns and notes add up to the cells’ counts', () => {
		fc.assert(
			fc.property(views, (view) => {
				for (const by of ['frame', 'outlet'] as const) {
					const timeline = timelineData(view, by);
					const placed = new Map<string, number>();
					for (const column of timeline.columns)
						for (const segment of column.segments) {
							expect(matchEvidence(view, segment.query)).toHaveLength(segment.count);
							placed.set(segment.series.id, (placed.get(segment.series.id) ?? 0) + segment.count);
						}
					for (const series of timeline.series) {
						const pick = by === 'frame' ? { frame: series.id } : { outlet: series.id };
						const unplaced = timeline.unplaced.reduce(
							(sum, note) => sum + matchEvidence(view, { ...note.query, ...pick }).length,
							0
						);
						const total =
							by === 'frame'
								? cells(view)
										.filter((cell) => cell.frame === series.id)
										.reduce((sum, cell) => sum + cell.sentences, 0)
								: matchEvidence(view, { outlet: series.id }).length;
						expect((placed.get(series.id) ?? 0) + unplaced).toBe(total);
					}
				}
			}),
			RUNS
		);
	});

	it('gives each network edge, and its CSV row, the count its evidence lists', () => {
		fc.assert(
			fc.property(views, (view) => {
				const { edges } = networkData(view);
				const csv = networkTable(view).rows;
				expect(csv).toHaveLength(edges.length);
				for (const edge of edges) {
					const evidence = matchEvidence(view, {
						frame: edge.frame,
						source: edge.source,
						target: edge.target
					});
					expect(evidence).toHaveLength(edge.count);
				}
			}),
			RUNS
		);
	});
});
