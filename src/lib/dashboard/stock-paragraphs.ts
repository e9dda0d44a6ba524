// Stock paragraphs under a view: of an outlet's repeats of one, only the first in sight is counted,
// and the others are kept beside it to be shown, never counted, in any chart, export or evidence.
import type { StockOccurrence, StockParagraph } from '$lib/coded-corpus';

/** How the dashboard says, beside its numbers, that repeats were folded. */
export const STOCK_PARAGRAPHS_NOTE =
	"stock paragraphs repeated across an outlet's articles counted once";

export interface StockFolding {
	/** Units in sight that repeat a stock paragraph counted in an earlier article in sight. */
	repeats: ReadonlySet<number>;
	/** For each counted occurrence (by unit id), its repeats in sight, in article order. */
	repeatsOf: ReadonlyMap<number, readonly StockOccurrence[]>;
	/** Per article in sight, how many of its sentences are such repeats. */
	repeatsIn: ReadonlyMap<number, number>;
}

/**
 * Folds each stock paragraph into its first occurrence among the articles in sight: a date range
 * that leaves its first article out counts it at the earliest article it keeps, once.
 */
export function foldStockParagraphs(
	paragraphs: readonly StockParagraph[],
	inSight: (article: number) => boolean
): StockFolding {
	const repeats = new Set<number>();
	const repeatsOf = new Map<number, StockOccurrence[]>();
	const repeatsIn = new Map<number, number>();
	for (const paragraph of paragraphs) {
		const [counted, ...later] = paragraph.occurrences.filter((o) => inSight(o.article));
		if (!counted || later.length === 0) continue;
		repeatsOf.set(counted.unit, later);
		for (const repeat of later) {
			repeats.add(repeat.unit);
			repeatsIn.set(repeat.article, (repeatsIn.get(repeat.article) ?? 0) + 1);
		}
	}
	return { repeats, repeatsOf, repeatsIn };
}
