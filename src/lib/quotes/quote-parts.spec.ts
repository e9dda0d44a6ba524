import { describe, expect, it } from 'vitest';
import type { EvidenceCode } from '$lib/coded-corpus';
import { quoteParts } from './quote-parts';

const code = (frame: string, cues: [number, number, string][]): EvidenceCode => ({
	frame,
	confidence: 0.9,
	source: null,
	targets: [],
	cues: cues.map(([start, end, rule]) => ({ start, end, rule }))
});

describe('quoteParts', () => {
	const text = 'The US refused to cooperate with Russia.';

	it.each([
		['a unit without codes is one plain run', [], [{ text, frames: [], rules: [] }]],
		[
			'a cue becomes its own run between plain runs',
			[code('cooperation_refused', [[7, 14, 'refuse']])],
			[
				{ text: 'The US ', frames: [], rules: [] },
				{ text: 'refused', frames: ['cooperation_refused'], rules: ['refuse'] },
				{ text: ' to cooperate with Russia.', frames: [], rules: [] }
			]
		],
		[
			'overlapping cues of two frames split into runs covered by one or both',
			[
				code('cooperation_refused', [[7, 27, 'refuse-to']]),
				code('cooperation_urged', [[18, 27, 'cooperate']])
			],
			[
				{ text: 'The US ', frames: [], rules: [] },
				{ text: 'refused to ', frames: ['cooperation_refused'], rules: ['refuse-to'] },
				{
					text: 'cooperate',
					frames: ['cooperation_refused', 'cooperation_urged'],
					rules: ['refuse-to', 'cooperate']
				},
				{ text: ' with Russia.', frames: [], rules: [] }
			]
		],
		[
			'cues reaching past the text are clamped to it',
			[code('accusation', [[33, 99, 'x']])],
			[
				{ text: 'The US refused to cooperate with ', frames: [], rules: [] },
				{ text: 'Russia.', frames: ['accusation'], rules: ['x'] }
			]
		]
	])('%s', (_, codes, expected) => {
		expect(quoteParts(text, codes)).toEqual(expected);
	});

	it('gives the text back exactly when its runs are joined', () => {
		const codes = [
			code('accusation', [
				[0, 3, 'a'],
				[2, 9, 'b']
			])
		];
		expect(
			quoteParts(text, codes)
				.map((part) => part.text)
				.join('')
		).toBe(text);
	});

	it('does not mutate its input', () => {
		const codes = [code('accusation', [[4, 6, 'a']])];
		const before = structuredClone(codes);
		quoteParts(text, codes);
		expect(codes).toEqual(before);
	});
});
