import { describe, expect, it } from 'vitest';
import {
	averageLinkage,
	blockCandidates,
	cosine,
	linkItem,
	strongestLinks,
	type Link
} from './linkage';

describe('cosine', () => {
	it.each([
		[[1, 2], [1, 1], [1, 2], [1, 1], 1],
		[[1, 2], [1, 1], [3, 4], [1, 1], 0],
		[[1, 2], [1, 1], [2, 3], [1, 1], 0.5],
		[[2, 1], [3, 4], [1, 2], [4, 3], 1],
		[[], [], [1], [1], 0]
	])('of terms %j·%j and %j·%j is %d', (ta, wa, tb, wb, expected) => {
		expect(cosine(linkItem(0, ta, wa), linkItem(1, tb, wb))).toBeCloseTo(expected, 10);
	});
});

describe('blockCandidates', () => {
	const items = [
		linkItem(0, [1, 9], [1, 1]),
		linkItem(1, [1, 9], [1, 1]),
		linkItem(0, [2, 9], [1, 1]),
		linkItem(2, [2, 9], [1, 1]),
		linkItem(3, [3, 9], [1, 1])
	];

	it('pairs items of different groups that share a key, each pair once, a < b', () => {
		const pairs = blockCandidates(items, { maxKeyFrequency: 2, keysPerItem: 5 });
		expect(pairs.map((list) => [...list])).toEqual([[1], [], [3], [], []]);
	});

	it('does not pair items of one group even when they share a key', () => {
		const pairs = blockCandidates([items[0]!, items[2]!], { maxKeyFrequency: 5, keysPerItem: 5 });
		expect(pairs.map((list) => [...list])).toEqual([[], []]);
	});

	it('proposes through a common key only under maxKeyFrequency', () => {
		const loose = blockCandidates(items, { maxKeyFrequency: 5, keysPerItem: 5 });
		expect([...loose[0]!]).toEqual([1, 3, 4]);
	});

	it('offers only each item’s rarest keys when keysPerItem is small', () => {
		const tight = blockCandidates(items, { maxKeyFrequency: 5, keysPerItem: 1 });
		expect([...tight[4]!]).toEqual([]);
		expect([...tight[0]!]).toEqual([1, 4]);
	});
});

describe('averageLinkage', () => {
	const link = (a: number, b: number, similarity: number): Link => ({ a, b, similarity });
	const members = (groups: number[], links: Link[], threshold: number) =>
		averageLinkage(groups, links, threshold).map((c) => c.members);

	it.each([
		['joins a strong pair', [0, 1], [link(0, 1, 0.9)], 0.5, [[0, 1]]],
		['keeps a weak pair apart', [0, 1], [link(0, 1, 0.3)], 0.5, [[0], [1]]],
		[
			'does not chain a–b–c–d when the ends share nothing',
			[0, 1, 2, 3],
			[link(0, 1, 0.9), link(1, 2, 0.8), link(2, 3, 0.9)],
			0.5,
			[
				[0, 1],
				[2, 3]
			]
		],
		[
			'joins three units that all link to each other',
			[0, 1, 2],
			[link(0, 1, 0.9), link(1, 2, 0.8), link(0, 2, 0.7)],
			0.5,
			[[0, 1, 2]]
		],
		[
			'counts only cross-article pairs in the mean, so two units of one article can join',
			[0, 1, 1],
			[link(0, 1, 0.9), link(0, 2, 0.8)],
			0.5,
			[[0, 1, 2]]
		]
	])('%s', (_, groups, links, threshold, expected) => {
		expect(members(groups, links, threshold)).toEqual(expected);
	});

	it('reports cohesion as the mean over cross-article pairs', () => {
		const [cluster] = averageLinkage(
			[0, 1, 2],
			[link(0, 1, 0.9), link(1, 2, 0.6), link(0, 2, 0.6)],
			0.5
		);
		expect(cluster?.cohesion).toBeCloseTo(0.7, 10);
	});

	it('gives the same clusters whatever the order of the links', () => {
		const links = [link(0, 1, 0.9), link(1, 2, 0.9), link(2, 3, 0.9), link(0, 3, 0.2)];
		const groups = [0, 1, 2, 3];
		expect(averageLinkage(groups, [...links].reverse(), 0.5)).toEqual(
			averageLinkage(groups, links, 0.5)
		);
	});
});

describe('strongestLinks', () => {
	it('keeps each item’s k strongest links, and any link one end keeps', () => {
		const links = [
			{ a: 0, b: 1, similarity: 0.9 },
			{ a: 0, b: 2, similarity: 0.5 },
			{ a: 0, b: 3, similarity: 0.1 }
		];
		expect(strongestLinks(links, 4, 1)).toEqual(links);
		expect(strongestLinks(links, 4, 0)).toEqual([]);
	});

	it('drops a link that neither end ranks in its top k', () => {
		const links = [
			{ a: 0, b: 1, similarity: 0.9 },
			{ a: 0, b: 2, similarity: 0.2 },
			{ a: 2, b: 3, similarity: 0.8 }
		];
		expect(strongestLinks(links, 4, 1)).toEqual([links[0], links[2]]);
	});
});
