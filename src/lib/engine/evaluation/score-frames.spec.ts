import { describe, expect, it } from 'vitest';
import { scoreFrames, type Gold } from './score-frames';

const GOLD: Gold = {
	frames: ['a', 'b'],
	documents: [
		{
			file: 'one.txt',
			units: [
				{ start: 0, end: 10, kind: 'boilerplate', frames: [] },
				{ start: 11, end: 40, kind: 'body', frames: ['a'], source: 'US' },
				{ start: 41, end: 80, kind: 'body', frames: ['b'], optional: ['a'], source: 'Russia' },
				{ start: 81, end: 100, kind: 'body', frames: [] }
			]
		}
	]
};

describe('scoreFrames', () => {
	it('counts hits, misses and false alarms per frame from overlapping units', () => {
		const score = scoreFrames(GOLD, [
			{
				file: 'corpus/one.txt',
				units: [
					{ start: 0, end: 10, kind: 'boilerplate', frames: [{ frame: 'a' }] },
					{ start: 11, end: 40, frames: [{ frame: 'a', source: 'U.S.' }] },
					{ start: 41, end: 80, frames: [{ frame: 'a' }, { frame: 'b', source: 'Moscow' }] },
					{ start: 81, end: 100, frames: [{ frame: 'b' }] }
				]
			}
		]);
		expect(score.frames.a).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
		expect(score.frames.b).toEqual({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: 2 / 3 });
		expect(score.macroF1).toBeCloseTo(5 / 6, 10);
		expect(score.source).toEqual({ hits: 1, total: 2 });
		expect(score.boilerplateKeptOut).toBe(1);
		expect(score.missingDocuments).toEqual([]);
	});

	it('counts furniture covered by a coded unit as leaked', () => {
		const score = scoreFrames(GOLD, [
			{ file: 'one.txt', units: [{ start: 0, end: 40, kind: 'body', frames: [] }] }
		]);
		expect(score.boilerplateKeptOut).toBe(0);
		expect(score.frames.a?.fn).toBe(1);
	});

	it('names gold documents with no prediction', () => {
		expect(scoreFrames(GOLD, []).missingDocuments).toEqual(['one.txt']);
	});

	it('scores article-level gold from all coded units of the article', () => {
		const gold: Gold = { frames: ['a'], documents: [{ file: 'x.txt', frames: ['a'] }] };
		const score = scoreFrames(gold, [
			{ file: 'x.txt', units: [{ start: 0, end: 5, frames: [{ frame: 'a' }] }] }
		]);
		expect(score.frames.a?.tp).toBe(1);
		expect(score.boilerplateKeptOut).toBeNull();
	});
});
