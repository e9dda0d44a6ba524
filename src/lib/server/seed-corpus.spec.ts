import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '$lib/engine';
import { getArticle, listArticles, listCorpora } from './articles';
import { ensureSeedCorpus } from './seed-corpus';
import { openStore, type Store } from './store';

let dir: string;
let store: Store;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-seeds-'));
	store = openStore(join(dir, 'parallax.db'));
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('ensureSeedCorpus', () => {
	it('imports the five seed articles with their outlets, dates and derived titles', () => {
		expect(ensureSeedCorpus(store, 'seeds')).toEqual({ status: 'imported', articles: 5 });
		const [corpus] = listCorpora(store);
		expect(corpus).toMatchObject({ slug: 'seeds', isSeed: true, articles: 5, outlets: 5 });
		const articles = listArticles(store, corpus!.id);
		expect(articles.map((a) => [a.outlet, a.dateLabel, a.titleDerived])).toEqual([
			['RT', '13 Oct 2015', true],
			["The People's Voice (formerly YourNewsWire)", 'c. 15 Oct 2015', false],
			['Sputnik', '12 Nov 2015', true],
			['World Israel News', 'c. 11 Dec 2015', false],
			['interiordesignfuture.com', '28 Dec 2017', false]
		]);
		expect(articles[2]?.title).toMatch(/^Direct military cooperation between the United States/);
	});

	it('keeps each text exactly as the file has it, no-break spaces and curly quotes included', async () => {
		ensureSeedCorpus(store, 'seeds');
		const { readFileSync } = await import('node:fs');
		const [corpus] = listCorpora(store);
		for (const listing of listArticles(store, corpus!.id)) {
			const article = getArticle(store, listing.id)!;
			expect(article.text).toBe(readFileSync(article.sourceFile, 'utf8'));
		}
	});

	it('imports nothing the second time', () => {
		ensureSeedCorpus(store, 'seeds');
		expect(ensureSeedCorpus(store, 'seeds')).toEqual({ status: 'present', articles: 5 });
		expect(store.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
		expect(store.prepare('SELECT count(*) FROM corpora').pluck().get()).toBe(1);
	});

	it('writes nothing when one file of the folder is bad', () => {
		const seeds = join(dir, 'seeds');
		cpSync('seeds', seeds, { recursive: true });
		writeFileSync(
			join(seeds, '003_d5622a5d7157ae03.txt'),
			new Uint8Array([0x49, 0x53, 0x81, 0x00, 0xff])
		);
		expect(() => ensureSeedCorpus(store, seeds)).toThrow(InputError);
		expect(store.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
		expect(store.prepare('SELECT count(*) FROM corpora').pluck().get()).toBe(0);
	});
});
