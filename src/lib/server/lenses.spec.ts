import { describe, expect, it } from 'vitest';
import { findLenses } from './lenses';

describe('findLenses', () => {
	it('takes columns of 2 to 24 short values as lenses, most articles first, and counts the rest', () => {
		const attributes: (Record<string, string> | null)[] = [
			{ labels: 'credible', author: 'A. One', location: 'idlib' },
			{ labels: 'fake', author: 'B. Two', location: 'idlib' },
			{ labels: 'credible', author: 'C. Three' },
			null
		];
		const { lenses, valuesOf } = findLenses(attributes);
		expect(lenses).toEqual([
			// author: a value per article would also pass, so short columns of 3 are lenses too.
			{
				name: 'author',
				values: [
					{ value: 'A. One', articles: 1 },
					{ value: 'B. Two', articles: 1 },
					{ value: 'C. Three', articles: 1 }
				],
				missing: 1
			},
			{
				name: 'labels',
				values: [
					{ value: 'credible', articles: 2 },
					{ value: 'fake', articles: 1 }
				],
				missing: 1
			}
		]);
		expect(valuesOf(2)).toEqual({ labels: 'credible', author: 'C. Three' });
		expect(valuesOf(3)).toBeUndefined();
	});

	it('leaves out a column with one value, more than 24, or long values', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({
			author: `Author ${i}`,
			corpus: 'FA-KES',
			summary: i % 2 ? 'x'.repeat(80) : 'short'
		}));
		expect(findLenses(many).lenses).toEqual([]);
	});
});
