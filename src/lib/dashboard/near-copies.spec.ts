import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '$lib/coded-corpus';
import { describeFolding, foldNearCopies } from './near-copies';

const article = (id: number, outlet: string, copyOf?: number): ArticleSummary => ({
	id,
	outlet,
	title: `Article ${id}`,
	titleDerived: false,
	published: { iso: '2017-04-05', precision: 'day' },
	dateLabel: '5 Apr 2017',
	url: null,
	textUnits: 5,
	noText: null,
	...(copyOf ? { copyOf } : {})
});

describe('foldNearCopies', () => {
	// A wire story (1) re-posted by its outlet (2, 3) and run by another outlet (4).
	const articles = [
		article(1, 'RT'),
		article(2, 'RT', 1),
		article(3, 'RT', 1),
		article(4, 'Sputnik', 1),
		article(5, 'Sputnik')
	];

	it('counts an outlet’s copies of one text once, and another outlet’s copy for that outlet', () => {
		const folding = foldNearCopies(articles);
		expect([...folding.folded]).toEqual([2, 3]);
		expect(folding.copiesOf.get(1)).toEqual([2, 3, 4]);
		expect(folding.copiesOf.get(4)).toEqual([1, 2, 3]);
		expect(folding.copiesOf.has(5)).toBe(false);
		expect(describeFolding(folding)).toBe("2 near-copies of an outlet's own articles counted once");
	});

	it('counts every copy when asked, still knowing which articles are copies', () => {
		const folding = foldNearCopies(articles, { countEvery: true });
		expect(folding.folded.size).toBe(0);
		expect(folding.copiesOf.get(2)).toEqual([1, 3, 4]);
		expect(describeFolding(folding)).toBeNull();
	});

	it('counts a copy whose first is out of sight as the outlet’s first', () => {
		const folding = foldNearCopies(articles.slice(1, 3));
		expect([...folding.folded]).toEqual([3]);
	});
});
