// The 95% Wilson score interval for a proportion: unlike k/n ± 1.96·SE it stays inside 0–1 and is
// not zero-width at 0 of n or n of n, so a share of 1 of 1 reads as the little it is.

/** The normal quantile for a two-sided 95% interval. */
const Z = 1.959963984540054;

export interface Interval {
	low: number;
	high: number;
}

/** Wilson's interval for `count` successes in `n` trials (Wilson 1927), or null when n is 0. */
export function wilson(count: number, n: number): Interval | null {
	if (n <= 0) return null;
	const p = count / n;
	const z2 = Z * Z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (Z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	// At 0 of n and n of n the bound is exactly 0 or 1; the arithmetic leaves a rounding crumb.
	return {
		low: count === 0 ? 0 : Math.max(0, centre - half),
		high: count === n ? 1 : Math.min(1, centre + half)
	};
}
