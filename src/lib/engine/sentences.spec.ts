import { describe, expect, it } from 'vitest';
import { MAX_UNIT, splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it.each([
		[
			'two plain sentences',
			'Moscow made an offer. Washington said no.',
			['Moscow made an offer.', 'Washington said no.']
		],
		[
			'abbreviations that do not end a sentence',
			'The U.S. envoy met Gen. Petrov on Jan. 5 in Geneva. Talks ended.',
			['The U.S. envoy met Gen. Petrov on Jan. 5 in Geneva.', 'Talks ended.']
		],
		[
			'a rank at the end of a line of text',
			'The briefing was given by Army Maj. Gen. John Smith in Baghdad. He left.',
			['The briefing was given by Army Maj. Gen. John Smith in Baghdad.', 'He left.']
		],
		[
			'a quotation with its attribution after it',
			'“We will not take part.” the minister said. Nothing followed.',
			['“We will not take part.” the minister said.', 'Nothing followed.']
		],
		[
			'a quotation and an attribution split by a full stop',
			'"The door is open." Lavrov told reporters on Monday. He left.',
			['"The door is open." Lavrov told reporters on Monday.', 'He left.']
		],
		[
			'a multi-sentence quotation, attributed at its end',
			'“We tried. They refused,” the envoy said.',
			['“We tried.', 'They refused,” the envoy said.']
		]
	])('splits %s', (_case, text, expected) => {
		expect(texts(text)).toEqual(expected);
	});

	it('keeps exact offsets across no-break spaces, curly quotes and ellipses', () => {
		const text = '“Work\u00a0together…now,” he\u00a0said.\u00a0 Then\u00a0silence.';
		const units = splitSentences(text);
		expect(units.map((u) => text.slice(u.start, u.end))).toEqual([
			'“Work\u00a0together…now,” he\u00a0said.',
			'Then\u00a0silence.'
		]);
		expect(units[1]).toEqual({ start: 31, end: 44 });
	});

	it('never lets a unit cross the blocks it is given', () => {
		const text = 'A headline without a stop\nThe body starts here. It goes on.';
		expect(
			splitSentences(text, [
				{ start: 0, end: 25 },
				{ start: 26, end: text.length }
			]).map((s) => text.slice(s.start, s.end))
		).toEqual(['A headline without a stop', 'The body starts here.', 'It goes on.']);
	});

	it('keeps exact offsets past spaces the tokenizer drops (ideographic, em quad, BOM, form feed)', () => {
		const text =
			'Moscow made an offer.\u3000\u3000Washington said no.\ufeff It left.\fThen\u2028more came. End.';
		expect(texts(text)).toEqual([
			'Moscow made an offer.',
			'Washington said no.',
			'It left.',
			'Then\u2028more came.',
			'End.'
		]);
	});

	it('keeps exact offsets past a run of spaces longer than the tokenizer counts', () => {
		const text = `Moscow made an offer.${' '.repeat(70_000)}Washington said no. It left.`;
		expect(splitSentences(text)).toEqual([
			{ start: 0, end: 21 },
			{ start: 70_021, end: 70_040 },
			{ start: 70_041, end: 70_049 }
		]);
	});

	it('cuts a run of text without a sentence end into units of at most MAX_UNIT, at spaces', () => {
		const words = `${'word '.repeat(2000)}end.`;
		const token = 'x'.repeat(2 * MAX_UNIT + 5);
		const text = `${words} Next one.\n${token}`;
		const units = splitSentences(text, [
			{ start: 0, end: words.length + 10 },
			{ start: words.length + 11, end: text.length }
		]);
		const pieces = units.map((u) => text.slice(u.start, u.end));
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_UNIT);
		expect(pieces.slice(0, -4).join(' ')).toBe(words);
		expect(pieces.slice(-4)).toEqual([
			'Next one.',
			'x'.repeat(MAX_UNIT),
			'x'.repeat(MAX_UNIT),
			'xxxxx'
		]);
	});

	it('gives no units for blank text', () => {
		expect(splitSentences('  \n\u00a0 ')).toEqual([]);
	});
});
