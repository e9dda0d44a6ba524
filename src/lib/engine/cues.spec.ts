import { describe, expect, it } from 'vitest';
import { defaultCodebook } from './codebook';
import { findCues, isNegated } from './cues';

describe('isNegated', () => {
	it.each([
		['they will not cooperate', true],
		['we have not, and will not, agree to cooperate', true],
		['they can’t host a delegation', true],
		['they refused cooperation', true],
		['there is no alternative to cooperation', false],
		['they did not stop; now they cooperate', false],
		['not once in the last ten years did they cooperate', false],
		['they cooperate', false]
	])('reads the cue at the end of %j as negated: %s', (text, expected) => {
		const at = text.lastIndexOf(text.split(' ').at(-1) ?? '');
		expect(isNegated(text, at, defaultCodebook)).toBe(expected);
	});
});

describe('findCues', () => {
	it('finds each frame’s cues with their rule and span in the unit', () => {
		const text = 'Moscow rebuffed talks and accused Washington.';
		expect(
			findCues(text, defaultCodebook).map((c) => [
				c.frame.id,
				c.rule.id,
				text.slice(c.start, c.end),
				c.negated
			])
		).toEqual([
			['cooperation_refused', 'refuse-cooperation', 'rebuffed talks', false],
			['cooperation_urged', 'dialogue', 'talks', false],
			['accusation', 'accuse', 'accused', false]
		]);
	});

	it('skips a capitalised cue word inside a proper name but not in a title-case headline', () => {
		expect(
			findCues(
				'Officials at the Joint Coordination Centre said nothing about the raids.',
				defaultCodebook
			)
		).toEqual([]);
		expect(
			findCues('Pentagon Vows To Thwart Moscow Plan', defaultCodebook).map((c) => c.rule.id)
		).toEqual(['thwart']);
	});
});
