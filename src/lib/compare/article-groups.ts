// Units under the article they come from, so a column or a cell names each article once.
import type { ArticleSummary, EvidenceUnit } from '$lib/coded-corpus';

export interface ArticleGroup {
	article: ArticleSummary;
	units: EvidenceUnit[];
}

/** Consecutive units of the same article, together, in the order given. */
export function groupByArticle(
	units: readonly EvidenceUnit[],
	articleById: ReadonlyMap<number, ArticleSummary>
): ArticleGroup[] {
	const groups: ArticleGroup[] = [];
	for (const unit of units) {
		const last = groups.at(-1);
		if (last && last.article.id === unit.article) last.units.push(unit);
		else {
			const article = articleById.get(unit.article);
			if (article) groups.push({ article, units: [unit] });
		}
	}
	return groups;
}
