import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCodebook, loadCodebook, type Article } from '$lib/engine';
import { ensureAnalysis } from './analyses';
import {
	CorpusAdminError,
	deleteCorpus,
	getManagedCorpus,
	listManagedCorpora,
	recodeCorpus,
	renameCorpus
} from './corpus-admin';
import { importCorpus } from './corpora';
import { ensureSeedCorpus } from './seed-corpus';
import { openStore, type Store } from './store';

function article(file: string, outlet: string, published: string, text: string): Article {
	return {
		file,
		outlet: { name: outlet, domain: null, type: null },
		published: { iso: published, precision: 'day' },
		title: null,
		url: null,
		attribution: null,
		text
	};
}

const EXTRA: Article[] = [
	article(
		'extra.csv:2',
		'Sputnik',
		'2016-02-01',
		'Moscow urged Washington to join forces against ISIS in Syria.'
	),
	article(
		'extra.csv:3',
		'Daily Example',
		'2016-03-05',
		'The Pentagon refused to cooperate with Russia on strikes in Syria.'
	)
];
const OTHER: Article[] = [
	article(
		'other.csv:2',
		'Daily Example',
		'2017-01-09',
		'Officials met in Geneva to talk about Syria.'
	)
];

let dir: string;
let store: Store;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-corpus-admin-'));
	store = openStore(join(dir, 'parallax.db'));
	ensureSeedCorpus(store, 'seeds');
	importCorpus(store, { slug: 'extra', name: 'Extra corpus', source: 'extra.csv' }, EXTRA);
	importCorpus(store, { slug: 'other', name: 'Other corpus', source: 'other.csv' }, OTHER);
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

const idOf = (slug: string) =>
	store.prepare('SELECT id FROM corpora WHERE slug = ?').pluck().get(slug) as number;

/** Every row that matters, so a test can show that nothing but the intended change happened. */
function snapshot() {
	const all = (sql: string) => store.prepare(sql).all();
	return {
		corpora: all('SELECT * FROM corpora ORDER BY id'),
		articles: all('SELECT id, corpus_id, outlet_id, content_hash FROM articles ORDER BY id'),
		outlets: all('SELECT * FROM outlets ORDER BY id'),
		aliases: all('SELECT * FROM outlet_aliases ORDER BY alias'),
		analyses: all('SELECT id, corpus_id, fingerprint FROM analyses ORDER BY id'),
		units: all('SELECT count(*) AS n FROM units')
	};
}

function thrown(run: () => unknown): { field: string; reason: string } {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(CorpusAdminError);
		const { field, reason } = error as CorpusAdminError;
		return { field, reason };
	}
	throw new Error('expected the call to throw');
}

