// The dashboard view of a coded corpus under the URL's filters: which articles, units and frames
// are in sight, and the counts every chart draws, all from one place so marks and evidence agree.
import { aggregate, type Aggregates } from '$lib/engine/aggregate';
import type { PublicationDate } from '$lib/engine/article';
import { countNoText, type NoTextOutlet } from '$lib/engine/readable';
import {
	isTextUnit,
	type ArticleSummary,
	type CodedCorpus,
	type EvidenceUnit,
	type FrameInfo,
	type OutletSummary
} from '$lib/coded-corpus';
import { withConfidentCodes } from './confidence';
import type { Filters } from './filters';
import { foldNearCopies, type CopyFolding } from './near-copies';
import { shareTable, type OutletShares } from './shares';
import { foldStockParagraphs, type StockFolding } from './stock-paragraphs';

export interface DashboardView {
	corpus: CodedCorpus;
	filters: Filters;
	/** Frames shown, in codebook order. */
	frames: FrameInfo[];
	/**
	 * Outlets shown: those the filter names (or all) that have articles in the date range. Grouped
	 * by a lens, these are its values ("labels: fake"), and every chart's rows are them.
	 */
	outlets: OutletSummary[];
	/** The lens the rows are grouped by, or null for outlets. */
	groupBy: string | null;
	/** Articles in sight, oldest first; grouped by a lens, each `outlet` is its lens value. */
	articles: ArticleSummary[];
	/** Each article's own outlet, whatever the rows are grouped by: what a quote is credited to. */
	ownOutlet: ReadonlyMap<number, string>;
	articleById: ReadonlyMap<number, ArticleSummary>;
	/**
	 * Text units in sight (headline and body) of the articles in sight, less the repeats of stock
	 * paragraphs, each with only its codes at or above the minimum confidence, then kept by the
	 * actor filter on what those codes name.
	 */
	units: EvidenceUnit[];
	/** Stock paragraphs in sight: the repeats left out of `units`, and where each counted one recurs. */
	stock: StockFolding;
	/** Near-copies in sight: an outlet's later copies of a text, left out of every count. */
	copies: CopyFolding;
	/** Per outlet in sight, its articles' headline and body sentences, a stock paragraph once. */
	sentences: ReadonlyMap<string, number>;
	/** Per outlet and per article counts over every codebook frame; shares are of coded units. */
	aggregates: Aggregates;
	/** Per outlet in sight (by name), every codebook frame's share under the chosen denominator. */
	shares: OutletShares[];
	/** Outlets in sight with articles that have no readable text, and how many of theirs. */
	noText: NoTextOutlet[];
}

