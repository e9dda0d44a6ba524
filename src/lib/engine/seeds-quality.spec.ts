import { describe, expect, it } from 'vitest';
import gold from '../../../tests/fixtures/seeds.frames.json';
import { analyzeText } from './analyze';
import { defaultCodebook } from './codebook';
import { scoreFrames, type Gold } from './evaluation/score-frames';
import { parseManifest } from './manifest';

// Vite reads the seed files for the test, so the engine itself stays free of Node APIs.
const texts = import.meta.glob('/seeds/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const manifest = Object.values(
	import.meta.glob('/seeds/manifest.csv', { query: '?raw', import: 'default', eager: true })
)[0] as string;
const titles = new Map(parseManifest(manifest).map((entry) => [entry.file, entry.title]));

const seeds = Object.entries(texts).map(([path, text]) => {
	const file = path.split('/').at(-1) ?? path;
	return { file, text, units: analyzeText(text, defaultCodebook, { title: titles.get(file) }) };
});

describe('the default codebook on the hand-coded seed articles', () => {
	const score = scoreFrames(gold as Gold, seeds);

	it('codes every seed article', () => {
		expect(seeds.map((s) => s.file).sort()).toEqual(gold.documents.map((d) => d.file).sort());
		expect(score.missingDocuments).toEqual([]);
	});

	it('reaches a macro-F1 of at least 0.90', () => {
		expect(score.macroF1).toBeGreaterThanOrEqual(0.9);
	});

	it.each(gold.frames)('reaches an F1 of at least 0.85 on %s', (frame) => {
		expect(score.frames[frame]?.f1).toBeGreaterThanOrEqual(0.85);
	});

	it('keeps at least 95% of the furniture out of coded text', () => {
		expect(score.boilerplateKeptOut).toBeGreaterThanOrEqual(0.95);
	});

	it('names the right source on at least 85% of correctly coded units', () => {
		expect(score.source.total).toBeGreaterThan(0);
		expect(score.source.hits / score.source.total).toBeGreaterThanOrEqual(0.85);
	});
});

describe('unit offsets on the seed articles', () => {
	it.each(seeds.map((s) => [s.file, s] as const))(
		'every unit of %s is exactly the slice of the original it claims',
		(_file, { text, units }) => {
			for (const unit of units) expect(text.slice(unit.start, unit.end)).toBe(unit.text);
		}
	);

	it.each(seeds.map((s) => [s.file, s] as const))(
		'the units of %s run in order, never overlap and leave only whitespace uncovered',
		(_file, { text, units }) => {
			let covered = 0;
			for (const unit of units) {
				expect(unit.start).toBeGreaterThanOrEqual(covered);
				expect(text.slice(covered, unit.start).trim()).toBe('');
				expect(unit.end).toBeGreaterThan(unit.start);
				covered = unit.end;
			}
			expect(text.slice(covered).trim()).toBe('');
		}
	);
});
