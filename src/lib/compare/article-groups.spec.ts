import { describe, expect, it } from 'vitest';
import { groupByArticle } from './article-groups';
import { tinyView } from './testing/tiny-corpus';

describe('groupByArticle', () => {
	const view = tinyView();
	const unitsOf = (ids: number[]) => ids.map((id) => view.units.find((unit) => unit.id === id)!);
	const rows: [string, number[], [number, number[]][]][] = [
		[
			'puts consecutive units of one article together',
			[10, 11, 20],
			[
				[1, [10, 11]],
				[2, [20]]
			]
		],
		[
			'keeps the order it is given',
			[20, 10, 41],
			[
				[2, [20]],
				[1, [10]],
				[4, [41]]
			]
		],
		['gives nothing for no units', [], []]
	];
	it.each(rows)('%s', (_name, ids, expected) => {
		expect(
			groupByArticle(unitsOf(ids), view.articleById).map((group) => [
				group.article.id,
				group.units.map((unit) => unit.id)
			])
		).toEqual(expected);
	});
});