/** The first and last day a publication date may stand for (a month-dated article spans the month). */
export function dateInterval(date: PublicationDate): { from: string; to: string } {
	const [y, m, d] = date.iso.split('-');
	if (d !== undefined) return { from: date.iso, to: date.iso };
	if (m !== undefined) {
		const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
		return { from: `${y}-${m}-01`, to: `${y}-${m}-${String(last).padStart(2, '0')}` };
	}
	return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Whether an article's date may fall in the range; undated articles fall in no bounded range. */
export function inDateRange(
	published: PublicationDate | null,
	from: string | null,
	to: string | null
): boolean {
	if (!from && !to) return true;
	if (!published) return false;
	const span = dateInterval(published);
	return (!from || span.to >= from) && (!to || span.from <= to);
}

/** Whether a unit names the actor: as a mention, or as the source or a target of one of its codes. */
export function namesActor(unit: EvidenceUnit, actor: string): boolean {
	return (
		unit.actors.includes(actor) ||
		unit.codes.some((code) => code.source === actor || code.targets.includes(actor))
	);
}

/** The row a lens value makes: "labels: fake", or "labels: none" for articles without one. */
export function lensGroup(lens: string, value: string | undefined): string {
	return `${lens}: ${value ?? 'none'}`;
}

/**
 * Whether an article has, for every lens the filter names, one of the values it keeps: the
 * filter's values grouped by lens once, then tested per article.
 */
function attributeTest(wanted: Filters['attributes']): (article: ArticleSummary) => boolean {
	const byName = new Map<string, string[]>();
	for (const { name, value } of wanted) byName.set(name, [...(byName.get(name) ?? []), value]);
	return (article) =>
		[...byName].every(([name, values]) => values.includes(article.lenses?.[name] ?? ''));
}

export function buildView(
	corpus: CodedCorpus,
	filters: Filters,
	{ groupBy = null }: { groupBy?: string | null } = {}
): DashboardView {
	const known = new Set(corpus.codebook.frames.map((frame) => frame.id));
	const chosenFrames = filters.frames.filter((frame) => known.has(frame));
	const frames = corpus.codebook.frames.filter(
		(frame) => chosenFrames.length === 0 || chosenFrames.includes(frame.id)
	);
	const chosenOutlets = new Set(filters.outlets);
	const hasAttributes = attributeTest(filters.attributes);
	const kept = corpus.articles.filter(
		(article) =>
			(chosenOutlets.size === 0 || chosenOutlets.has(article.outlet)) &&
			inDateRange(article.published, filters.from, filters.to) &&
			hasAttributes(article)
	);
	const ownOutlet = new Map(kept.map((article) => [article.id, article.outlet]));
	const copies = foldNearCopies(kept, { countEvery: filters.countCopies });
	const lens = corpus.lenses?.find((one) => one.name === groupBy) ?? null;
	const articles = lens
		? kept.map((article) => ({
				...article,
				outlet: lensGroup(lens.name, article.lenses?.[lens.name])
			}))
		: kept;
	const articleById = new Map(articles.map((article) => [article.id, article]));
	const stock = foldStockParagraphs(corpus.stockParagraphs, (id) => articleById.has(id));
	const sentences = new Map<string, number>();
	for (const { id, outlet, textUnits } of articles) {
		if (copies.folded.has(id)) continue;
		const counted = textUnits - (stock.repeatsIn.get(id) ?? 0);
		sentences.set(outlet, (sentences.get(outlet) ?? 0) + counted);
	}
	const units = corpus.units
		.filter(
			(unit) =>
				articleById.has(unit.article) &&
				!copies.folded.has(unit.article) &&
				isTextUnit(unit) &&
				!stock.repeats.has(unit.id)
		)
		.map((unit) => withConfidentCodes(unit, filters.minConfidence))
		.filter((unit) => !filters.actor || namesActor(unit, filters.actor));
	const present = new Set(articles.map((article) => article.outlet));
	const outlets = lens
		? [...present].sort().map((name) => ({
				name,
				type: null,
				domain: null,
				articles: articles.filter((article) => article.outlet === name).length
			}))
		: corpus.outlets.filter((outlet) => present.has(outlet.name));
	const unitsByArticle = new Map<number, EvidenceUnit[]>();
	for (const unit of units)
		unitsByArticle.set(unit.article, [...(unitsByArticle.get(unit.article) ?? []), unit]);
	const counted = articles.filter((article) => !copies.folded.has(article.id));
	const aggregates = aggregate(
		counted.map((article) => ({
			id: String(article.id),
			outlet: article.outlet,
			units: (unitsByArticle.get(article.id) ?? []).map((unit) => ({
				kind: unit.kind,
				frames: unit.codes
			}))
		})),
		corpus.codebook.frames.map((frame) => frame.id)
	);
	const noText = countNoText(articles);
	const shares = shareTable({
		aggregates,
		articles: counted,
		sentences,
		frames: corpus.codebook.frames.map((frame) => frame.id),
		denominator: filters.denominator
	});
	return {
		corpus,
		filters,
		frames,
		outlets,
		groupBy: lens?.name ?? null,
		articles,
		ownOutlet,
		articleById,
		units,
		stock,
		copies,
		sentences,
		aggregates,
		shares,
		noText
	};
}

/**
 * Actors named in the corpus's coded units, a stock paragraph once, most often first: the choices
 * of the actor filter.
 */
export function actorsOf(corpus: CodedCorpus): { actor: string; units: number }[] {
	const { repeats } = foldStockParagraphs(corpus.stockParagraphs, () => true);
	const counts = new Map<string, number>();
	for (const unit of corpus.units) {
		if (unit.codes.length === 0 || repeats.has(unit.id)) continue;
		const named = new Set([
			...unit.actors,
			...unit.codes.flatMap((code) => [code.source, ...code.targets])
		]);
		for (const actor of named) if (actor) counts.set(actor, (counts.get(actor) ?? 0) + 1);
	}
	return [...counts.entries()]
		.map(([actor, units]) => ({ actor, units }))
		.sort((a, b) => b.units - a.units || a.actor.localeCompare(b.actor));
}
