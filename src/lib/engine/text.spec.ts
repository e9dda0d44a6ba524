import { describe, expect, it } from 'vitest';
import { countWords, deriveTitle } from './text';

describe('countWords', () => {
	it.each([
		['', 0],
		['Russia launched its air campaign on September 30.', 8],
		['U.S.-led coalition’s “all necessary steps”', 5],
		['30,000 fighters in 90 countries', 5],
		['Putin\u00a0said — on\u00a0Tuesday', 4]
	])('counts %j as %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});
});

describe('deriveTitle', () => {
	it('skips clocks, menus and counters to take the first sentence of running prose', () => {
		const text =
			'00:51 GMT26 January 2021\nListen Live\n    Get short URL\n    0 46\n\n    Direct military cooperation between the two powers is the only way forward, a rights group said. It added more.\n';
		expect(deriveTitle(text)).toBe(
			'Direct military cooperation between the two powers is the only way forward, a rights group said.'
		);
	});

	it('does not end the first sentence at an abbreviation such as U.S. or Gen.', () => {
		expect(
			deriveTitle(
				'Gen. Gedney said the U.S. forces would stay in the area for now. Then more followed.'
			)
		).toBe('Gen. Gedney said the U.S. forces would stay in the area for now.');
	});

	it('shortens a long first sentence at a word boundary and marks the cut', () => {
		const title = deriveTitle(`${'Word '.repeat(40).trim()}.`, 40);
		expect(title).toBe('Word Word Word Word Word Word Word Word…');
		expect(title!.length).toBeLessThanOrEqual(40);
	});

	it('gives null when nothing reads as a sentence', () => {
		expect(deriveTitle('Listen Live\nShare\n0 46\n')).toBeNull();
	});
});

describe('word counts and titles of pathological text', () => {
	// CPU time, which other work on a busy machine does not inflate the way it does the clock.
	const elapsed = (run: () => unknown): number => {
		const start = process.cpuUsage();
		run();
		const { user, system } = process.cpuUsage(start);
		return (user + system) / 1000;
	};

	it.each([
		['a 250 KB emoji run', (n: number) => '😀'.repeat(n / 2), 15_625],
		['a 120 KB dash run', (n: number) => '-'.repeat(n), 15_000],
		['a 100 KB run of zero-width spaces', (n: number) => '\u200b'.repeat(n), 12_500],
		['100 KB of initials on one line', (n: number) => 'A. '.repeat(n / 3), 12_500]
	])(
		'counts and titles %s in time linear in its length',
		(_case, make, n) => {
			for (const measure of [countWords, deriveTitle]) {
				const small = make(n);
				const large = make(8 * n);
				measure(small);
				const smallMs = Math.min(
					elapsed(() => measure(small)),
					elapsed(() => measure(small))
				);
				const largeMs = elapsed(() => measure(large));
				expect(largeMs, `${measure.name}: ${largeMs.toFixed(0)} ms`).toBeLessThan(2000);
				expect(
					largeMs,
					`${measure.name}: ${smallMs.toFixed(1)} → ${largeMs.toFixed(1)} ms`
				).toBeLessThan(20 * smallMs + 50);
			}
		},
		120_000
	);

	it('counts the words around a long run of punctuation', () => {
		expect(countWords(`Moscow said ${'-'.repeat(50_000)} no ${'😀'.repeat(1000)} x😀`)).toBe(4);
	});
});
