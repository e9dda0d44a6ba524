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
		[
			'a unit without codes is one plain run',
			[],
			[{ start: 0, end: text.length, text, frames: [], rules: [] }]
		],
		[
			'a cue becomes its own run between plain runs',
			[code('cooperation_refused', [[7, 14, 'refuse']])],
			[
				{ start: 0, end: 7, text: 'The US ', frames: [], rules: [] },
				{ start: 7, end: 14, text: 'refused', frames: ['cooperation_refused'], rules: ['refuse'] },
				{ start: 14, end: 40, text: ' to cooperate with Russia.', frames: [], rules: [] }
			]
		],
		[
			'overlapping cues of two frames split into runs covered by one or both',
			[
				code('cooperation_refused', [[7, 27, 'refuse-to']]),
				code('cooperation_urged', [[18, 27, 'cooperate']])
			],
			[
				{ start: 0, end: 7, text: 'The US ', frames: [], rules: [] },
				{
					start: 7,
					end: 18,
					text: 'refused to ',
					frames: ['cooperation_refused'],
					rules: ['refuse-to']
				},
				{
					start: 18,
					end: 27,
					text: 'cooperate',
					frames: ['cooperation_refused', 'cooperation_urged'],
					rules: ['refuse-to', 'cooperate']
				},
				{ start: 27, end: 40, text: ' with Russia.', frames: [], rules: [] }
			]
		],
		[
			'cues reaching past the text are clamped to it',
			[code('accusation', [[33, 99, 'x']])],
			[
				{ start: 0, end: 33, text: 'The US refused to cooperate with ', frames: [], rules: [] },
				{ start: 33, end: 40, text: 'Russia.', frames: ['accusation'], rules: ['x'] }
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
