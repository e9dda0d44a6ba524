// Drawing articles from the real corpora and writing blind coding sheets: shared by the gold's
// sampler (sample.ts) and the training set's (train-sample.ts).
import type { ReadArticle } from '../../src/lib/engine';

/** What a coding sheet needs of a drawn article: its key and its units' spans. */
export interface SheetArticle {
	key: string;
	units: [number, number][];
}

// Which side a text names, for drawing only (the codebook's sides, by their common names).
export const WEST =
	/\b(?:United States|U\.S\.|US|Washington|America|American|Pentagon|White House|Obama|Trump|Kerry|Tillerson|coalition|NATO|Britain|British|UK|France|French|Israel|Turkey|Turkish|Saudi|rebels?|opposition)\b/;
export const EAST =
	/\b(?:Russia|Russian|Moscow|Kremlin|Putin|Lavrov|Damascus|Assad|Syrian government|Syrian army|regime|Iran|Iranian|Tehran|Hezbollah)\b/;

/** `count` articles drawn in turn from each outlet (shuffled), without repeats. */
export function drawStratified(articles: ReadArticle[], count: number, random: () => number) {
	const byOutlet = new Map<string, ReadArticle[]>();
	for (const a of articles)
		byOutlet.set(a.outlet.name, [...(byOutlet.get(a.outlet.name) ?? []), a]);
	const pools = [...byOutlet.values()].map((pool) => shuffle(pool, random));
	shuffle(pools, random);
	const drawn: ReadArticle[] = [];
	for (let round = 0; drawn.length < count && pools.some((p) => p.length > round); round++)
		for (const pool of pools) if (pool[round] && drawn.length < count) drawn.push(pool[round]!);
	return drawn;
}

export function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

/** A coding sheet: a header per article, then one line per unit, `[aNN:N] text`. */
export function sheetText(sheet: readonly SheetArticle[], texts: Map<string, ReadArticle>): string {
	const lines: string[] = [];
	for (const article of sheet) {
		const a = texts.get(article.key)!;
		lines.push(
			`=== ARTICLE ${article.key} | ${a.outlet.name} | ${a.published?.iso ?? 'undated'} | ${a.title ?? '(no title)'}`
		);
		article.units.forEach(([s, e], n) =>
			lines.push(`[${article.key}:${n + 1}] ${a.text.slice(s, e).replace(/\s+/g, ' ')}`)
		);
		lines.push('');
	}
	return lines.join('\n');
}
