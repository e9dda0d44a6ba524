import { describe, expect, it } from 'vitest';
import type { EvidenceCode, EvidenceUnit } from '$lib/coded-corpus';
import { segmentArticle, segmentsText, splitUnit, type ReaderSegment } from './segments';

const code = (frame: string, cues: [number, number, string][]): EvidenceCode => ({
	frame,
	confidence: 0.8,
	source: 'US',
	targets: ['Russia'],
	cues: cues.map(([start, end, rule]) => ({ start, end, rule }))
});

/** A unit over `text.slice(start, end)`, numbered in the order the rows give them. */
const unit = (
	text: string,
	ordinal: number,
	start: number,
	end: number,
	kind: EvidenceUnit['kind'] = 'body',
	codes: EvidenceCode[] = []
): EvidenceUnit => ({
	id: 100 + ordinal,
	article: 1,
	ordinal,
	kind,
	start,
	end,
	text: text.slice(start, end),
	actors: [],
	codes
});

/** The segments as short strings: `gap:…`, `unit<ordinal>:…`, `furniture[…]`. */
function outline(segments: readonly ReaderSegment[]): string[] {
	const one = (segment: ReaderSegment): string =>
		segment.type === 'gap'
			? `gap:${segment.text}`
			: segment.type === 'unit'
				? `unit${segment.unit.ordinal}:${segment.text}`
				: `furniture[${segment.parts.map(one).join('|')}]`;
	return segments.map(one);
}

describe('segmentArticle', () => {
	const article = 'Menu\nShare\n\nThe US refused.  Russia offered.\nPhoto: AP';
	// Menu 0–4, Share 5–10, "The US refused." 12–27, "Russia offered." 29–44, caption 45–54.
	const menu = unit(article, 0, 0, 4, 'boilerplate');
	const share = unit(article, 1, 5, 10, 'boilerplate');
	const refused = unit(article, 2, 12, 27);
	const offered = unit(article, 3, 29, 44);
	const caption = unit(article, 4, 45, 54, 'caption');

	it.each<[string, string, EvidenceUnit[], string[]]>([
		['an article without units is one gap', 'Plain text.', [], ['gap:Plain text.']],
		['an empty article gives no segments', '', [], []],
		[
			'whitespace between units is kept as gaps',
			article,
			[refused, offered],
			[
				'gap:Menu\nShare\n\n',
				'unit2:The US refused.',
				'gap:  ',
				'unit3:Russia offered.',
				'gap:\nPhoto: AP'
			]
		],
		[
			'text outside units is kept',
			article,
			[offered],
			['gap:Menu\nShare\n\nThe US refused.  ', 'unit3:Russia offered.', 'gap:\nPhoto: AP']
		],
		[
			'consecutive furniture with whitespace between becomes one run',
			article,
			[menu, share, refused, offered, caption],
			[
				'furniture[unit0:Menu|gap:\n|unit1:Share]',
				'gap:\n\n',
				'unit2:The US refused.',
				'gap:  ',
				'unit3:Russia offered.',
				'gap:\n',
				'unit4:Photo: AP'
			]
		],
		[
			'furniture separated by uncovered text makes two runs',
			'Menu x Share',
			[unit('Menu x Share', 0, 0, 4, 'boilerplate'), unit('Menu x Share', 1, 7, 12, 'boilerplate')],
			['furniture[unit0:Menu]', 'gap: x ', 'furniture[unit1:Share]']
		],
		[
			'units given out of order are taken in text order',
			article,
			[offered, refused],
			[
				'gap:Menu\nShare\n\n',
				'unit2:The US refused.',
				'gap:  ',
				'unit3:Russia offered.',
				'gap:\nPhoto: AP'
			]
		],
		[
			'a unit overlapping the one before starts where that one ends',
			'abcdef',
			[unit('abcdef', 0, 0, 4), unit('abcdef', 1, 2, 6)],
			['unit0:abcd', 'unit1:ef']
		],
		[
			'a unit reaching past the text is clamped to it',
			'abc',
			[unit('abc', 0, 1, 99)],
			['gap:a', 'unit0:bc']
		]
	])('%s', (_, text, units, expected) => {
		const segments = segmentArticle(text, units);
		expect(outline(segments)).toEqual(expected);
		expect(segmentsText(segments)).toBe(text);
	});

	it('counts the lines of a furniture run that hold text and lists its units', () => {
		const [run] = segmentArticle(article, [menu, share, refused]);
		expect(run).toMatchObject({ type: 'furniture', start: 0, end: 10, lines: 2, ordinals: [0, 1] });
	});

	it('cuts each unit into the cue spans of its codes', () => {
		const coded = unit(article, 2, 12, 27, 'body', [
			code('cooperation_refused', [[7, 14, 'refuse']])
		]);
		const [, segment] = segmentArticle(article, [coded]);
		expect(segment).toMatchObject({ type: 'unit', frames: ['cooperation_refused'] });
		expect(segment?.type === 'unit' && segment.pieces.map((piece) => piece.text)).toEqual([
			'The US ',
			'refused',
			'.'
		]);
	});

	it('gives back the article text exactly, whatever the units and cues', () => {
		const text = '<script>alert(1)</script>\n\n  Ünïcode — “quotes” 🙂 end\n';
		const units = [
			unit(text, 0, 0, 25, 'headline', [code('accusation', [[0, 8, 'a']])]),
			unit(text, 1, 29, 43, 'body', [
				code('accusation', [[3, 9, 'b']]),
				code('cooperation_urged', [[5, 40, 'c']])
			]),
			unit(text, 2, 44, 51, 'boilerplate')
		];
		expect(segmentsText(segmentArticle(text, units))).toBe(text);
	});

	it('does not mutate its input', () => {
		const units = [offered, refused];
		const before = structuredClone(units);
		segmentArticle(article, units);
		expect(units).toEqual(before);
	});
});

