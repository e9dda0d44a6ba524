import { describe, expect, it } from 'vitest';
import { scoreStorylines, spansMatch, type GoldStoryline } from './score-storylines';

const gold: GoldStoryline[] = [
	{
		id: 'campaign',
		units: [
			{ file: 'a', start: 0, end: 100 },
			{ file: 'b', start: 0, end: 100 },
			{ file: 'c', start: 0, end: 100 }
		]
	},
	{
		id: 'refusal',
		units: [
			{ file: 'a', start: 200, end: 300 },
			{ file: 'a', start: 400, end: 500 },
			{ file: 'b', start: 200, end: 300 }
		]
	}
];

const member = (document: string, start: number, end: number) => ({ document, start, end });

describe('spansMatch', () => {
	it.each([
		[{ file: 'a', start: 0, end: 100 }, member('a', 0, 100), true],
		[{ file: 'a', start: 0, end: 100 }, member('a', 10, 90), true],
		[{ file: 'a', start: 0, end: 100 }, member('a', 40, 140), true],
		[{ file: 'a', start: 0, end: 100 }, member('a', 60, 160), false],
		[{ file: 'a', start: 0, end: 100 }, member('a', 0, 400), false],
		[{ file: 'a', start: 0, end: 100 }, member('b', 0, 100), false]
	])('matches %j with %j: %s', (span, m, expected) => {
		expect(spansMatch(span, m)).toBe(expected);
	});
});

describe('scoreStorylines', () => {
	it('scores a perfect prediction 1', () => {
		const predicted = gold.map((g) => ({
			id: g.id,
			units: g.units.map((u) => member(u.file, u.start, u.end))
		}));
		expect(scoreStorylines(gold, predicted)).toEqual({
			truePositives: 5,
			falsePositives: 0,
			falseNegatives: 0,
			precision: 1,
			recall: 1,
			f1: 1
		});
	});

	it('counts pairs of different gold storylines in one prediction as false positives', () => {
		const all = gold.flatMap((g) => g.units.map((u) => member(u.file, u.start, u.end)));
		const s = scoreStorylines(gold, [{ id: 'all', units: all }]);
		// Cross-article pairs: 3 + 2 within the gold storylines, 6 across them.
		expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([5, 6, 0]);
	});

	it('counts gold pairs left apart as false negatives and scores nothing predicted 0', () => {
		expect(scoreStorylines(gold, [])).toEqual({
			truePositives: 0,
			falsePositives: 0,
			falseNegatives: 5,
			precision: 0,
			recall: 0,
			f1: 0
		});
	});

	it('does not score pairs from the same article', () => {
		const s = scoreStorylines(
			[gold[1]!],
			[{ id: 'x', units: [member('a', 200, 300), member('a', 400, 500)] }]
		);
		expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([0, 0, 2]);
	});
});
