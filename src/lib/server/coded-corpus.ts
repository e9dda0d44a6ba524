// Reads a corpus's cached analysis into the shape the dashboard views take: coded units with their
// quotes, storylines with their members, and the articles and outlets behind them.
import type { Codebook } from '$lib/engine/codebook';
import { formatPublicationDate } from '$lib/engine/dates';
import type { DatePrecision } from '$lib/engine/article';
import { noTextReason } from '$lib/engine/readable';
import { compareOccurrences } from '$lib/engine/stock-paragraphs';
import type {
	ArticleSummary,
	CodedCorpus,
	Lens,
	EvidenceCode,
	EvidenceUnit,
	OutletSummary,
	StockOccurrence,
	StockParagraph,
	StorylineSummary
} from '$lib/coded-corpus';
import { ensureAnalysis } from './analyses';
import { findLenses } from './lenses';
import { publicationDate } from './articles';
import type { Store } from './store';

/** Storylines beyond this many are counted, not sent: the compare view pages through the first. */
export const STORYLINE_CAP = 300;

interface UnitRow {
	id: number;
	article_id: number;
	ordinal: number;
	start: number;
	end: number;
	kind: EvidenceUnit['kind'];
	actors: string;
}

interface CodeRow {
	unit_id: number;
	frame: string;
	confidence: number;
	source: string | null;
	targets: string;
	cues: string;
}

function toCodes(rows: readonly CodeRow[], unitStart: number): EvidenceCode[] {
	return rows.map((row) => ({
		frame: row.frame,
		confidence: row.confidence,
		source: row.source,
		targets: JSON.parse(row.targets) as string[],
		cues: (JSON.parse(row.cues) as { start: number; end: number; rule: string }[]).map((cue) => ({
			start: cue.start - unitStart,
			end: cue.end - unitStart,
			rule: cue.rule
		}))
	}));
}

/** Builds evidence units from unit rows, their codes and their articles' texts. */
export function toEvidenceUnits(
	units: readonly UnitRow[],
	codes: readonly CodeRow[],
	texts: ReadonlyMap<number, string>
): EvidenceUnit[] {
	const codesByUnit = new Map<number, CodeRow[]>();
	for (const code of codes)
		codesByUnit.set(code.unit_id, [...(codesByUnit.get(code.unit_id) ?? []), code]);
	return units.map((row) => {
		const mentions = JSON.parse(row.actors) as { actor: string }[];
		return {
			id: row.id,
			article: row.article_id,
			ordinal: row.ordinal,
			kind: row.kind,
			start: row.start,
			end: row.end,
			text: (texts.get(row.article_id) ?? '').slice(row.start, row.end),
			actors: [...new Set(mentions.map((mention) => mention.actor))],
			codes: toCodes(codesByUnit.get(row.id) ?? [], row.start)
		};
	});
}

function articleSummaries(
	store: Store,
	corpusId: number,
	analysisId: number
): { articles: ArticleSummary[]; lenses: Lens[] } {
	// Units counted by kind in one pass over the analysis, joined to the articles.
	const rows = store
		.prepare(
			`SELECT a.id, o.name AS outlet, a.title, a.derived_title, a.published, a.date_precision, a.url,
				a.word_count, a.attributes, a.near_copy_of, coalesce(k.text_units, 0) AS text_units, coalesce(k.body, 0) AS body,
				coalesce(k.headlines_and_captions, 0) AS headlines_and_captions
			FROM articles a JOIN outlets o ON o.id = a.outlet_id
			LEFT JOIN (
				SELECT article_id, sum(kind IN ('headline', 'body')) AS text_units, sum(kind = 'body') AS body,
					sum(kind IN ('headline', 'caption')) AS headlines_and_captions
				FROM units WHERE analysis_id = ? GROUP BY article_id
			) k ON k.article_id = a.id
			WHERE a.corpus_id = ? ORDER BY a.published IS NULL, a.published, o.name, a.id`
		)
		.all(analysisId, corpusId) as {
		id: number;
		outlet: string;
		title: string | null;
		derived_title: string | null;
		published: string | null;
		date_precision: DatePrecision | null;
		url: string | null;
		word_count: number;
		attributes: string | null;
		near_copy_of: number | null;
		text_units: number;
		body: number;
		headlines_and_captions: number;
	}[];
	const { lenses, valuesOf } = findLenses(
		rows.map((row) =>
			row.attributes ? (JSON.parse(row.attributes) as Record<string, string>) : null
		)
	);
	const articles = rows.map((row, index): ArticleSummary => {
		const published = publicationDate(row.published, row.date_precision);
		const values = valuesOf(index);
		return {
			id: row.id,
			outlet: row.outlet,
			title: row.title ?? row.derived_title ?? 'Untitled article',
			titleDerived: !row.title,
			published,
			dateLabel: formatPublicationDate(published),
			url: row.url,
			textUnits: row.text_units,
			noText: noTextReason({
				words: row.word_count,
				body: row.body,
				headlinesAndCaptions: row.headlines_and_captions
			}),
			...(values ? { lenses: values } : {}),
			...(row.near_copy_of !== null ? { copyOf: row.near_copy_of } : {})
		};
	});
	return { articles, lenses };
}

