import { describe, expect, it } from 'vitest';
import {
	compareOccurrences,
	findStockParagraphs,
	STOCK_PARAGRAPH_MIN_WORDS,
	stockParagraphKey,
	type StockCandidate
} from './stock-paragraphs';

const STOCK =
	'Syria has been embroiled in a civil war since 2011, with government forces fighting numerous opposition and terrorist groups.';

describe('stockParagraphKey', () => {
	const QUOTED =
		'Syria’s “war” has gone on since 2011, with government forces fighting numerous opposition groups.';
	it.each([
		['spacing, line breaks and case', STOCK, STOCK.replaceAll(' ', '  \n').toUpperCase()],
		['curly or straight quotes and apostrophes', QUOTED, QUOTED.replace(/[’“”]/g, "'")],
		[
			'punctuation that leaves the words',
			STOCK,
			STOCK.replace(', with', ' — with').replace('.', '!')
		],
		['compatibility forms of one letter', STOCK, STOCK.replace('fighting', 'ﬁghting')]
	])('reads two sentences differing only in %s as the same words', (_, a, b) => {
		expect(stockParagraphKey(a)).not.toBeNull();
		expect(stockParagraphKey(b)).toBe(stockParagraphKey(a));
	});

	it.each([
		['a different year', STOCK.replace('2011', '2012')],
		['a word more', STOCK.replace('numerous', 'numerous armed')],
		['a word left out', STOCK.replace(' numerous', '')],
		['two words swapped', STOCK.replace('government forces', 'forces government')]
	])('tells a sentence with %s from the stock sentence', (_, nearMiss) => {
		expect(stockParagraphKey(nearMiss)).not.toBe(stockParagraphKey(STOCK));
	});

	it('has no key for a sentence shorter than the minimum, and one from the minimum on', () => {
		const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';
		expect(stockParagraphKey('He said.')).toBeNull();
		expect(stockParagraphKey(words(STOCK_PARAGRAPH_MIN_WORDS - 1))).toBeNull();
		expect(stockParagraphKey(words(STOCK_PARAGRAPH_MIN_WORDS))).toBe(
			words(STOCK_PARAGRAPH_MIN_WORDS).slice(0, -1)
		);
	});
});

const sentence = (
	article: number,
	outlet: string,
	published: string | null,
	ordinal: number,
	text = STOCK
): StockCandidate => ({ article, outlet, published, ordinal, text });

/** Each paragraph as `article:ordinal` of its occurrences, in order. */
const places = (paragraphs: StockCandidate[][]) =>
	paragraphs.map((paragraph) => paragraph.map((s) => `${s.article}:${s.ordinal}`));

describe('findStockParagraphs', () => {
	it('folds a sentence one outlet repeats verbatim across its articles, earliest article first', () => {
		const sentences = [
			sentence(1, 'SANA', '2016-03-09', 4),
			sentence(2, 'SANA', '2016-03-02', 0),
			sentence(2, 'SANA', '2016-03-02', 1, 'Damascus welcomed the talks in Geneva on Monday.'),
			sentence(3, 'SANA', '2016-03-05', 2, STOCK.replace(' ', '  ').toUpperCase())
		];
		expect(places(findStockParagraphs(sentences))).toEqual([['2:0', '3:2', '1:4']]);
	});

	it('finds the same first occurrence whatever order the sentences come in', () => {
		const sentences = [
			sentence(7, 'SANA', '2016-03-02', 3),
			sentence(5, 'SANA', '2016-03-02', 1),
			sentence(6, 'SANA', null, 0),
			sentence(4, 'SANA', '2016-03', 2)
		];
		const expected = [['4:2', '5:1', '7:3', '6:0']];
		expect(places(findStockParagraphs(sentences))).toEqual(expected);
		expect(places(findStockParagraphs([...sentences].reverse()))).toEqual(expected);
	});

	it('keeps outlets apart: a sentence two outlets each print once is no stock paragraph', () => {
		const sentences = [sentence(1, 'SANA', '2016-03-02', 0), sentence(2, 'TASS', '2016-03-03', 0)];
		expect(findStockParagraphs(sentences)).toEqual([]);
	});

	it('folds each outlet’s repeats into its own first occurrence', () => {
		const sentences = [
			sentence(1, 'SANA', '2016-03-02', 0),
			sentence(2, 'TASS', '2016-03-01', 0),
			sentence(3, 'SANA', '2016-03-04', 0),
			sentence(4, 'TASS', '2016-03-05', 0),
			sentence(5, 'RT', '2016-03-01', 0)
		];
		expect(places(findStockParagraphs(sentences))).toEqual([
			['2:0', '4:0'],
			['1:0', '3:0']
		]);
	});

	it('leaves near-misses and short repeated sentences unfolded', () => {
		const sentences = [
			sentence(1, 'SANA', '2016-03-02', 0),
			sentence(2, 'SANA', '2016-03-03', 0, STOCK.replace('2011', '2012')),
			sentence(1, 'SANA', '2016-03-02', 1, 'He said.'),
			sentence(2, 'SANA', '2016-03-03', 1, 'He said.')
		];
		expect(findStockParagraphs(sentences)).toEqual([]);
	});

	it('counts a sentence repeated within one article only as no stock paragraph, and lists an article once', () => {
		expect(
			findStockParagraphs([
				sentence(1, 'SANA', '2016-03-02', 0),
				sentence(1, 'SANA', '2016-03-02', 5)
			])
		).toEqual([]);
		expect(
			places(
				findStockParagraphs([
					sentence(1, 'SANA', '2016-03-02', 5),
					sentence(1, 'SANA', '2016-03-02', 0),
					sentence(2, 'SANA', '2016-03-03', 3)
				])
			)
		).toEqual([['1:0', '2:3']]);
	});

	it('does not reorder the sentences it is given', () => {
		const sentences = [sentence(2, 'SANA', '2016-03-09', 0), sentence(1, 'SANA', '2016-03-02', 0)];
		const before = structuredClone(sentences);
		findStockParagraphs(sentences);
		expect(sentences).toEqual(before);
	});
});

describe('compareOccurrences', () => {
	it.each([
		['an earlier date first', ['2015-10-13', 2, 0], ['2015-10-14', 1, 0], -1],
		['a dated article before an undated one', ['2016', 9, 0], [null, 1, 0], -1],
		['on one date, the lower article id first', ['2015-10-13', 1, 9], ['2015-10-13', 2, 0], -1],
		['in one article, text order', ['2015-10-13', 1, 4], ['2015-10-13', 1, 2], 1]
	] as const)('puts %s', (_, [aDate, aArticle, aOrdinal], [bDate, bArticle, bOrdinal], sign) => {
		const a = { published: aDate, article: aArticle, ordinal: aOrdinal };
		const b = { published: bDate, article: bArticle, ordinal: bOrdinal };
		expect(Math.sign(compareOccurrences(a, b))).toBe(sign);
		expect(Math.sign(compareOccurrences(b, a))).toBe(-sign);
	});
});
