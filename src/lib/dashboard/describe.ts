// The filters of a view in words, for chart subtitles (and, later, export captions).
import { describeArticleCount } from '$lib/engine/readable';
import { describeConfidence } from './confidence';
import { describeRange } from './evidence';
import { describeFolding } from './near-copies';
import { STOCK_PARAGRAPHS_NOTE } from './stock-paragraphs';
import type { DashboardView } from './view';

/**
 * "5 outlets · 3 frames · all dates", or the filters that narrow it, naming what they keep, and
 * that stock paragraphs were counted once when the view folded any.
 */
export function describeFilters(view: DashboardView): string {
	const { filters, corpus } = view;
	const parts: string[] = [];
	// Grouped by a lens, the rows are its values: the outlets are those of the articles in sight.
	const named = view.groupBy
		? [...new Set(view.articles.map((article) => view.ownOutlet.get(article.id)!))].sort()
		: view.outlets.map((outlet) => outlet.name);
	parts.push(
		filters.outlets.length > 0 && named.length <= 3
			? named.join(', ')
			: `${named.length} of ${corpus.outlets.length} outlets`
	);
	parts.push(
		filters.frames.length > 0 && view.frames.length < corpus.codebook.frames.length
			? view.frames.map((frame) => frame.id.replaceAll('_', ' ')).join(', ')
			: `all ${corpus.codebook.frames.length} frames`
	);
	parts.push(
		filters.from || filters.to
			? `published ${describeRange(filters.from ?? undefined, filters.to ?? undefined)}`
			: 'all dates'
	);
	if (filters.actor) parts.push(`sentences naming ${filters.actor}`);
	const byLens = new Map<string, string[]>();
	for (const { name, value } of filters.attributes)
		byLens.set(name, [...(byLens.get(name) ?? []), value]);
	for (const [name, values] of byLens) parts.push(`${name}: ${values.join(' or ')}`);
	if (view.groupBy) parts.push(`rows by ${view.groupBy}`);
	if (filters.minConfidence !== null) parts.push(describeConfidence(filters.minConfidence));
	const noText = view.noText.reduce((sum, outlet) => sum + outlet.noText, 0);
	parts.push(describeArticleCount(view.articles.length, noText));
	if (view.stock.repeats.size > 0) parts.push(STOCK_PARAGRAPHS_NOTE);
	const folded = describeFolding(view.copies);
	if (folded) parts.push(folded);
	else if (filters.countCopies && view.copies.copiesOf.size > 0)
		parts.push('every near-copy counted');
	return parts.join(' · ');
}