function outletSummaries(store: Store, corpusId: number): OutletSummary[] {
	return store
		.prepare(
			`SELECT o.name, o.type, o.domain, count(*) AS articles
			FROM articles a JOIN outlets o ON o.id = a.outlet_id
			WHERE a.corpus_id = ? GROUP BY o.id ORDER BY o.name COLLATE NOCASE`
		)
		.all(corpusId) as OutletSummary[];
}

/** The analysis's stock paragraphs, rebuilt from each repeat's pointer to its first occurrence. */
function stockParagraphs(
	store: Store,
	analysisId: number,
	articles: readonly ArticleSummary[]
): StockParagraph[] {
	const rows = store
		.prepare(
			`SELECT r.id AS unit, r.article_id AS article, r.ordinal,
				f.id AS first_unit, f.article_id AS first_article, f.ordinal AS first_ordinal
			FROM units r JOIN units f ON f.id = r.repeat_of
			WHERE r.analysis_id = ? AND r.repeat_of IS NOT NULL`
		)
		.all(analysisId) as (StockOccurrence & {
		first_unit: number;
		first_article: number;
		first_ordinal: number;
	})[];
	const byFirst = new Map<number, StockOccurrence[]>();
	for (const row of rows) {
		let occurrences = byFirst.get(row.first_unit);
		if (!occurrences) {
			occurrences = [
				{ unit: row.first_unit, article: row.first_article, ordinal: row.first_ordinal }
			];
			byFirst.set(row.first_unit, occurrences);
		}
		occurrences.push({ unit: row.unit, article: row.article, ordinal: row.ordinal });
	}
	const published = new Map(
		articles.map((article) => [article.id, article.published?.iso ?? null])
	);
	const order = (a: StockOccurrence, b: StockOccurrence) =>
		compareOccurrences(
			{ ...a, published: published.get(a.article) ?? null },
			{ ...b, published: published.get(b.article) ?? null }
		);
	return [...byFirst.values()]
		.map((occurrences) => ({ occurrences: occurrences.sort(order) }))
		.sort((a, b) => order(a.occurrences[0]!, b.occurrences[0]!));
}

/**
 * The corpus coded with the codebook (computed once and cached by `ensureAnalysis`): every coded
 * unit and every storyline member, with quotes cut from the stored article texts, and where each
 * stock paragraph occurs.
 */
