// Managing corpora as wholes: what each holds and how it was coded, renaming, deleting and re-coding.
import type { Codebook } from '$lib/engine/codebook';
import { lineProblem, squashLine } from '$lib/engine/reading/fields';
import { analysisFingerprint, ensureAnalysis, type AnalysisInfo } from './analyses';
import type { Store } from './store';

/** A corpus's cached analysis: which codebook coded it, when, and whether it still holds. */
export interface CorpusCoding {
	codebookId: string;
	codebookVersion: string;
	codedAt: string;
	/**
	 * `current` when the stored fingerprint matches the corpus under today's codebook and engine;
	 * `stale` when either changed (the next view of the corpus recomputes it).
	 */
	status: 'current' | 'stale';
}

export interface ManagedCorpus {
	id: number;
	slug: string;
	name: string;
	description: string | null;
	/** The folder or file the corpus was read from, as the import recorded it. */
	source: string | null;
	isSeed: boolean;
	importedAt: string;
	articles: number;
	outlets: number;
	firstDate: string | null;
	lastDate: string | null;
	/** Null when the corpus has not been coded yet (or its analysis was dropped). */
	coding: CorpusCoding | null;
}

/** A change to a corpus that cannot be made; `field` names the form field or thing at fault. */
export class CorpusAdminError extends Error {
	constructor(
		readonly field: 'corpus' | 'name' | 'description',
		readonly reason: string
	) {
		super(`${field}: ${reason}`);
		this.name = 'CorpusAdminError';
	}
}

/** Longest corpus name accepted: it has to fit the corpus switcher. */
export const MAX_CORPUS_NAME = 120;

interface CorpusRow {
	id: number;
	slug: string;
	name: string;
	description: string | null;
	source: string | null;
	is_seed: number;
	created_at: string;
	articles: number;
	outlets: number;
	first_date: string | null;
	last_date: string | null;
	codebook_id: string | null;
	codebook_version: string | null;
	coded_at: string | null;
	fingerprint: string | null;
}

const CORPUS_ROWS = `
	SELECT c.id, c.slug, c.name, c.description, c.source, c.is_seed, c.created_at,
		(SELECT count(*) FROM articles a WHERE a.corpus_id = c.id) AS articles,
		(SELECT count(DISTINCT a.outlet_id) FROM articles a WHERE a.corpus_id = c.id) AS outlets,
		(SELECT min(a.published) FROM articles a WHERE a.corpus_id = c.id) AS first_date,
		(SELECT max(a.published) FROM articles a WHERE a.corpus_id = c.id) AS last_date,
		an.codebook_id, an.codebook_version, an.created_at AS coded_at, an.fingerprint
	FROM corpora c
	LEFT JOIN analyses an ON an.id = (
		SELECT id FROM analyses WHERE corpus_id = c.id ORDER BY created_at DESC, id DESC LIMIT 1)`;

function toManaged(store: Store, row: CorpusRow, codebook: Codebook): ManagedCorpus {
	let coding: CorpusCoding | null = null;
	if (row.fingerprint !== null) {
		const hashes = store
			.prepare('SELECT id, content_hash FROM articles WHERE corpus_id = ?')
			.all(row.id) as { id: number; content_hash: string }[];
		coding = {
			codebookId: row.codebook_id!,
			codebookVersion: row.codebook_version!,
			codedAt: row.coded_at!,
			status: analysisFingerprint(codebook, hashes) === row.fingerprint ? 'current' : 'stale'
		};
	}
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		description: row.description,
		source: row.source,
		isSeed: row.is_seed === 1,
		importedAt: row.created_at,
		articles: row.articles,
		outlets: row.outlets,
		firstDate: row.first_date,
		lastDate: row.last_date,
		coding
	};
}

/** Every corpus, the seed corpus first and then by import time, with its coding checked against `codebook`. */
export function listManagedCorpora(store: Store, codebook: Codebook): ManagedCorpus[] {
	const rows = store
		.prepare(`${CORPUS_ROWS} ORDER BY c.is_seed DESC, c.created_at, c.id`)
		.all() as CorpusRow[];
	return rows.map((row) => toManaged(store, row, codebook));
}

/** One corpus by slug, as `listManagedCorpora` describes it; throws when there is none. */
export function getManagedCorpus(store: Store, slug: string, codebook: Codebook): ManagedCorpus {
	const row = store.prepare(`${CORPUS_ROWS} WHERE c.slug = ?`).get(slug) as CorpusRow | undefined;
	if (!row) throw new CorpusAdminError('corpus', `there is no corpus “${slug}”`);
	return toManaged(store, row, codebook);
}

