// The statistics behind a quality claim: agreement between coders (Cohen's κ), percentile
// bootstrap intervals over articles, and a reliability table of confidence against correctness.
import { seededRandom } from './seeded-random';

/**
 * Cohen's κ for two coders' yes/no decisions on the same items: agreement beyond what their own
 * rates of saying yes would give by chance. NaN when there is nothing to agree on (no items, or
 * both coders give one answer to every item).
 */
export function cohensKappa(a: readonly boolean[], b: readonly boolean[]): number {
	if (a.length !== b.length) throw new Error('both coders must code the same items');
	const n = a.length;
	if (n === 0) return NaN;
	let agree = 0;
	let yesA = 0;
	let yesB = 0;
	for (let i = 0; i < n; i++) {
		if (a[i] === b[i]) agree++;
		if (a[i]) yesA++;
		if (b[i]) yesB++;
	}
	const observed = agree / n;
	const chance = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
	return chance === 1 ? NaN : (observed - chance) / (1 - chance);
}

/** The 2.5th and 97.5th percentiles of `statistic` over `rounds` resamples of `items`. */
export function bootstrapInterval<T>(
	items: readonly T[],
	statistic: (sample: readonly T[]) => number,
	{ rounds = 1000, seed = 1 }: { rounds?: number; seed?: number } = {}
): [number, number] {
	const random = seededRandom(seed);
	const values: number[] = [];
	for (let r = 0; r < rounds; r++) {
		const sample = Array.from(items, () => items[Math.floor(random() * items.length)]!);
		const value = statistic(sample);
		if (!Number.isNaN(value)) values.push(value);
	}
	if (values.length === 0) return [NaN, NaN];
	values.sort((x, y) => x - y);
	const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
	return [at(0.025), at(0.975)];
}

export interface ReliabilityBin {
	from: number;
	to: number;
	codes: number;
	right: number;
}

/** Codes binned by confidence ([0, 0.2), … [0.8, 1.0]), each bin with how many were right. */
export function reliabilityTable(
	codes: readonly { confidence: number; right: boolean }[],
	edges: readonly number[] = [0, 0.2, 0.4, 0.6, 0.8, 1]
): ReliabilityBin[] {
	const bins = edges
		.slice(0, -1)
		.map((from, i) => ({ from, to: edges[i + 1]!, codes: 0, right: 0 }));
	for (const code of codes) {
		const bin =
			bins.find((b) => code.confidence >= b.from && code.confidence < b.to) ?? bins.at(-1)!;
		bin.codes++;
		if (code.right) bin.right++;
	}
	return bins;
}
