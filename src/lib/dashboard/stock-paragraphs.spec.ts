import { describe, expect, it } from 'vitest';
import type { CodedCorpus, EvidenceUnit } from '$lib/coded-corpus';
import { seedView } from '$lib/charts/testing/golden';
import { heatmapRows } from '$lib/charts/heatmap/heatmap-data';
import { chartTable } from '$lib/export/chart-tables';
import { describeFilters } from './describe';
import { matchEvidence } from './evidence';
import { NO_FILTERS, type Filters } from './filters';
import { foldStockParagraphs, STOCK_PARAGRAPHS_NOTE } from './stock-paragraphs';
import { actorsOf, buildView } from './view';

const STOCK =
	'Russia has repeatedly called on Washington to join forces against terrorism in Syria and to coordinate airstrikes on Islamic State targets.';
const BACKGROUND =
	'Syria has been embroiled in a civil war since 2011, with government forces fighting numerous opposition and terrorist groups.';

function unit(id: number, article: number, ordinal: number, text: string, frame: string) {
	return {
		id,
		article,
		ordinal,
		kind: 'body',
		start: 0,
		end: text.length,
		text,
		actors: ['Russia', 'US'],
		codes: [
			{
				frame,
				confidence: 0.9,
				source: frame === 'accusation' ? 'US' : 'Russia',
				targets: [frame === 'accusation' ? 'Russia' : 'US'],
				cues: []
			}
		]
	} satisfies EvidenceUnit;
}

const article = (id: number, outlet: string, iso: string, textUnits: number) => ({
	id,
	outlet,
	title: `${outlet} ${iso}`,
	titleDerived: false,
	published: { iso, precision: 'day' as const },
	dateLabel: iso,
	url: null,
	textUnits,
	noText: null
});

/**
 * Wire prints STOCK (coded cooperation urged) in its three articles of January 2016 and BACKGROUND
 * in its first and last, coded accusation only in the last. The Ledger prints STOCK once. Units
 * 12 (BACKGROUND in article 1) and 30 are uncoded, so, like every uncoded unit, not shipped.
 */
function stockCorpus(): CodedCorpus {
	return {
		codebook: {
			id: 'stock',
			version: '1',
			label: 'Stock',
			frames: [
				{ id: 'cooperation_urged', label: 'Cooperation urged', definition: '' },
				{ id: 'accusation', label: 'Accusation', definition: '' }
			]
		},
		outlets: [
			{ name: 'The Ledger', type: null, domain: null, articles: 1 },
			{ name: 'Wire', type: null, domain: null, articles: 3 }
		],
		articles: [
			article(1, 'Wire', '2016-01-05', 2),
			article(4, 'The Ledger', '2016-01-07', 2),
			article(2, 'Wire', '2016-01-12', 3),
			article(3, 'Wire', '2016-01-19', 2)
		],
		units: [
			unit(11, 1, 0, STOCK, 'cooperation_urged'),
			unit(20, 2, 0, 'Washington accused Moscow of bombing hospitals in Aleppo.', 'accusation'),
			unit(21, 2, 1, STOCK, 'cooperation_urged'),
			unit(31, 3, 0, STOCK, 'cooperation_urged'),
			unit(32, 3, 1, BACKGROUND, 'accusation'),
			unit(41, 4, 0, STOCK, 'cooperation_urged')
		],
		storylines: [],
		storylinesOmitted: 0,
		stockParagraphs: [
			{
				occurrences: [
					{ unit: 11, article: 1, ordinal: 0 },
					{ unit: 21, article: 2, ordinal: 1 },
					{ unit: 31, article: 3, ordinal: 0 }
				]
			},
			{
				occurrences: [
					{ unit: 12, article: 1, ordinal: 1 },
					{ unit: 32, article: 3, ordinal: 1 }
				]
			}
		]
	};
}

const view = (filters: Partial<Filters> = {}) =>
	buildView(stockCorpus(), { ...NO_FILTERS, ...filters });

/** Each outlet's heatmap row as `count/coded of sentences` per frame. */
function heatmap(filters: Partial<Filters> = {}) {
	return Object.fromEntries(
		heatmapRows(view(filters), null).map((row) => [
			row.outlet,
			{
				sentences: row.textUnits,
				coded: row.codedUnits,
				...Object.fromEntries(row.cells.map((cell) => [cell.frame, cell.count]))
			}
		])
	);
}

