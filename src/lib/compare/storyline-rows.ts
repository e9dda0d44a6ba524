// The storylines mode's rows: each storyline the chosen outlets tell, with every outlet's units on
// it side by side, ranked so the storylines most outlets share come first.
import type { ArticleSummary, EvidenceUnit, StorylineSummary } from '$lib/coded-corpus';
import { dateInterval, type DashboardView } from '$lib/dashboard/view';
import { MIN_OUTLETS } from './compare-params';

/** One outlet's units on a storyline, oldest article first, then in text order. */
export interface StorylineCell {
	outlet: string;
	units: EvidenceUnit[];
}

export interface StorylineRow {
	storyline: StorylineSummary;
	/** One cell per chosen outlet, in column order; a cell may be empty. */
	cells: StorylineCell[];
	/** Chosen outlets with at least one unit on the storyline. */
	outletsCovered: number;
	/** Units of the chosen outlets on the storyline. */
	units: number;
	/** Those of them that carry a frame. */
	coded: number;
	/** Earliest and latest dated article behind the row's units; null when none is dated. */
	span: { first: ArticleSummary; last: ArticleSummary } | null;
	/** Articles behind the row's units that have no date. */
	undated: number;
	/** Outlets in sight but not chosen that tell the storyline too, most units first. */
	elsewhere: StorylineCell[];
}

interface Lookup {
	unitById: ReadonlyMap<number, EvidenceUnit>;
	articleRank: ReadonlyMap<number, number>;
}

function lookupOf(view: DashboardView): Lookup {
	return {
		unitById: new Map(view.units.map((unit) => [unit.id, unit])),
		articleRank: new Map(view.articles.map((article, i) => [article.id, i]))
	};
}

function rowOf(
	view: DashboardView,
	lookup: Lookup,
	storyline: StorylineSummary,
	outlets: readonly string[]
): StorylineRow {
	const byOutlet = new Map<string, EvidenceUnit[]>();
	for (const id of storyline.units) {
		const unit = lookup.unitById.get(id);
		const outlet = unit && view.articleById.get(unit.article)?.outlet;
		if (!unit || !outlet) continue;
		byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), unit]);
	}
	const order = (a: EvidenceUnit, b: EvidenceUnit) =>
		(lookup.articleRank.get(a.article) ?? 0) - (lookup.articleRank.get(b.article) ?? 0) ||
		a.ordinal - b.ordinal;
	const cells = outlets.map((outlet) => ({
		outlet,
		units: [...(byOutlet.get(outlet) ?? [])].sort(order)
	}));
	const chosen = new Set(outlets);
	const elsewhere = [...byOutlet.entries()]
		.filter(([outlet]) => !chosen.has(outlet))
		.map(([outlet, units]) => ({ outlet, units: [...units].sort(order) }))
		.sort((a, b) => b.units.length - a.units.length || a.outlet.localeCompare(b.outlet));
	const units = cells.flatMap((cell) => cell.units);
	const articles = [...new Set(units.map((unit) => unit.article))].map((id) =>
		view.articleById.get(id)!
	);
	const dated = articles
		.filter((article) => article.published !== null)
		.map((article) => ({ article, span: dateInterval(article.published!) }))
		.sort((a, b) => a.span.from.localeCompare(b.span.from) || a.article.id - b.article.id);
	return {
		storyline,
		cells,
		outletsCovered: cells.filter((cell) => cell.units.length > 0).length,
		units: units.length,
		coded: units.filter((unit) => unit.codes.length > 0).length,
		span: dated.length > 0 ? { first: dated[0]!.article, last: dated.at(-1)!.article } : null,
		undated: articles.length - dated.length,
		elsewhere
	};
}

/** Most chosen outlets covered first, then most units, then the most cohesive, then by key. */
export function compareRows(a: StorylineRow, b: StorylineRow): number {
	return (
		b.outletsCovered - a.outletsCovered ||
		b.units - a.units ||
		b.storyline.cohesion - a.storyline.cohesion ||
		a.storyline.key.localeCompare(b.storyline.key)
	);
}

/**
 * Rows for the storylines in sight that at least `minOutlets` of the chosen outlets tell and that
 * two outlets or more tell in all, ranked. With the default of one, a storyline only one chosen
 * outlet tells still shows, with the others' cells empty: that an outlet leaves an event out is
 * itself what a comparison is for.
 */
export function storylineRows(
	view: DashboardView,
	outlets: readonly string[],
	minOutlets = 1
): StorylineRow[] {
	const lookup = lookupOf(view);
	return view.corpus.storylines
		.map((storyline) => rowOf(view, lookup, storyline, outlets))
		.filter(
			(row) =>
				row.outletsCovered >= Math.max(1, minOutlets) &&
				row.outletsCovered + row.elsewhere.length >= MIN_OUTLETS
		)
		.sort(compareRows);
}

/** The row of one storyline by key, whatever its coverage; null when the corpus has no such key. */
export function storylineRow(
	view: DashboardView,
	outlets: readonly string[],
	key: string
): StorylineRow | null {
	const storyline = view.corpus.storylines.find((candidate) => candidate.key === key);
	return storyline ? rowOf(view, lookupOf(view), storyline, outlets) : null;
}

/** Whether a row's label, terms or quoted text contain the search words (all of them, any case). */
export function rowMatches(row: StorylineRow, search: string): boolean {
	const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = [
		row.storyline.label,
		...row.storyline.terms,
		...row.cells.flatMap((cell) => cell.units.map((unit) => unit.text))
	]
		.join('\n')
		.toLocaleLowerCase();
	return words.every((word) => haystack.includes(word));
}

/** The dates a row spans as people read them: "13 Oct 2015 – c. 11 Dec 2015", or "undated". */
export function describeSpan(row: Pick<StorylineRow, 'span' | 'undated'>): string {
	const undated =
		row.undated > 0 ? `${row.undated} undated article${row.undated === 1 ? '' : 's'}` : '';
	if (!row.span) return undated ? 'undated' : '';
	const { first, last } = row.span;
	const dates =
		first.dateLabel === last.dateLabel ? first.dateLabel : `${first.dateLabel} – ${last.dateLabel}`;
	return undated ? `${dates} (and ${undated})` : dates;
}

/**
 * The member sentence that best shows what a storyline is about: the one naming most of its key
 * terms (a sentence of moderate length on ties). Shown with its outlet, since it is one outlet's
 * wording, not a neutral summary.
 */
export function storylineGist(
	row: Pick<StorylineRow, 'storyline' | 'cells' | 'elsewhere'>
): { unit: EvidenceUnit; outlet: string } | null {
	const words = [
		...new Set(
			row.storyline.terms
				.flatMap((term) => term.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u))
				.filter((word) => word.length >= 3)
		)
	];
	const members = [...row.cells, ...row.elsewhere].flatMap((cell) =>
		cell.units.map((unit) => ({ unit, outlet: cell.outlet }))
	);
	const score = ({ unit }: { unit: EvidenceUnit }) => {
		const text = unit.text.toLocaleLowerCase();
		return words.filter((word) => text.includes(word)).length;
	};
	const misfit = ({ unit }: { unit: EvidenceUnit }) =>
		unit.text.length < 60 ? 60 - unit.text.length : Math.max(0, unit.text.length - 220);
	return (
		[...members].sort(
			(a, b) => score(b) - score(a) || misfit(a) - misfit(b) || a.unit.id - b.unit.id
		)[0] ?? null
	);
}
