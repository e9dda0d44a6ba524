// Pathological text (a long run of one character, a token with no spaces, a huge run of spaces)
// must cost time in proportion to its length: one such article once blocked every request for
// most of a minute. Each shape is coded at n and 8n characters; linear work takes about 8× as
// long, quadratic work 64×, so 8n may take at most 20× (plus a little for noise) and never
// more than a generous ceiling. Time is the process's CPU time, which other work on a busy
// machine does not inflate the way it does the clock.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { defaultCodebook } from './codebook';
import type { FrameCode } from './frames';
import { unitTerms } from './terms';

const elapsed = (run: () => unknown): number => {
	const start = process.cpuUsage();
	run();
	const { user, system } = process.cpuUsage(start);
	return (user + system) / 1000;
};

// Warmed up on prose, then each size read once: wink caches the tokens it has read, so reading
// the same run twice would time the cache.
const PROSE =
	'Moscow offered on Monday to work with Washington against ISIS. The US refused. '.repeat(50);

function expectLinear(make: (n: number) => string, code: (text: string) => unknown, n: number) {
	code(PROSE);
	const smallMs = elapsed(() => code(make(n)));
	const large = make(8 * n);
	const largeMs = elapsed(() => code(large));
	expect(largeMs, `${large.length} characters took ${largeMs.toFixed(0)} ms`).toBeLessThan(4000);
	expect(largeMs, `${smallMs.toFixed(1)} ms at n, ${largeMs.toFixed(1)} ms at 8n`).toBeLessThan(
		20 * smallMs + 150
	);
}

const analyze = (text: string) => analyzeText(text, defaultCodebook);

// Each shape at 8n is the size named: a 120 KB dash run, 250 KB of emoji (as UTF-8), and so on.
const SHAPES: [string, (n: number) => string, number][] = [
	['a run of dashes', (n) => '-'.repeat(n), 15_000],
	['a run of emoji', (n) => '😀'.repeat(n / 2), 15_625],
	['a token with no spaces', (n) => 'x'.repeat(n), 12_500],
	['a URL-like token', (n) => `https://example.com/${'a'.repeat(n)}`, 12_500],
	['letters and full stops', (n) => 'a.'.repeat(n / 2), 12_500],
	['letters and hyphens', (n) => 'a-'.repeat(n / 2), 12_500],
	['letters and apostrophes', (n) => "a'".repeat(n / 2), 12_500],
	['a run of underscores', (n) => '_'.repeat(n), 12_500],
	['a run of slashes', (n) => '/'.repeat(n), 12_500],
	['a run of spaces inside a line', (n) => `x${' '.repeat(n)}y`, 12_500],
	['spaced dashes', (n) => '- '.repeat(n / 2), 12_500],
	['a sentence of one word repeated', (n) => 'cooperation '.repeat(n / 12), 12_500],
	['reported speech repeated', (n) => 'said “Russia” '.repeat(n / 14), 12_500],
	['initials', (n) => 'A. '.repeat(n / 3), 12_500]
];

describe('coding pathological text takes time linear in its length', () => {
	it.each(SHAPES)(
		'codes %s in bounded time',
		(_shape, make, n) => {
			expectLinear(make, analyze, n);
		},
		120_000
	);

	it('reads storyline terms of a unit holding a long token in bounded time', () => {
		expectLinear(
			(n) => `Russia said ${'x'.repeat(n)} it refused talks.`,
			(text) => unitTerms({ text }, '2015-10-13'),
			12_500
		);
	}, 120_000);
});

describe('sentences around a pathological run keep exact offsets', () => {
	const BEFORE = 'Moscow offered on Monday to work with Washington against ISIS.';
	const AFTER = 'The Pentagon said it would not cooperate with Russia.';
	type Body = { start: number; end: number; text: string; frames: FrameCode[] };
	const bodies = (text: string): Body[] =>
		analyze(text)
			.filter((u) => u.kind === 'body')
			.map((u) => ({ start: u.start, end: u.end, text: u.text, frames: u.frames }));
	const shifted = (u: Body, by: number): Body => ({
		...u,
		start: u.start + by,
		end: u.end + by,
		frames: u.frames.map((f) => ({
			...f,
			cues: f.cues.map((c) => ({ ...c, start: c.start + by, end: c.end + by }))
		}))
	});
	// The article without the run: its sentences, coded in the same document.
	const [before, after] = bodies(`${BEFORE}\n${AFTER}`) as [Body, Body];

	it.each([
		['a 120 KB dash run', '-'.repeat(120_000)],
		['a 250 KB emoji run', '😀'.repeat(62_500)],
		['a 100 KB token', 'x'.repeat(100_000)],
		['100 KB of letters and full stops', 'a.'.repeat(50_000)]
	])('codes the sentences around %s on lines of their own as without it', (_case, run) => {
		const text = `${BEFORE}\n${run}\n${AFTER}`;
		const units = bodies(text);
		expect(units.map((u) => u.text)).toEqual([BEFORE, AFTER]);
		for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
		expect(units).toEqual([before, shifted(after, run.length + 1)]);
	});

	it('splits sentences exactly past a run of spaces longer than the tokenizer counts', () => {
		const gap = ' '.repeat(70_000);
		const text = `${BEFORE}${gap}${AFTER} It left.`;
		const units = analyze(text);
		expect(units.map((u) => [u.start, u.text])).toEqual([
			[0, BEFORE],
			[BEFORE.length + gap.length, AFTER],
			[BEFORE.length + gap.length + AFTER.length + 1, 'It left.']
		]);
		expect(units[1]?.frames).toEqual(shifted(after, gap.length - 1).frames);
	});

	it('keeps the next sentence exact after a sentence holding a 100 KB token', () => {
		const token = 'y'.repeat(100_000);
		const text = `${BEFORE} Russia said ${token} in Syria.\n${AFTER}`;
		const units = bodies(text);
		expect(units.at(-1)).toEqual(shifted(after, text.length - AFTER.length - after.start));
		for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
	});
});