function corpusId(store: Store, slug: string): { id: number; name: string; isSeed: boolean } {
	const row = store.prepare('SELECT id, name, is_seed FROM corpora WHERE slug = ?').get(slug) as
		{ id: number; name: string; is_seed: number } | undefined;
	if (!row) throw new CorpusAdminError('corpus', `there is no corpus “${slug}”`);
	return { id: row.id, name: row.name, isSeed: row.is_seed === 1 };
}

/** Trims a proposed corpus name and says what is wrong with it, if anything. */
export function checkCorpusName(name: string): string {
	const trimmed = squashLine(name);
	if (trimmed === '') throw new CorpusAdminError('name', 'a corpus needs a name');
	const problem = lineProblem(trimmed);
	if (problem) throw new CorpusAdminError('name', `a corpus name ${problem}`);
	if (trimmed.length > MAX_CORPUS_NAME)
		throw new CorpusAdminError(
			'name',
			`a corpus name has at most ${MAX_CORPUS_NAME} characters (this one has ${trimmed.length})`
		);
	return trimmed;
}

/** Longest corpus description accepted: a line saying what the corpus is. */
export const MAX_CORPUS_DESCRIPTION = 1_000;

/** A proposed description as stored (one line, null when blank), or what is wrong with it. */
export function checkCorpusDescription(description: string | undefined): string | null {
	const line = squashLine(description ?? '');
	const problem =
		lineProblem(line) ??
		(line.length > MAX_CORPUS_DESCRIPTION
			? `has at most ${MAX_CORPUS_DESCRIPTION} characters (this one has ${line.length})`
			: null);
	if (problem) throw new CorpusAdminError('description', `a corpus description ${problem}`);
	return line || null;
}

export interface RenameOutcome {
	slug: string;
	previousName: string;
	name: string;
}

/**
 * Renames a corpus. The slug stays, so every link to the corpus (`?corpus=<slug>`) keeps working.
 * Two corpora may not share a name (compared ignoring case): the corpus switcher shows names only.
 */
export function renameCorpus(store: Store, slug: string, name: string): RenameOutcome {
	const corpus = corpusId(store, slug);
	const next = checkCorpusName(name);
	const clash = store
		.prepare('SELECT name FROM corpora WHERE name = ? COLLATE NOCASE AND id != ?')
		.pluck()
		.get(next, corpus.id) as string | undefined;
	if (clash)
		throw new CorpusAdminError(
			'name',
			`another corpus is already called “${clash}” (names are compared ignoring case)`
		);
	store.prepare('UPDATE corpora SET name = ? WHERE id = ?').run(next, corpus.id);
	return { slug, previousName: corpus.name, name: next };
}

export interface DeleteOutcome {
	slug: string;
	name: string;
	articles: number;
	analyses: number;
}

/**
 * Deletes a corpus with its articles and cached analyses, in one transaction. Outlets are shared
 * between corpora and carry the analyst's edits (country, type, aliases), so they are kept even
 * when no article of theirs is left. The seed corpus is refused: it would be imported again on
 * the next start.
 */
export function deleteCorpus(store: Store, slug: string): DeleteOutcome {
	return store.transaction((): DeleteOutcome => {
		const corpus = corpusId(store, slug);
		if (corpus.isSeed)
			throw new CorpusAdminError(
				'corpus',
				'the seed corpus cannot be deleted: Parallax imports it again on every start'
			);
		const count = (sql: string) => store.prepare(sql).pluck().get(corpus.id) as number;
		const articles = count('SELECT count(*) FROM articles WHERE corpus_id = ?');
		const analyses = count('SELECT count(*) FROM analyses WHERE corpus_id = ?');
		// Articles and analyses (with their units, codes and storylines) go by ON DELETE CASCADE.
		store.prepare('DELETE FROM corpora WHERE id = ?').run(corpus.id);
		return { slug, name: corpus.name, articles, analyses };
	})();
}

export interface RecodeOutcome {
	slug: string;
	name: string;
	analysis: AnalysisInfo;
	/** Sentences (units) the new analysis holds. */
	units: number;
	/** Wall time of dropping and recomputing, in milliseconds. */
	milliseconds: number;
}

/**
 * Drops the corpus's cached analysis and codes it again now with `codebook`. If coding fails,
 * the cache stays dropped and the next view of the corpus computes it.
 */
export function recodeCorpus(
	store: Store,
	slug: string,
	codebook: Codebook,
	clock: () => number = () => performance.now()
): RecodeOutcome {
	const corpus = corpusId(store, slug);
	const started = clock();
	store.prepare('DELETE FROM analyses WHERE corpus_id = ?').run(corpus.id);
	const analysis = ensureAnalysis(store, corpus.id, codebook);
	const milliseconds = clock() - started;
	const units = store
		.prepare('SELECT count(*) FROM units WHERE analysis_id = ?')
		.pluck()
		.get(analysis.id) as number;
	return { slug, name: corpus.name, analysis, units, milliseconds };
}