describe('listManagedCorpora', () => {
	it('lists the seed corpus first, then the others in import order, with counts, span and source', () => {
		const corpora = listManagedCorpora(store, defaultCodebook);
		expect(
			corpora.map((c) => [c.slug, c.name, c.isSeed, c.articles, c.outlets, c.firstDate, c.lastDate])
		).toEqual([
			['seeds', 'Seed corpus', true, 5, 5, '2015-10-13', '2017-12-28'],
			['extra', 'Extra corpus', false, 2, 2, '2016-02-01', '2016-03-05'],
			['other', 'Other corpus', false, 1, 1, '2017-01-09', '2017-01-09']
		]);
		expect(corpora.map((c) => c.source)).toEqual(['seeds', 'extra.csv', 'other.csv']);
		expect(corpora.every((c) => /^\d{4}-\d\d-\d\dT/.test(c.importedAt))).toBe(true);
	});

	it('says a corpus is not coded until its first view codes it, then names the codebook', () => {
		expect(getManagedCorpus(store, 'extra', defaultCodebook).coding).toBeNull();
		ensureAnalysis(store, idOf('extra'), defaultCodebook);
		const coding = getManagedCorpus(store, 'extra', defaultCodebook).coding;
		expect(coding).toMatchObject({
			codebookId: defaultCodebook.id,
			codebookVersion: defaultCodebook.version,
			status: 'current'
		});
		expect(coding?.codedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
	});

	it('marks a cached analysis stale when the codebook has changed since it was coded', () => {
		ensureAnalysis(store, idOf('extra'), defaultCodebook);
		const edited = loadCodebook({
			...structuredClone(defaultCodebook),
			version: `${defaultCodebook.version}-edited`
		});
		expect(getManagedCorpus(store, 'extra', edited).coding?.status).toBe('stale');
		expect(getManagedCorpus(store, 'extra', defaultCodebook).coding?.status).toBe('current');
	});

	it('throws naming the corpus when there is no corpus of that slug', () => {
		expect(thrown(() => getManagedCorpus(store, 'nope', defaultCodebook))).toEqual({
			field: 'corpus',
			reason: 'there is no corpus “nope”'
		});
	});
});

describe('renameCorpus', () => {
	it.each([
		['sets the new name and keeps the slug', 'FA-KES 2018', 'FA-KES 2018'],
		['trims the name and squashes its spaces', '  FA-KES \t 2018 ', 'FA-KES 2018'],
		['accepts the corpus’s own name in another case', 'EXTRA CORPUS', 'EXTRA CORPUS']
	])('%s', (_, name, stored) => {
		expect(renameCorpus(store, 'extra', name)).toEqual({
			slug: 'extra',
			previousName: 'Extra corpus',
			name: stored
		});
		expect(store.prepare("SELECT name FROM corpora WHERE slug = 'extra'").pluck().get()).toBe(
			stored
		);
	});

	it.each([
		['an empty name', 'extra', '   ', { field: 'name', reason: 'a corpus needs a name' }],
		[
			'a name longer than 120 characters',
			'extra',
			'x'.repeat(121),
			{ field: 'name', reason: 'a corpus name has at most 120 characters (this one has 121)' }
		],
		[
			'a name with a NUL',
			'extra',
			'Ex\u0000tra',
			{
				field: 'name',
				reason:
					'a corpus name holds a control character (U+0000 at character 3) that no export can hold'
			}
		],
		[
			'a name another corpus has, ignoring case',
			'extra',
			'other CORPUS',
			{
				field: 'name',
				reason: 'another corpus is already called “Other corpus” (names are compared ignoring case)'
			}
		],
		['an unknown slug', 'nope', 'Name', { field: 'corpus', reason: 'there is no corpus “nope”' }]
	])('refuses %s and changes nothing', (_, slug, name, error) => {
		const before = snapshot();
		expect(thrown(() => renameCorpus(store, slug, name))).toEqual(error);
		expect(snapshot()).toEqual(before);
	});
});

describe('deleteCorpus', () => {
	it('deletes the corpus with its articles and analysis, and changes nothing else', () => {
		ensureAnalysis(store, idOf('extra'), defaultCodebook);
		ensureAnalysis(store, idOf('other'), defaultCodebook);
		ensureAnalysis(store, idOf('seeds'), defaultCodebook);
		const before = snapshot();
		const extra = idOf('extra');
		expect(deleteCorpus(store, 'extra')).toEqual({
			slug: 'extra',
			name: 'Extra corpus',
			articles: 2,
			analyses: 1
		});
		const after = snapshot();
		expect(after.corpora).toEqual(before.corpora.filter((c) => (c as { id: number }).id !== extra));
		expect(after.articles).toEqual(
			before.articles.filter((a) => (a as { corpus_id: number }).corpus_id !== extra)
		);
		expect(after.analyses).toEqual(
			before.analyses.filter((a) => (a as { corpus_id: number }).corpus_id !== extra)
		);
		// Outlets are shared and keep their edits, even one left with no article (none here: Daily
		// Example is in the other corpus, Sputnik in the seeds).
		expect(after.outlets).toEqual(before.outlets);
		expect(after.aliases).toEqual(before.aliases);
		const orphans = store
			.prepare(
				'SELECT count(*) FROM units WHERE article_id NOT IN (SELECT id FROM articles) OR analysis_id NOT IN (SELECT id FROM analyses)'
			)
			.pluck()
			.get();
		expect(orphans).toBe(0);
	});

	it('keeps an outlet that no article is left of', () => {
		deleteCorpus(store, 'other');
		deleteCorpus(store, 'extra');
		const daily = store
			.prepare(
				"SELECT (SELECT count(*) FROM articles WHERE outlet_id = o.id) FROM outlets o WHERE name = 'Daily Example'"
			)
			.pluck()
			.get();
		expect(daily).toBe(0);
	});

	it.each([
		[
			'the seed corpus',
			'seeds',
			{
				field: 'corpus',
				reason: 'the seed corpus cannot be deleted: Parallax imports it again on every start'
			}
		],
		['an unknown slug', 'nope', { field: 'corpus', reason: 'there is no corpus “nope”' }]
	])('refuses %s and changes nothing', (_, slug, error) => {
		const before = snapshot();
		expect(thrown(() => deleteCorpus(store, slug))).toEqual(error);
		expect(snapshot()).toEqual(before);
	});
});

describe('recodeCorpus', () => {
	it('drops the cached analysis and codes the corpus again, timing it', () => {
		const first = ensureAnalysis(store, idOf('extra'), defaultCodebook);
		const seeds = ensureAnalysis(store, idOf('seeds'), defaultCodebook);
		const ticks = [100, 1350];
		const outcome = recodeCorpus(store, 'extra', defaultCodebook, () => ticks.shift()!);
		expect(outcome).toMatchObject({
			slug: 'extra',
			name: 'Extra corpus',
			milliseconds: 1250,
			analysis: { corpusId: idOf('extra'), codebookId: defaultCodebook.id, computed: true }
		});
		expect(outcome.analysis.id).not.toBe(first.id);
		expect(outcome.units).toBe(
			store
				.prepare('SELECT count(*) FROM units WHERE analysis_id = ?')
				.pluck()
				.get(outcome.analysis.id)
		);
		expect(outcome.units).toBeGreaterThan(0);
		// Other corpora keep their cache.
		expect(
			store.prepare('SELECT id FROM analyses WHERE corpus_id = ?').pluck().all(idOf('seeds'))
		).toEqual([seeds.id]);
	});

	it('codes a corpus that had no cached analysis', () => {
		const outcome = recodeCorpus(store, 'other', defaultCodebook);
		expect(outcome.analysis.computed).toBe(true);
		expect(outcome.milliseconds).toBeGreaterThanOrEqual(0);
		expect(getManagedCorpus(store, 'other', defaultCodebook).coding?.status).toBe('current');
	});

	it('refuses an unknown slug', () => {
		expect(thrown(() => recodeCorpus(store, 'nope', defaultCodebook))).toEqual({
			field: 'corpus',
			reason: 'there is no corpus “nope”'
		});
	});
});
