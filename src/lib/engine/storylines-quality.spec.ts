import { describe, expect, it } from 'vitest';
import frames from '../../../tests/fixtures/seeds.frames.json';
import gold from '../../../tests/fixtures/seeds.storylines.json';
import manifestText from '../../../seeds/manifest.csv?raw';
import { parseManifest } from './manifest';
import { alignStorylines } from './storylines';
import { scoreStorylines } from './evaluation/score-storylines';
import { seedDocuments, type GoldFrames } from './evaluation/seed-storylines';

const manifest = parseManifest(manifestText);

function score(withFrames: boolean) {
	const documents = seedDocuments(frames as GoldFrames, manifest, withFrames);
	return scoreStorylines(gold.storylines, alignStorylines(documents));
}

function report(name: string, s: ReturnType<typeof score>) {
	console.log(
		`${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} ` +
			`(TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`
	);
}

describe('alignStorylines on the seed corpus, scored pairwise against the gold storylines', () => {
	it('reaches F1 ≥ 0.8 from the hand-coded units with their frames', () => {
		const s = score(true);
		report('seeds, spans + kinds + frames', s);
		expect(s.f1).toBeGreaterThanOrEqual(0.8);
	});

	it('reaches F1 ≥ 0.7 from spans and kinds alone, without frames or actors', () => {
		const s = score(false);
		report('seeds, spans + kinds only', s);
		expect(s.f1).toBeGreaterThanOrEqual(0.7);
	});
});
