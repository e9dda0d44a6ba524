// Stock paragraphs: a sentence an outlet repeats word for word across its articles (a wire
// service's background line), found so that the charts count it once per outlet, not once per
// article. Words and order only, no coding: the server runs it once per analysis.
import { countWords } from './text';

/** Part of every stored analysis's fingerprint: bump it with a change to how they are found. */
export const STOCK_PARAGRAPHS_VERSION = '1';

/** Shorter sentences are never merged: "He said." repeats without being a stock paragraph. */
export const STOCK_PARAGRAPH_MIN_WORDS = 12;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words a stock paragraph is matched on: compatibility-normalised, case-folded, joined by one
 * space, so spacing, quote marks, dashes and other punctuation that leave the words as they were
 * do not tell two sentences apart. Null for a sentence of fewer than the minimum words.
 */
export function stockParagraphKey(text: string): string | null {
	if (countWords(text) < STOCK_PARAGRAPH_MIN_WORDS) return null;
	// Upper then lower case folds what lower case alone keeps apart ("ß" and "SS").
	const folded = text.normalize('NFKC').toUpperCase().toLowerCase();
	return folded.match(WORD)?.join(' ') ?? null;
}

/** A sentence as the search reads it: where it stands, and in which outlet's article. */
export interface StockCandidate {
	article: number;
	outlet: string;
	/** The article's publication date as ISO text (`2015-10`, `2015-10-13`), or null. */
	published: string | null;
	/** The sentence's position in its article, from 0. */
	ordinal: number;
	text: string;
}

type Placed = Pick<StockCandidate, 'article' | 'published' | 'ordinal'>;

/** Earliest article first (undated ones last), then the lower article id, then text order. */
export function compareOccurrences(a: Placed, b: Placed): number {
	if (a.published !== b.published) {
		if (a.published === null) return 1;
		if (b.published === null) return -1;
		return a.published < b.published ? -1 : 1;
	}
	return a.article - b.article || a.ordinal - b.ordinal;
}

/**
 * The stock paragraphs among the sentences given (pass those that are counted: headlines and
 * body): every key that one outlet's sentences share across two articles or more, as its
 * occurrences in `compareOccurrences` order, one per article (its first there). The first
 * occurrence is the one counted. Outlets never share a stock paragraph; a sentence repeated
 * within one article only is none. Paragraphs come in the order of their first occurrences.
 */
export function findStockParagraphs<T extends StockCandidate>(sentences: readonly T[]): T[][] {
	const byKey = new Map<string, T[]>();
	for (const sentence of sentences) {
		const key = stockParagraphKey(sentence.text);
		if (key === null) continue;
		const outletKey = `${sentence.outlet}\u0000${key}`;
		const group = byKey.get(outletKey);
		if (group) group.push(sentence);
		else byKey.set(outletKey, [sentence]);
	}
	const paragraphs: T[][] = [];
	for (const group of byKey.values()) {
		if (group.length < 2) continue;
		const seen = new Set<number>();
		const occurrences = [...group]
			.sort(compareOccurrences)
			.filter((sentence) => !seen.has(sentence.article) && seen.add(sentence.article));
		if (occurrences.length >= 2) paragraphs.push(occurrences);
	}
	return paragraphs.sort((a, b) => compareOccurrences(a[0]!, b[0]!));
}
