// Codes a corpus with a codebook once and keeps the result: units, frame codes, storylines and
// stock paragraphs are stored per (corpus, codebook, engine) fingerprint and recomputed only when
// one of them changes.
import { createHash } from 'node:crypto';
import { analyzeText, ENGINE_VERSION, type Codebook, type CodedUnit } from '$lib/engine';
import { alignStorylines, type StorylineDocument } from '$lib/engine/storylines';
import {
	findStockParagraphs,
	STOCK_PARAGRAPHS_VERSION,
	type StockCandidate
} from '$lib/engine/stock-paragraphs';
import { isTextUnit } from '$lib/coded-corpus';
import type { Store } from './store';

export interface AnalysisInfo {
	id: number;
	corpusId: number;
	codebookId: string;
	codebookVersion: string;
	frames: string[];
	/** True when this call computed the analysis rather than finding it stored. */
	computed: boolean;
}

interface ArticleForAnalysis {
	id: number;
	outlet: string;
	published: string | null;
	title: string | null;
	text: string;
}

/** Identifies what an analysis depends on: the engine, the codebook's content and the corpus's texts. */
export function analysisFingerprint(
	codebook: Codebook,
	articles: readonly { id: number; content_hash: string }[]
): string {
	const hash = createHash('sha256');
	hash.update(`engine ${ENGINE_VERSION}\n`);
	hash.update(`stock paragraphs ${STOCK_PARAGRAPHS_VERSION}\n`);
	hash.update(`codebook ${JSON.stringify(codebook)}\n`);
	for (const article of [...articles].sort((a, b) => a.id - b.id))
		hash.update(`${article.id} ${article.content_hash}\n`);
	return hash.digest('hex');
}

function stored(store: Store, corpusId: number, fingerprint: string): AnalysisInfo | undefined {
	const row = store
		.prepare(
			'SELECT id, codebook_id, codebook_version, frames FROM analyses WHERE corpus_id = ? AND fingerprint = ?'
		)
		.get(corpusId, fingerprint) as
		{ id: number; codebook_id: string; codebook_version: string; frames: string } | undefined;
	if (!row) return undefined;
	return {
		id: row.id,
		corpusId,
		codebookId: row.codebook_id,
		codebookVersion: row.codebook_version,
		frames: JSON.parse(row.frames) as string[],
		computed: false
	};
}

/** The stock paragraphs among the sentences the charts count, one outlet at a time. */
function stockParagraphsOf(
	articles: readonly ArticleForAnalysis[],
	coded: ReadonlyMap<number, readonly CodedUnit[]>
): StockCandidate[][] {
	const sentences: StockCandidate[] = [];
	for (const { id, outlet, published } of articles)
		coded.get(id)!.forEach((unit, ordinal) => {
			if (isTextUnit(unit))
				sentences.push({ article: id, outlet, published, ordinal, text: unit.text });
		});
	return findStockParagraphs(sentences);
}

/**
 * Returns the corpus's analysis under the codebook, computing and storing it (in one transaction,
 * replacing older analyses of the corpus) when the corpus, codebook or engine has changed.
 */
export function ensureAnalysis(store: Store, corpusId: number, codebook: Codebook): AnalysisInfo {
	// Only ids and hashes are needed to know whether the stored analysis still holds; the texts
	// are read only when it has to be computed.
	const hashes = store
		.prepare('SELECT id, content_hash FROM articles WHERE corpus_id = ?')
		.all(corpusId) as { id: number; content_hash: string }[];
	const fingerprint = analysisFingerprint(codebook, hashes);
	const existing = stored(store, corpusId, fingerprint);
	if (existing) return existing;

	const articles = store
		.prepare(
			`SELECT a.id, o.name AS outlet, a.published, a.title, a.text
			FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.corpus_id = ? ORDER BY a.id`
		)
		.all(corpusId) as ArticleForAnalysis[];
	const coded = new Map<number, CodedUnit[]>(
		articles.map((article) => [
			article.id,
			analyzeText(article.text, codebook, { title: article.title, outlet: article.outlet })
		])
	);
	const documents: StorylineDocument[] = articles.map((article) => ({
		id: String(article.id),
		outlet: article.outlet,
		published: article.published,
		units: coded.get(article.id)!
	}));
	const storylines = alignStorylines(documents);
	const stockParagraphs = stockParagraphsOf(articles, coded);
	const frames = codebook.frames.map((frame) => frame.id);

	return store.transaction((): AnalysisInfo => {
		store.prepare('DELETE FROM analyses WHERE corpus_id = ?').run(corpusId);
		const analysisId = Number(
			store
				.prepare(
					`INSERT INTO analyses (corpus_id, codebook_id, codebook_version, frames, fingerprint, created_at)
					VALUES (?, ?, ?, ?, ?, ?)`
				)
				.run(
					corpusId,
					codebook.id,
					codebook.version,
					JSON.stringify(frames),
					fingerprint,
					new Date().toISOString()
				).lastInsertRowid
		);
		const insertUnit = store.prepare(
			'INSERT INTO units (analysis_id, article_id, ordinal, start, end, kind, actors) VALUES (?, ?, ?, ?, ?, ?, ?)'
		);
		const insertCode = store.prepare(
			'INSERT INTO codes (unit_id, frame, confidence, source, targets, cues) VALUES (?, ?, ?, ?, ?, ?)'
		);
		const unitIds = new Map<string, number>();
		const idsByArticle = new Map<number, number[]>();
		for (const [articleId, units] of coded) {
			const ids: number[] = [];
			idsByArticle.set(articleId, ids);
			units.forEach((unit, ordinal) => {
				const unitId = Number(
					insertUnit.run(
						analysisId,
						articleId,
						ordinal,
						unit.start,
						unit.end,
						unit.kind,
						JSON.stringify(unit.actors)
					).lastInsertRowid
				);
				unitIds.set(`${articleId}:${unit.start}:${unit.end}`, unitId);
				ids.push(unitId);
				for (const code of unit.frames) {
					insertCode.run(
						unitId,
						code.frame,
						code.confidence,
						code.source,
						JSON.stringify(code.targets),
						JSON.stringify(code.cues)
					);
				}
			});
		}
		// Each later occurrence of a stock paragraph points at the first, the one the charts count.
		const markRepeat = store.prepare('UPDATE units SET repeat_of = ? WHERE id = ?');
		for (const [first, ...repeats] of stockParagraphs) {
			const firstId = idsByArticle.get(first!.article)![first!.ordinal]!;
			for (const repeat of repeats)
				markRepeat.run(firstId, idsByArticle.get(repeat.article)![repeat.ordinal]!);
		}
		const insertStoryline = store.prepare(
			'INSERT INTO storylines (analysis_id, key, label, terms, rank, cohesion) VALUES (?, ?, ?, ?, ?, ?)'
		);
		const insertMember = store.prepare(
			'INSERT OR IGNORE INTO storyline_units (storyline_id, unit_id) VALUES (?, ?)'
		);
		storylines.forEach((storyline, rank) => {
			const storylineId = Number(
				insertStoryline.run(
					analysisId,
					storyline.id,
					storyline.label,
					JSON.stringify(storyline.terms),
					rank,
					storyline.cohesion
				).lastInsertRowid
			);
			for (const member of storyline.units) {
				const unitId = unitIds.get(`${member.document}:${member.start}:${member.end}`);
				if (unitId !== undefined) insertMember.run(storylineId, unitId);
			}
		});
		return {
			id: analysisId,
			corpusId,
			codebookId: codebook.id,
			codebookVersion: codebook.version,
			frames,
			computed: true
		};
	})();
}
