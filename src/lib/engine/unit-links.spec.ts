import { describe, expect, it } from 'vitest';
import { blockingFor, inverseFrequencies, linkUnits, unitSimilarity } from './unit-links';

const unit = (group: number, keys: string[], published: string | null = '2015-10-13') => ({
	group,
	published,
	keys: [...keys].sort()
});

// Background units give the keys an IDF; units 0 and 1 are the pair under test.
const background = [
	unit(2, ['w:weather', 'w:mild']),
	unit(3, ['w:bridge', 'w:river']),
	unit(4, ['a:Russia', 'a:US', 'w:market'])
];

function similarity(x: string[], y: string[], px = '2015-10-13', py = '2015-10-13') {
	return unitSimilarity([unit(0, x, px), unit(1, y, py), ...background], 0, 1);
}

describe('unitSimilarity', () => {
	const offer = ['a:Russia', 'a:US', 'c:COOPERATE', 'c:OFFER', 'w:delegation'];
	const refusal = ['a:Russia', 'a:US', 'c:COOPERATE', 'c:REFUSE', 'w:delegation'];

	it('is 1 for units with the same keys', () => {
		expect(similarity(offer, offer)).toBeCloseTo(1, 10);
	});

	it('is 0 for units that share only actors', () => {
		expect(similarity(['a:Russia', 'a:US', 'w:talk'], ['a:Russia', 'a:US', 'w:bomb'])).toBe(0);
	});

	it('is 0 for two units of the same article', () => {
		const units = [unit(0, offer), unit(0, offer), ...background];
		expect(unitSimilarity(units, 0, 1)).toBe(0);
	});

	it('halves when one unit refuses what the other offers', () => {
		const withRefusal = similarity(offer, [...offer, 'c:REFUSE']);
		const without = similarity(offer, [...offer, 'c:THREAT']);
		expect(withRefusal).toBeCloseTo(without / 2, 10);
		expect(similarity(refusal, [...refusal, 'w:bridge'])).toBeGreaterThan(withRefusal);
	});

	it('halves when both units carry frames and share none', () => {
		const same = similarity([...offer, 'f:cooperation_urged'], [...offer, 'f:cooperation_urged']);
		const other = similarity([...offer, 'f:cooperation_urged'], [...offer, 'f:accusation']);
		expect(other).toBeLessThan(same / 2 + 1e-9);
	});

	it('decays for stories published far apart, unless they name the same date', () => {
		const near = similarity(offer, offer, '2015-10-13', '2015-11-05');
		const far = similarity(offer, offer, '2015-10-13', '2016-10-13');
		expect(near).toBeCloseTo(1, 10);
		expect(far).toBeLessThan(0.5);
		const dated = [...offer, 'd:2015-09-30'];
		expect(similarity(dated, dated, '2015-10-13', '2016-10-13')).toBeCloseTo(1, 10);
	});
});

describe('linkUnits', () => {
	it('links only units of different articles that reach the floor', () => {
		const units = [
			unit(0, ['a:Russia', 'c:CAMPAIGN_START', 'd:2015-09-30']),
			unit(1, ['a:Russia', 'c:CAMPAIGN_START', 'd:2015-09-30']),
			unit(1, ['a:Russia', 'w:weather']),
			unit(0, ['a:Russia', 'w:bridge'])
		];
		const links = linkUnits(units, inverseFrequencies(units), 0.5);
		expect(links.map(({ a, b }) => [a, b])).toEqual([[0, 1]]);
	});

	it('returns nothing for no units', () => {
		expect(linkUnits([], new Map(), 0.1)).toEqual([]);
	});
});

describe('blockingFor', () => {
	it.each([
		[100, { maxKeyFrequency: 100, keysPerItem: Infinity }],
		[100_000, { maxKeyFrequency: 40, keysPerItem: 6 }]
	])('blocks %d units with %j', (n, expected) => {
		expect(blockingFor(n)).toEqual(expected);
	});
});
