import { describe, expect, it } from 'vitest';
import { findActors, sideOf } from './actors';
import { defaultCodebook } from './codebook';

const found = (text: string) =>
	findActors(text, defaultCodebook).map((m) => [text.slice(m.start, m.end), m.actor]);

describe('findActors', () => {
	it.each([
		[
			'aliases normalised to their actor',
			'The Kremlin and the Pentagon spoke.',
			[
				['Kremlin', 'Russia'],
				['Pentagon', 'US']
			]
		],
		[
			'the longest alias',
			'The Russian Defense Ministry said the US-led coalition struck.',
			[
				['Russian Defense Ministry', 'Russia'],
				['US-led coalition', 'US']
			]
		],
		[
			'demonyms',
			'Russians and Americans alike.',
			[
				['Russians', 'Russia'],
				['Americans', 'US']
			]
		],
		['IS as the group, not the verb', 'It is clear that IS fighters fled.', [['IS', 'ISIS']]],
		[
			'IS in brackets and before an apostrophe',
			'the group [IS, formerly ISIL] and IS’ call',
			[
				['IS', 'ISIS'],
				['ISIL', 'ISIS'],
				['IS', 'ISIS']
			]
		],
		['no acronym in shouted text', 'WHAT IS THE US DOING', []],
		['US only in capitals', 'Tell us what the US wants.', [['US', 'US']]],
		[
			'names inside hyphenated words',
			'anti-Daesh strikes and US-Russia talks',
			[
				['Daesh', 'ISIS'],
				['US', 'US'],
				['Russia', 'Russia']
			]
		]
	])('finds %s', (_case, text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it('gives offsets into the whole text when asked for a range of it', () => {
		const text = 'Intro. Lavrov spoke.';
		expect(findActors(text, defaultCodebook, 7, text.length)).toEqual([
			{ actor: 'Russia', start: 7, end: 13 }
		]);
	});
});

describe('sideOf', () => {
	it.each([
		['US', 'west'],
		['Syria', 'east'],
		['ISIS', 'enemy'],
		['China', null],
		['Ribal Assad', null],
		[null, null]
	])('puts %s on side %s', (actor, side) => {
		expect(sideOf(defaultCodebook, actor)).toBe(side);
	});
});