export function loadCodedCorpus(store: Store, corpusId: number, codebook: Codebook): CodedCorpus {
	const analysis = ensureAnalysis(store, corpusId, codebook);
	return store.transaction((): CodedCorpus => {
		const storylineRows = store
			.prepare(
				`SELECT s.id, s.key, s.label, s.terms, s.cohesion,
					count(DISTINCT a.outlet_id) AS outlets
				FROM storylines s
				JOIN storyline_units su ON su.storyline_id = s.id
				JOIN units u ON u.id = su.unit_id
				JOIN articles a ON a.id = u.article_id
				WHERE s.analysis_id = ? GROUP BY s.id ORDER BY s.rank`
			)
			.all(analysis.id) as {
			id: number;
			key: string;
			label: string;
			terms: string;
			cohesion: number;
			outlets: number;
		}[];
		const crossOutlet = storylineRows.filter((row) => row.outlets >= 2);
		const kept = crossOutlet.slice(0, STORYLINE_CAP);
		const membersOf = store.prepare(
			`SELECT su.unit_id FROM storyline_units su JOIN units u ON u.id = su.unit_id
			WHERE su.storyline_id = ? ORDER BY u.article_id, u.ordinal`
		);
		const storylines: StorylineSummary[] = kept.map((row) => ({
			key: row.key,
			label: row.label,
			terms: JSON.parse(row.terms) as string[],
			cohesion: row.cohesion,
			units: membersOf.pluck().all(row.id) as number[]
		}));
		const storylineUnitIds = new Set(storylines.flatMap((storyline) => storyline.units));

		const coded = store
			.prepare(
				`SELECT u.id, u.article_id, u.ordinal, u.start, u.end, u.kind, u.actors FROM units u
				WHERE u.analysis_id = ? AND EXISTS (SELECT 1 FROM codes c WHERE c.unit_id = u.id)`
			)
			.all(analysis.id) as UnitRow[];
		const codedIds = new Set(coded.map((row) => row.id));
		const unitById = store.prepare(
			'SELECT id, article_id, ordinal, start, end, kind, actors FROM units WHERE id = ?'
		);
		const members = [...storylineUnitIds]
			.filter((id) => !codedIds.has(id))
			.map((id) => unitById.get(id) as UnitRow);
		const units = [...coded, ...members].sort(
			(a, b) => a.article_id - b.article_id || a.ordinal - b.ordinal
		);
		const codes = store
			.prepare(
				`SELECT c.unit_id, c.frame, c.confidence, c.source, c.targets, c.cues
				FROM codes c JOIN units u ON u.id = c.unit_id WHERE u.analysis_id = ? ORDER BY c.id`
			)
			.all(analysis.id) as CodeRow[];
		const textOf = store.prepare('SELECT text FROM articles WHERE id = ?').pluck();
		const texts = new Map(
			[...new Set(units.map((unit) => unit.article_id))].map((id) => [id, textOf.get(id) as string])
		);
		const { articles, lenses } = articleSummaries(store, corpusId, analysis.id);
		return {
			codebook: {
				id: codebook.id,
				version: codebook.version,
				label: codebook.label,
				frames: codebook.frames.map(({ id, label, definition }) => ({ id, label, definition }))
			},
			outlets: outletSummaries(store, corpusId),
			articles,
			units: toEvidenceUnits(units, codes, texts),
			storylines,
			storylinesOmitted: storylineRows.length - storylines.length,
			stockParagraphs: stockParagraphs(store, analysis.id, articles),
			...(lenses.length > 0 ? { lenses } : {})
		};
	})();
}

/** Every unit of one article under the corpus's analysis, in text order, for the article reader. */
export function loadArticleUnits(
	store: Store,
	article: { id: number; corpusId: number; text: string },
	codebook: Codebook
): EvidenceUnit[] {
	const analysis = ensureAnalysis(store, article.corpusId, codebook);
	const units = store
		.prepare(
			`SELECT id, article_id, ordinal, start, end, kind, actors FROM units
			WHERE analysis_id = ? AND article_id = ? ORDER BY ordinal`
		)
		.all(analysis.id, article.id) as UnitRow[];
	const codes = store
		.prepare(
			`SELECT c.unit_id, c.frame, c.confidence, c.source, c.targets, c.cues
			FROM codes c JOIN units u ON u.id = c.unit_id
			WHERE u.analysis_id = ? AND u.article_id = ? ORDER BY c.id`
		)
		.all(analysis.id, article.id) as CodeRow[];
	return toEvidenceUnits(units, codes, new Map([[article.id, article.text]]));
}
