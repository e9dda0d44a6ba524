// Articles with no readable text through the import: counted per outlet in the plan's report,
// under the names the store gives outlets, and found again, the same, once the corpus is coded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countNoText, defaultCodebook } from '$lib/engine';
import { loadCodedCorpus } from '../coded-corpus';
import { openStore, type Store } from '../store';
import { commitImport } from './commit';
import { planImport, reportOf } from './plan';

const csvLine = (cells: string[]) =>
	cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
const csv = (name: string, rows: string[][]) => ({
	name,
	bytes: new TextEncoder().encode([csvLine(['text', 'outlet']), ...rows.map(csvLine)].join('\n'))
});

const DATELINE = 'Published February 18 2015 10:22\nShare this article';
const SHARE = 'Share this article';
const NO_WORD = '— … —';
const ARTICLE = (n: number) =>
	`Officials urged Washington and Moscow to cooperate against ISIS, report ${n} says. The talks continue.`;

const ROWS = [
	[DATELINE, 'dailysabah.com'],
	[ARTICLE(1), 'Reuters'],
	[SHARE, 'DAILYSABAH.COM'],
	[NO_WORD, 'Daily Sabah'],
	[ARTICLE(2), 'dailysabah.com'],
	[SHARE, 'dailysabah.com'],
	[ARTICLE(3), 'reuters'],
	['Posted on April 19 2017 by Staff\nRead more: Turkey and Russia agree on Idlib', 'reuters']
];

let store: Store;
beforeEach(() => {
	store = openStore(':memory:');
	const sabah = store
		.prepare("INSERT INTO outlets (name, domain) VALUES ('Daily Sabah', 'dailysabah.com')")
		.run();
	store
		.prepare("INSERT INTO outlet_aliases (alias, outlet_id) VALUES ('dailysabah.com', ?)")
		.run(sabah.lastInsertRowid);
});
afterEach(() => store.close());

const EXPECTED = [
	{
		outlet: 'Daily Sabah',
		articles: 4,
		noText: 3,
		reasons: [
			{ reason: 'furniture', articles: 2 },
			{ reason: 'empty', articles: 1 }
		]
	},
	{ outlet: 'Reuters', articles: 3, noText: 1, reasons: [{ reason: 'furniture', articles: 1 }] }
];

describe('planImport on articles with no readable text', () => {
	it('counts them per outlet, under the name the store will give it, with why; a repeated text once', () => {
		const plan = planImport([csv('sabah.csv', ROWS)], { store });
		expect(plan.totals).toMatchObject({ rows: 8, good: 7, duplicateTexts: 1, noText: 4 });
		expect(plan.noText).toEqual(EXPECTED);
	});

	it('sends the counts in the report, capping the outlets listed like every other list', () => {
		const plan = planImport([csv('sabah.csv', ROWS)], { store });
		expect(reportOf(plan)).toMatchObject({ noText: EXPECTED, noTextOmitted: 0 });
		const capped = reportOf(plan, 1);
		expect(capped).toMatchObject({ noText: [EXPECTED[0]], noTextOmitted: 1 });
		expect(capped.totals.noText).toBe(4);
	});

	it('names outlets as given, trimmed, when there is no store to resolve them in', () => {
		const plan = planImport([
			csv('a.csv', [
				[SHARE, ' dailysabah.com '],
				[ARTICLE(1), 'RT']
			])
		]);
		expect(plan.noText).toEqual([
			{
				outlet: 'dailysabah.com',
				articles: 1,
				noText: 1,
				reasons: [{ reason: 'furniture', articles: 1 }]
			}
		]);
	});

	it('says nothing when every article has a body sentence', () => {
		const plan = planImport(
			[
				csv('a.csv', [
					[ARTICLE(1), 'RT'],
					[ARTICLE(2), 'BBC']
				])
			],
			{ store }
		);
		expect(plan.totals.noText).toBe(0);
		expect(plan.noText).toEqual([]);
	});
});

describe('an imported corpus with articles that have no readable text', () => {
	it('is coded into exactly the counts the import report gave, per outlet and reason', () => {
		const plan = planImport([csv('sabah.csv', ROWS)], { store });
		const result = commitImport(store, plan, { name: 'Sabah' });
		expect(result.noText).toBe(4);
		const coded = loadCodedCorpus(store, result.corpusId, defaultCodebook);
		expect(countNoText(coded.articles)).toEqual(plan.noText);
		const furniture = coded.articles.filter((article) => article.noText === 'furniture');
		expect(furniture.map((article) => article.textUnits)).toEqual([0, 0, 0]);
	});
});
