// Near-copies from import to view: the store marks an outlet's re-post and another outlet's run of
// the same wire story, the import plan lists them, and the overview counts the re-post once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCodebook, type Article } from '$lib/engine';
import { NO_FILTERS } from '$lib/dashboard/filters';
import { buildView } from '$lib/dashboard/view';
import { matchEvidence } from '$lib/dashboard/evidence';
import { importCorpus } from './corpora';
import { loadCodedCorpus } from './coded-corpus';
import { planImport } from './import/plan';
import { openStore, type Store } from './store';

const STORY =
	'Russia accused the United States of shielding terrorists in Syria on Monday, as government forces ' +
	'pressed an offensive on rebel-held areas of Idlib province. The foreign ministry said Washington ' +
	'was protecting militants who had shelled residential districts of Aleppo, killing at least twelve ' +
	'civilians, and called on the coalition to stop supplying weapons to armed groups in the north. ' +
	'Officials in Washington rejected the charge and said the strikes had hit hospitals and markets.';
const OTHER =
	'Turkey and Iran agreed to hold further talks on the future of northern Syria after their foreign ' +
	'ministers met in Ankara, officials said, with both sides calling for a political settlement and ' +
	'for the return of refugees once fighting around the border towns has ended for good this year.';

const article = (file: string, outlet: string, text: string): Article => ({
	file,
	outlet: { name: outlet, domain: null, type: null },
	published: { iso: '2017-04-05', precision: 'day' },
	title: null,
	url: null,
	attribution: null,
	text
});

const ARTICLES = [
	article('wire.csv:2', 'Wire', STORY),
	article('wire.csv:3', 'Wire', `UPDATED: ${STORY} More to follow.`),
	article('wire.csv:4', 'Daily', `DAMASCUS (Wire) - ${STORY}`),
	article('wire.csv:5', 'Wire', OTHER)
];

let dir: string;
let store: Store;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-near-copies-'));
	store = openStore(join(dir, 'parallax.db'));
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('near-copies', () => {
	it('are marked at import with the first article they repeat', () => {
		const { corpusId } = importCorpus(
			store,
			{ slug: 'wire', name: 'Wire', source: 'wire.csv' },
			ARTICLES
		);
		const rows = store
			.prepare('SELECT source_file, near_copy_of FROM articles WHERE corpus_id = ? ORDER BY id')
			.all(corpusId) as { source_file: string; near_copy_of: number | null }[];
		const first = store.prepare('SELECT min(id) FROM articles').pluck().get() as number;
		expect(rows.map((row) => row.near_copy_of)).toEqual([null, first, first, null]);
	});

	it('are listed in the import plan, file and row', () => {
		const csv = [
			'outlet,text',
			...ARTICLES.map((one) => `${one.outlet.name},"${one.text.replaceAll('"', '""')}"`)
		].join('\n');
		const plan = planImport([{ name: 'wire.csv', bytes: new TextEncoder().encode(csv) }]);
		expect(plan.totals.nearCopies).toBe(2);
		expect(plan.nearCopies).toEqual([
			{ file: 'wire.csv', row: 3, sameAs: { file: 'wire.csv', row: 2 } },
			{ file: 'wire.csv', row: 4, sameAs: { file: 'wire.csv', row: 2 } }
		]);
	});

	it('count once per outlet on the overview, and every time when asked', () => {
		const { corpusId } = importCorpus(
			store,
			{ slug: 'wire', name: 'Wire', source: 'wire.csv' },
			ARTICLES
		);
		const coded = loadCodedCorpus(store, corpusId, defaultCodebook);
		const once = buildView(coded, NO_FILTERS);
		const every = buildView(coded, { ...NO_FILTERS, countCopies: true });
		const accusing = (view: typeof once, outlet: string) =>
			matchEvidence(view, { outlet, frame: 'accusation' }).length;
		expect(accusing(once, 'Wire')).toBeGreaterThan(0);
		// Counting every copy adds exactly the re-post's own accusing sentences.
		const [repost] = once.copies.folded;
		const inRepost = matchEvidence(every, { outlet: 'Wire', frame: 'accusation' }).filter(
			(unit) => unit.article === repost
		).length;
		expect(inRepost).toBeGreaterThan(0);
		expect(accusing(every, 'Wire')).toBe(accusing(once, 'Wire') + inRepost);
		// Daily's run of the wire story is its own, and counts for Daily either way.
		expect(accusing(once, 'Daily')).toBe(accusing(every, 'Daily'));
		expect(once.copies.folded.size).toBe(1);
		expect(once.shares.find((row) => row.outlet === 'Wire')!.articles).toBe(2);
	});
});