describe('foldStockParagraphs', () => {
	const { stockParagraphs } = stockCorpus();

	it('counts the first occurrence in sight and keeps the later ones beside it', () => {
		const folded = foldStockParagraphs(stockParagraphs, () => true);
		expect([...folded.repeats]).toEqual([21, 31, 32]);
		expect(folded.repeatsOf.get(11)).toEqual([
			{ unit: 21, article: 2, ordinal: 1 },
			{ unit: 31, article: 3, ordinal: 0 }
		]);
		expect(folded.repeatsOf.get(12)).toEqual([{ unit: 32, article: 3, ordinal: 1 }]);
		expect(Object.fromEntries(folded.repeatsIn)).toEqual({ 2: 1, 3: 2 });
	});

	it('counts a paragraph whose first article is out of sight at the earliest article in sight', () => {
		const folded = foldStockParagraphs(stockParagraphs, (article) => article !== 1);
		expect([...folded.repeats]).toEqual([31]);
		expect([...folded.repeatsOf.keys()]).toEqual([21]);
	});

	it('folds nothing when one occurrence at most is in sight', () => {
		const folded = foldStockParagraphs(stockParagraphs, (article) => article === 3);
		expect(folded.repeats.size).toBe(0);
		expect(folded.repeatsOf.size).toBe(0);
	});
});

describe('a view of a corpus with stock paragraphs', () => {
	it('counts a stock paragraph once per outlet in the heatmap, its denominator included', () => {
		expect(heatmap()).toEqual({
			// Without folding: 3 cooperation urged and 2 accusations of 5 coded, of 7 sentences.
			Wire: { sentences: 4, coded: 2, cooperation_urged: 1, accusation: 1 },
			'The Ledger': { sentences: 2, coded: 1, cooperation_urged: 1, accusation: 0 }
		});
	});

	it('counts a repeat zero times even when its first occurrence is not coded', () => {
		expect(view().units.map((unit) => unit.id)).toEqual([11, 20, 41]);
	});

	it('moves the count to the earliest article in sight when a date filter drops the first', () => {
		expect(heatmap({ from: '2016-01-10' })).toEqual({
			Wire: { sentences: 4, coded: 3, cooperation_urged: 1, accusation: 2 }
		});
		expect(view({ from: '2016-01-10' }).stock.repeatsOf.get(21)).toEqual([
			{ unit: 31, article: 3, ordinal: 0 }
		]);
	});

	it('counts it once in the network, the timeline and the bars, as in their tables', () => {
		expect(chartTable('network', view()).rows).toEqual([
			{
				source_actor: 'Russia',
				target_actor: 'US',
				frame: 'cooperation_urged',
				sentences: 2,
				mutual: 'no'
			},
			{
				source_actor: 'US',
				target_actor: 'Russia',
				frame: 'accusation',
				sentences: 1,
				mutual: 'no'
			}
		]);
		const timeline = chartTable('timeline', view()).rows;
		const sentences = (frame: string) =>
			timeline
				.filter((row) => row.frame === frame)
				.reduce((sum, row) => sum + Number(row.sentences), 0);
		expect([sentences('cooperation_urged'), sentences('accusation')]).toEqual([2, 1]);
		const wire = chartTable('bars', view()).rows.filter((row) => row.outlet === 'Wire');
		expect(wire.map((row) => [row.frame, row.sentences])).toEqual([
			['cooperation_urged', 1],
			['accusation', 1]
		]);
	});

	it('exports the heatmap with the counts it draws', () => {
		const rows = chartTable('heatmap', view()).rows.filter((row) => row.outlet === 'Wire');
		expect(rows.map((row) => [row.frame, row.count, row.denominator])).toEqual([
			['cooperation_urged', 1, 2],
			['accusation', 1, 2]
		]);
	});

	it('lists a stock paragraph once in the evidence, with the articles that repeat it', () => {
		const wire = view();
		const evidence = matchEvidence(wire, { outlet: 'Wire', frame: 'cooperation_urged' });
		expect(evidence.map((unit) => unit.id)).toEqual([11]);
		expect(wire.stock.repeatsOf.get(11)?.map((repeat) => repeat.article)).toEqual([2, 3]);
		const ledger = matchEvidence(wire, { outlet: 'The Ledger', frame: 'cooperation_urged' });
		expect(ledger.map((unit) => unit.id)).toEqual([41]);
		expect(wire.stock.repeatsOf.has(41)).toBe(false);
	});

	it('counts actors for the actor filter with a stock paragraph once', () => {
		expect(actorsOf(stockCorpus())).toEqual([
			{ actor: 'Russia', units: 3 },
			{ actor: 'US', units: 3 }
		]);
	});

	it('says in the subtitle that stock paragraphs were counted once, only when it folded one', () => {
		expect(describeFilters(view())).toContain(STOCK_PARAGRAPHS_NOTE);
		expect(describeFilters(view({ from: '2016-01-15' }))).not.toContain(STOCK_PARAGRAPHS_NOTE);
		expect(describeFilters(seedView())).not.toContain(STOCK_PARAGRAPHS_NOTE);
	});
});
