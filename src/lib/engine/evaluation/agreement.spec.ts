import { describe, expect, it } from 'vitest';
import { bootstrapInterval, cohensKappa, reliabilityTable } from './agreement';

describe('cohensKappa', () => {
	it('is 1 for full agreement, 0 for agreement at chance, negative below it', () => {
		const a = [true, true, false, false];
		expect(cohensKappa(a, a)).toBe(1);
		expect(cohensKappa([true, true, false, false], [true, false, true, false])).toBe(0);
		expect(cohensKappa([true, false], [false, true])).toBe(-1);
	});

	it('matches a worked example: 20 items, 15 agreed, yes rates 0.5 and 0.6', () => {
		const a = [
			...Array(9).fill(true),
			...Array(1).fill(true),
			...Array(4).fill(false),
			...Array(6).fill(false)
		];
		const b = [
			...Array(9).fill(true),
			...Array(1).fill(false),
			...Array(4).fill(true),
			...Array(6).fill(false)
		];
		// observed 15/20 = 0.75; chance 0.5 × 0.65 + 0.5 × 0.35 = 0.5; κ = 0.25 / 0.5
		expect(cohensKappa(a, b)).toBeCloseTo(0.5, 10);
	});

	it('is NaN with nothing to agree on, and refuses sheets of different lengths', () => {
		expect(cohensKappa([], [])).toBeNaN();
		expect(cohensKappa([false, false], [false, false])).toBeNaN();
		expect(() => cohensKappa([true], [])).toThrow('same items');
	});
});

describe('bootstrapInterval', () => {
	it('brackets the mean of a sample and narrows as the sample grows', () => {
		const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
		const small = Array.from({ length: 20 }, (_, i) => i % 2);
		const large = Array.from({ length: 2000 }, (_, i) => i % 2);
		const [lo, hi] = bootstrapInterval(small, mean);
		expect(lo).toBeLessThan(0.5);
		expect(hi).toBeGreaterThan(0.5);
		const [lo2, hi2] = bootstrapInterval(large, mean);
		expect(hi2 - lo2).toBeLessThan((hi - lo) / 4);
		expect(bootstrapInterval(small, mean)).toEqual([lo, hi]); // seeded: the same every run
	});
});

describe('reliabilityTable', () => {
	it('bins codes by confidence, 1.0 in the top bin, with how many were right', () => {
		const bins = reliabilityTable([
			{ confidence: 0.95, right: true },
			{ confidence: 1, right: false },
			{ confidence: 0.5, right: true },
			{ confidence: 0.1, right: false }
		]);
		expect(bins.map((b) => [b.from, b.codes, b.right])).toEqual([
			[0, 1, 0],
			[0.2, 0, 0],
			[0.4, 1, 1],
			[0.6, 0, 0],
			[0.8, 2, 1]
		]);
	});
});
