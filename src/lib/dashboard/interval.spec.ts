import { describe, expect, it } from 'vitest';
import { wilson } from './interval';

// Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of
// seven methods. Statistics in Medicine 17, 857–872. Table I, method 3 (score, no continuity
// correction), the worked examples given to four places.
const NEWCOMBE_1998 = [
	{ count: 81, n: 263, low: 0.2553, high: 0.3662 },
	{ count: 15, n: 148, low: 0.0624, high: 0.1605 },
	{ count: 0, n: 20, low: 0, high: 0.1611 },
	{ count: 1, n: 29, low: 0.0061, high: 0.1718 }
];

describe('wilson', () => {
	it.each(NEWCOMBE_1998)(
		'gives Newcombe’s interval for $count of $n',
		({ count, n, low, high }) => {
			const interval = wilson(count, n)!;
			expect(interval.low).toBeCloseTo(low, 4);
			expect(interval.high).toBeCloseTo(high, 4);
		}
	);

	it('is wide for 1 of 1 and narrower for 8 of 8, so the two can be told apart', () => {
		const one = wilson(1, 1)!;
		const eight = wilson(8, 8)!;
		expect(one.high).toBe(1);
		expect(one.low).toBeCloseTo(0.2065, 4);
		expect(eight.low).toBeCloseTo(0.6756, 4);
	});

	it('starts exactly at 0 for none and ends exactly at 1 for all', () => {
		for (const n of [1, 3, 7, 1589]) {
			expect(wilson(0, n)!.low).toBe(0);
			expect(wilson(n, n)!.high).toBe(1);
		}
	});

	it('has no interval without trials', () => {
		expect(wilson(0, 0)).toBeNull();
	});
});
