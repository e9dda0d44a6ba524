import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeText, defaultCodebook, loadCodebook } from '$lib/engine';
import { ensureAnalysis } from './analyses';
import { listCorpora } from './articles';
import { ensureSeedCorpus } from './seed-corpus';
import { openStore, type Store } from './store';

let dir: string;
let store: Store;
let corpusId: number;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-analyses-'));
	store = openStore(join(dir, 'parallax.db'));
	ensureSeedCorpus(store, 'seeds');
	corpusId = listCorpora(store)[0]!.id;
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string) => store.prepare(sql).pluck().get() as number;
const value = (sql: string) => store.prepare(sql).pluck().get() as string;

describe('ensureAnalysis', () => {
	it('stores every unit and code the engine gives for the corpus, and its storylines', () => {
		const analysis = ensureAnalysis(store, corpusId, defaultCodebook);
		expect(analysis).toMatchObject({
			corpusId,
			codebookId: defaultCodebook.id,
			codebookVersion: defaultCodebook.version,
			frames: defaultCodebook.frames.map((frame) => frame.id),
			computed: true
		});
		const texts = store
			.prepare(
				'SELECT a.title, a.text, o.name AS outlet FROM articles a JOIN outlets o ON o.id = a.outlet_id'
			)
			.all() as { title: string | null; text: string; outlet: string }[];
		// As the store codes them: a state outlet's narration is its side's voice.
		const expected = texts.map((a) =>
			analyzeText(a.text, defaultCodebook, { title: a.title, outlet: a.outlet })
		);
		expect(count('SELECT count(*) FROM units')).toBe(expected.flat().length);
		expect(count('SELECT count(*) FROM codes')).toBe(
			expected.flat().reduce((n, unit) => n + unit.frames.length, 0)
		);
		expect(count('SELECT count(*) FROM storylines')).toBeGreaterThan(0);
		expect(count('SELECT count(*) FROM storyline_units')).toBeGreaterThanOrEqual(
			2 * count('SELECT count(*) FROM storylines')
		);
	});

	it('finds the stored analysis the second time instead of recomputing it', () => {
		const first = ensureAnalysis(store, corpusId, defaultCodebook);
		const second = ensureAnalysis(store, corpusId, defaultCodebook);
		expect(second).toEqual({ ...first, computed: false });
		expect(count('SELECT count(*) FROM analyses')).toBe(1);
	});

	it('recomputes, replacing the old analysis, when the codebook changes', () => {
		const first = ensureAnalysis(store, corpusId, defaultCodebook);
		const edited = loadCodebook({
			...structuredClone(defaultCodebook),
			version: `${defaultCodebook.version}-edited`
		});
		const second = ensureAnalysis(store, corpusId, edited);
		expect(second.computed).toBe(true);
		expect(second.codebookVersion).toBe(`${defaultCodebook.version}-edited`);
		expect(value('SELECT codebook_version FROM analyses')).toBe(
			`${defaultCodebook.version}-edited`
		);
		// The old analysis's units went with it: the store holds one analysis's worth.
		expect(count('SELECT count(DISTINCT analysis_id) FROM units')).toBe(1);
		expect(first.codebookVersion).toBe(defaultCodebook.version);
	});

	it('keeps unit offsets that slice each article to the unit text', () => {
		ensureAnalysis(store, corpusId, defaultCodebook);
		const rows = store
			.prepare('SELECT a.text, u.start, u.end FROM units u JOIN articles a ON a.id = u.article_id')
			.all() as { text: string; start: number; end: number }[];
		for (const row of rows)
			expect(row.text.slice(row.start, row.end).trim().length).toBeGreaterThan(0);
	});
});
