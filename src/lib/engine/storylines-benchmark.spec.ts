import { describe, expect, it } from 'vitest';
import { alignStorylines } from './storylines';
import { syntheticCorpus } from './evaluation/synthetic-corpus';

// Speed is printed, not asserted: timings vary by machine. What is asserted is that a corpus of
// 5,000 articles × 20 units completes (no all-pairs step) and finds the events retold in it.
const EVENT = /^.+? \w+ the (\w+) \w+ .* on [A-Z]\w+ \d+, \d+ said\.$/;

describe('alignStorylines at scale', () => {
	it('aligns 5,000 articles × 20 units and recovers the retold events', () => {
		const documents = syntheticCorpus(5000, 20);
		const started = performance.now();
		const storylines = alignStorylines(documents);
		const seconds = (performance.now() - started) / 1000;
		const units = documents.reduce((n, d) => n + d.units.length, 0);
		// Storylines holding a retold event should hold nothing else; filler sentences drawn from
		// one vocabulary also meet by chance, and those storylines are not judged here.
		const eventOf = (text: string) => EVENT.exec(text)?.[1] ?? null;
		const withEvents = storylines.filter((s) => s.units.some((u) => eventOf(u.text)));
		const pure = withEvents.filter((s) => new Set(s.units.map((u) => eventOf(u.text))).size === 1);
		const events = new Set(pure.map((s) => eventOf(s.units[0]!.text)));
		console.log(
			`benchmark: ${documents.length} articles, ${units} units → ${storylines.length} storylines ` +
				`in ${seconds.toFixed(1)} s (${((seconds * 1e6) / units).toFixed(0)} µs per unit); ` +
				`${withEvents.length} hold retold events, ${pure.length} of them pure, ` +
				`covering ${events.size} events`
		);
		expect(pure.length / withEvents.length).toBeGreaterThan(0.9);
		expect(events.size).toBeGreaterThan(1000);
	}, 300_000);
});