describe('splitUnit', () => {
	const text = 'The US refused to cooperate with Russia.';

	it.each<[string, string, EvidenceCode[], [string, string[], string[]][]]>([
		['a unit without codes is one plain piece', text, [], [[text, [], []]]],
		['an empty unit is one empty piece', '', [code('accusation', [[0, 3, 'x']])], [['', [], []]]],
		[
			'a cue becomes its own piece between plain pieces',
			text,
			[code('cooperation_refused', [[7, 14, 'refuse']])],
			[
				['The US ', [], []],
				['refused', ['cooperation_refused'], ['refuse']],
				[' to cooperate with Russia.', [], []]
			]
		],
		[
			'overlapping cues from two frames',
			text,
			[
				code('cooperation_refused', [[7, 27, 'refuse-to']]),
				code('cooperation_urged', [[18, 27, 'cooperate']])
			],
			[
				['The US ', [], []],
				['refused to ', ['cooperation_refused'], ['refuse-to']],
				['cooperate', ['cooperation_refused', 'cooperation_urged'], ['refuse-to', 'cooperate']],
				[' with Russia.', [], []]
			]
		],
		[
			'overlapping cues of one frame and rule merge into one piece',
			text,
			[code('accusation', [[4, 10, 'x']]), code('accusation', [[7, 14, 'x']])],
			[
				['The ', [], []],
				['US refused', ['accusation'], ['x']],
				[' to cooperate with Russia.', [], []]
			]
		],
		[
			'cues reaching past the unit are clamped to it',
			text,
			[code('accusation', [[33, 99, 'x']]), code('accusation', [[-5, 3, 'y']])],
			[
				['The', ['accusation'], ['y']],
				[' US refused to cooperate with ', [], []],
				['Russia.', ['accusation'], ['x']]
			]
		],
		[
			'an empty or backwards cue marks nothing',
			text,
			[code('accusation', [[4, 4, 'x']]), code('accusation', [[20, 9, 'y']])],
			[[text, [], []]]
		]
	])('%s', (_, own, codes, expected) => {
		const pieces = splitUnit(own, codes);
		expect(pieces.map((piece) => [piece.text, piece.frames, piece.rules])).toEqual(expected);
		expect(pieces.map((piece) => piece.text).join('')).toBe(own);
		for (const piece of pieces) expect(own.slice(piece.start, piece.end)).toBe(piece.text);
	});

	it('does not mutate its input', () => {
		const codes = [code('accusation', [[40, 2, 'backwards']])];
		const before = structuredClone(codes);
		splitUnit(text, codes);
		expect(codes).toEqual(before);
	});
});
