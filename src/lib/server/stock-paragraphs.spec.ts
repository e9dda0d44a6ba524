// Stock paragraphs through the store: found when a corpus is analysed, kept with the analysis, and
// read back with the coded corpus, on the fixture the end-to-end test imports.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '$lib/dashboard/filters';
import { buildView } from '$lib/dashboard/view';
import { analyzeText, defaultCodebook, readArticleFile } from '$lib/engine';
import { stockParagraphKey } from '$lib/engine/stock-paragraphs';
import { ensureAnalysis } from './analyses';
import { getArticle } from './articles';
import { loadArticleUnits, loadCodedCorpus } from './coded-corpus';
import { importCorpus } from './corpora';
import { openStore, type Store } from './store';

/** Nordwire prints one sentence in its three articles; The Ledger prints it once. */
const FIXTURE = 'tests/fixtures/stock-paragraphs.csv';

let dir: string;
let store: Store;
let corpusId: number;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-stock-'));
	store = openStore(join(dir, 'parallax.db'));
	const read = readArticleFile({ name: FIXTURE, bytes: readFileSync(FIXTURE) });
	expect(read.errors).toEqual([]);
	corpusId = importCorpus(store, { slug: 'stock', name: 'Stock' }, read.articles).corpusId;
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

/** The fixture's articles of one outlet, each with the engine's units for its text. */
function engineArticles(outlet: string) {
	return loadCodedCorpus(store, corpusId, defaultCodebook)
		.articles.filter((summary) => summary.outlet === outlet)
		.map((summary) => {
			const article = getArticle(store, summary.id)!;
			const units = analyzeText(article.text, defaultCodebook, { title: article.title, outlet });
			return { summary, units };
		});
}

describe('stock paragraphs in a stored analysis', () => {
	it('finds the sentence Nordwire repeats, first in its earliest article, and nothing else', () => {
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		const title = new Map(coded.articles.map((article) => [article.id, article.title]));
		expect(
			coded.stockParagraphs.map((p) => p.occurrences.map((o) => title.get(o.article)))
		).toEqual([
			['Moscow renews its offer', 'Ministers meet in Vienna', 'Talks to resume in Geneva']
		]);
		// The earliest article is not the first imported: the date decides, not the id.
		const [first, ...later] = coded.stockParagraphs[0]!.occurrences;
		expect(first!.article).toBeGreaterThan(Math.min(...later.map((o) => o.article)));
		const texts = coded.stockParagraphs[0]!.occurrences.map((o) => {
			const article = getArticle(store, o.article)!;
			const unit = loadArticleUnits(store, article, defaultCodebook)[o.ordinal]!;
			expect(unit.id).toBe(o.unit);
			return stockParagraphKey(unit.text);
		});
		expect(new Set(texts).size).toBe(1);
	});

	it('keeps the repeats with the analysis, so a cached view reads the same paragraphs', () => {
		const first = loadCodedCorpus(store, corpusId, defaultCodebook).stockParagraphs;
		expect(ensureAnalysis(store, corpusId, defaultCodebook).computed).toBe(false);
		expect(loadCodedCorpus(store, corpusId, defaultCodebook).stockParagraphs).toEqual(first);
		expect(
			store.prepare('SELECT count(*) FROM units WHERE repeat_of IS NOT NULL').pluck().get()
		).toBe(2);
	});

	it('counts in the overview what the engine codes, the repeated sentence once per outlet', () => {
		const view = buildView(loadCodedCorpus(store, corpusId, defaultCodebook), NO_FILTERS);
		const profiles = new Map(view.aggregates.outlets.map((profile) => [profile.outlet, profile]));
		for (const [outlet, repeats] of [
			['Nordwire', 2],
			['The Ledger', 0]
		] as const) {
			const units = engineArticles(outlet).flatMap(({ units }) =>
				units.filter((unit) => unit.kind === 'body' || unit.kind === 'headline')
			);
			const stock = units.filter((unit) => unit.text.includes('Islamic State targets'));
			expect(stock).toHaveLength(repeats + 1);
			expect(stock.every((unit) => unit.frames.length > 0)).toBe(true);
			const profile = profiles.get(outlet)!;
			expect(view.sentences.get(outlet)).toBe(units.length - repeats);
			expect(profile.codedUnits).toBe(
				units.filter((unit) => unit.frames.length > 0).length - repeats
			);
			for (const { id } of defaultCodebook.frames) {
				const carrying = units.filter((unit) => unit.frames.some((f) => f.frame === id));
				const stockCarries = stock[0]!.frames.some((f) => f.frame === id);
				expect(profile.frames[id]!.count).toBe(carrying.length - (stockCarries ? repeats : 0));
			}
		}
	});
});
