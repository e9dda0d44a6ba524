import { describe, expect, it } from 'vitest';
import type { EvidenceUnit } from '$lib/coded-corpus';
import { countActors, summariseUnits } from './summary';

const unit = (
	ordinal: number,
	kind: EvidenceUnit['kind'],
	frames: string[] = [],
	actors: string[] = []
): EvidenceUnit => ({
	id: ordinal,
	article: 1,
	ordinal,
	kind,
	start: 0,
	end: 0,
	text: '',
	actors,
	codes: frames.map((frame) => ({ frame, confidence: 1, source: null, targets: [], cues: [] }))
});

const FRAMES = [
	{ id: 'cooperation_urged', label: 'Cooperation urged' },
	{ id: 'accusation', label: 'Accusation' }
];

describe('summariseUnits', () => {
	it.each<[string, EvidenceUnit[], ReturnType<typeof summariseUnits>]>([
		[
			'an article without units has no sentences and every frame at zero',
			[],
			{
				sentences: 0,
				coded: 0,
				frames: [
					{ frame: 'cooperation_urged', label: 'Cooperation urged', units: 0 },
					{ frame: 'accusation', label: 'Accusation', units: 0 }
				]
			}
		],
		[
			'headline and body units are sentences; captions and furniture are not',
			[unit(0, 'headline'), unit(1, 'body'), unit(2, 'caption'), unit(3, 'boilerplate')],
			{
				sentences: 2,
				coded: 0,
				frames: [
					{ frame: 'cooperation_urged', label: 'Cooperation urged', units: 0 },
					{ frame: 'accusation', label: 'Accusation', units: 0 }
				]
			}
		],
		[
			'a unit with two frames is coded once and counted under each frame',
			[
				unit(0, 'body', ['accusation', 'cooperation_urged']),
				unit(1, 'body', ['accusation', 'accusation']),
				unit(2, 'body')
			],
			{
				sentences: 3,
				coded: 2,
				frames: [
					{ frame: 'cooperation_urged', label: 'Cooperation urged', units: 1 },
					{ frame: 'accusation', label: 'Accusation', units: 2 }
				]
			}
		],
		[
			'a frame the codebook does not know is listed last under its id',
			[unit(0, 'body', ['mystery'])],
			{
				sentences: 1,
				coded: 1,
				frames: [
					{ frame: 'cooperation_urged', label: 'Cooperation urged', units: 0 },
					{ frame: 'accusation', label: 'Accusation', units: 0 },
					{ frame: 'mystery', label: 'mystery', units: 1 }
				]
			}
		]
	])('%s', (_, units, expected) => {
		expect(summariseUnits(units, FRAMES)).toEqual(expected);
	});
});

describe('countActors', () => {
	it.each<[string, EvidenceUnit[], ReturnType<typeof countActors>]>([
		['no units name no actors', [], []],
		[
			'actors are counted once per unit, most named first, ties by id',
			[
				unit(0, 'headline', [], ['US', 'Russia']),
				unit(1, 'body', [], ['Russia', 'Russia']),
				unit(2, 'caption', [], ['ISIS'])
			],
			[
				{ actor: 'Russia', units: 2 },
				{ actor: 'ISIS', units: 1 },
				{ actor: 'US', units: 1 }
			]
		],
		['actors named only in furniture are left out', [unit(0, 'boilerplate', [], ['NATO'])], []]
	])('%s', (_, units, expected) => {
		expect(countActors(units)).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const units = [unit(0, 'body', ['accusation'], ['US', 'Russia'])];
		const before = structuredClone(units);
		countActors(units);
		summariseUnits(units, FRAMES);
		expect(units).toEqual(before);
	});
});
