import { describe, expect, it } from 'vitest';
import {
	countNoText,
	describeArticleCount,
	describeNoText,
	noTextReason,
	type NoTextOutlet,
	type NoTextReason
} from './readable';

describe('noTextReason', () => {
	it.each([
		[
			'an article with a body sentence has readable text',
			{ words: 40, body: 3, headlinesAndCaptions: 1 },
			null
		],
		['one body sentence is enough', { words: 9, body: 1, headlinesAndCaptions: 0 }, null],
		['a text without a word is empty', { words: 0, body: 0, headlinesAndCaptions: 0 }, 'empty'],
		[
			'a headline alone is only a headline',
			{ words: 6, body: 0, headlinesAndCaptions: 1 },
			'headline'
		],
		[
			'words that made no unit of text are furniture',
			{ words: 12, body: 0, headlinesAndCaptions: 0 },
			'furniture'
		]
	] as const)('%s', (_, measure, reason) => {
		expect(noTextReason(measure)).toBe(reason);
	});
});

const article = (outlet: string, noText: NoTextReason | null) => ({ outlet, noText });

describe('countNoText', () => {
	it('counts, per outlet, its articles with no readable text beside all its articles, split by reason', () => {
		const articles = [
			article('dailysabah', 'furniture'),
			article('RT', null),
			article('dailysabah', 'furniture'),
			article('dailysabah', null),
			article('Sputnik', 'empty'),
			article('dailysabah', 'empty'),
			article('Sputnik', 'headline')
		];
		expect(countNoText(articles)).toEqual([
			{
				outlet: 'dailysabah',
				articles: 4,
				noText: 3,
				reasons: [
					{ reason: 'furniture', articles: 2 },
					{ reason: 'empty', articles: 1 }
				]
			},
			{
				outlet: 'Sputnik',
				articles: 2,
				noText: 2,
				reasons: [
					{ reason: 'headline', articles: 1 },
					{ reason: 'empty', articles: 1 }
				]
			}
		]);
	});

	it('leaves out outlets whose every article is readable, and says nothing of a readable corpus', () => {
		expect(countNoText([article('RT', null), article('BBC', null)])).toEqual([]);
		expect(countNoText([])).toEqual([]);
	});

	it('orders outlets by how many articles have no readable text, then by name', () => {
		const articles = [
			article('B', 'furniture'),
			article('A', 'furniture'),
			article('C', 'furniture'),
			article('C', 'furniture')
		];
		expect(countNoText(articles).map((outlet) => outlet.outlet)).toEqual(['C', 'A', 'B']);
	});

	it('does not mutate its input', () => {
		const articles = [article('RT', 'furniture'), article('RT', null)];
		const before = structuredClone(articles);
		countNoText(articles);
		expect(articles).toEqual(before);
	});
});

const outlet = (
	name: string,
	articles: number,
	reasons: [NoTextReason, number][]
): NoTextOutlet => ({
	outlet: name,
	articles,
	noText: reasons.reduce((sum, [, n]) => sum + n, 0),
	reasons: reasons.map(([reason, n]) => ({ reason, articles: n }))
});

describe('describeNoText', () => {
	it.each([
		[
			outlet('dailysabah', 74, [['furniture', 72]]),
			"72 of dailysabah's 74 articles have no readable text (read as site furniture)"
		],
		[
			outlet('RT', 3, [['headline', 1]]),
			"1 of RT's 3 articles has no readable text (only a headline or caption)"
		],
		[
			outlet('Sputnik News', 2, [
				['furniture', 1],
				['empty', 1]
			]),
			"All 2 of Sputnik News' articles have no readable text (1 read as site furniture, 1 empty)"
		],
		[outlet('TASS', 1, [['empty', 1]]), "TASS's only article has no readable text (empty)"],
		[
			outlet('Anadolu', 12_400, [['furniture', 1_200]]),
			"1,200 of Anadolu's 12,400 articles have no readable text (read as site furniture)"
		]
	])('says %o as %j', (entry, words) => {
		expect(describeNoText(entry)).toBe(words);
	});
});

describe('describeArticleCount', () => {
	it.each([
		[74, 72, '74 articles, 72 with no readable text'],
		[74, 0, '74 articles'],
		[1, 0, '1 article'],
		[1, 1, '1 article, 1 with no readable text']
	])('counts %i articles, %i without readable text, as %j', (articles, noText, words) => {
		expect(describeArticleCount(articles, noText)).toBe(words);
	});
});
