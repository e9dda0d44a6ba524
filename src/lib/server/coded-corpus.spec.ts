import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText, defaultCodebook, noTextOf } from '$lib/engine';
import { getArticle, listCorpora } from './articles';
import { loadArticleUnits, loadCodedCorpus } from './coded-corpus';
import { ensureSeedCorpus } from './seed-corpus';
import { openStore, type Store } from './store';

let dir: string;
let store: Store;
let corpusId: number;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-coded-'));
	store = openStore(join(dir, 'parallax.db'));
	ensureSeedCorpus(store, 'seeds');
	corpusId = listCorpora(store)[0]!.id;
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('loadCodedCorpus', () => {
	it('quotes every unit exactly as the article text has it, with cues inside the quote', () => {
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		expect(coded.units.length).toBeGreaterThan(0);
		for (const unit of coded.units) {
			const article = getArticle(store, unit.article)!;
			expect(unit.text).toBe(article.text.slice(unit.start, unit.end));
			for (const cue of unit.codes.flatMap((code) => code.cues)) {
				expect(cue.start).toBeGreaterThanOrEqual(0);
				expect(cue.end).toBeLessThanOrEqual(unit.text.length);
			}
		}
	});

	it('holds every coded unit the engine gives, and the storyline members besides', () => {
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		const engineCoded = coded.articles.flatMap((summary) => {
			const article = getArticle(store, summary.id)!;
			return analyzeText(article.text, defaultCodebook, {
				title: article.title,
				outlet: article.outlet
			}).filter((unit) => unit.frames.length > 0);
		});
		expect(coded.units.filter((unit) => unit.codes.length > 0)).toHaveLength(engineCoded.length);
		const ids = new Set(coded.units.map((unit) => unit.id));
		for (const storyline of coded.storylines)
			for (const id of storyline.units) expect(ids.has(id)).toBe(true);
	});

	it('keeps only storylines told by two outlets or more, with their cohesion', () => {
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		const outletOf = new Map(coded.articles.map((a) => [a.id, a.outlet]));
		const unitArticle = new Map(coded.units.map((u) => [u.id, u.article]));
		expect(coded.storylines.length).toBeGreaterThan(0);
		for (const storyline of coded.storylines) {
			const outlets = new Set(storyline.units.map((id) => outletOf.get(unitArticle.get(id)!)));
			expect(outlets.size).toBeGreaterThanOrEqual(2);
			expect(storyline.cohesion).toBeGreaterThan(0);
		}
	});

	it('counts each article’s headline and body units', () => {
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		for (const summary of coded.articles) {
			const article = getArticle(store, summary.id)!;
			const units = analyzeText(article.text, defaultCodebook, { title: article.title });
			expect(summary.textUnits).toBe(
				units.filter((unit) => unit.kind === 'headline' || unit.kind === 'body').length
			);
		}
	});

	it('tells each article’s readable text from its stored units as the import read it from its text', () => {
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		for (const summary of coded.articles) {
			const article = getArticle(store, summary.id)!;
			expect(summary.noText).toBe(noTextOf(article.text, { title: article.title }));
		}
		expect(coded.articles.map((summary) => summary.noText)).toEqual([null, null, null, null, null]);
	});
});

describe('loadArticleUnits', () => {
	it('returns every unit of the article in text order, covering its text', () => {
		const summary = loadCodedCorpus(store, corpusId, defaultCodebook).articles[0]!;
		const article = getArticle(store, summary.id)!;
		const units = loadArticleUnits(store, article, defaultCodebook);
		expect(units.map((unit) => unit.ordinal)).toEqual(units.map((_, i) => i));
		for (let i = 1; i < units.length; i++)
			expect(units[i]!.start).toBeGreaterThanOrEqual(units[i - 1]!.end);
		expect(units.map((unit) => unit.text)).toEqual(
			analyzeText(article.text, defaultCodebook, { title: article.title }).map((unit) => unit.text)
		);
	});
});
