import { describe, expect, it } from 'vitest';
import { cleanText, FIELD_LIMITS, readField, squashLine, unsafeCharacter } from './fields';

describe('cleanText', () => {
	it.each([
		[
			'keeps tabs and line breaks',
			'Moscow\tsaid.\r\nThen:\nmore.',
			'Moscow\tsaid.\r\nThen:\nmore.',
			0
		],
		['removes NULs and other C0 controls', 'Mos\u0000cow\u0007 said\u001b.', 'Moscow said.', 3],
		[
			'turns form feeds and vertical tabs into line breaks',
			'Page one.\fPage two.\vEnd.',
			'Page one.\nPage two.\nEnd.',
			2
		],
		['removes lone surrogates and keeps pairs', 'a\ud800b\udc00c😀', 'abc😀', 2],
		['removes U+FFFE and U+FFFF', 'a\ufffeb\uffffc', 'abc', 2],
		['composes accents typed as two characters (NFC)', 'Cafe\u0301', 'Café', 0]
	])('%s', (_, text, kept, removed) => {
		expect(cleanText(text)).toEqual({ text: kept, removed });
	});
});

describe('squashLine', () => {
	it('makes one trimmed line of a value with breaks and runs of spaces', () => {
		expect(squashLine('  Russia\n Today\t\u00a0 ')).toBe('Russia Today');
	});
});

describe('unsafeCharacter', () => {
	it.each([
		['RT', null],
		['R\u0000T', { char: '\u0000', index: 1 }],
		['😀\udc00', { char: '\udc00', index: 2 }]
	])('finds in %j: %j', (value, found) => {
		expect(unsafeCharacter(value)).toEqual(found);
	});
});

describe('readField', () => {
	it.each([
		['outlet', ' Russia  Today ', { value: 'Russia Today', removed: 0 }],
		[
			'outlet',
			'R\u0000T',
			{
				problem: 'holds a control character (U+0000 at character 2) that no export can hold'
			}
		],
		[
			'title',
			'Talks \ud800in Geneva',
			{
				problem: 'holds a broken character (U+D800 at character 7) that no export can hold'
			}
		],
		[
			'title',
			't'.repeat(2 ** 21),
			{
				problem:
					'is 2,097,152 characters long; a title has at most 1,000 (is the right column mapped?)'
			}
		],
		['title', 't'.repeat(FIELD_LIMITS.title), { value: 't'.repeat(1000), removed: 0 }],
		[
			'url',
			`https://rt.com/${'a'.repeat(2100)}`,
			{ problem: 'is 2,115 characters long; a URL has at most 2,048 (is the right column mapped?)' }
		],
		['text', 'Body\u0000 text.', { value: 'Body text.', removed: 1 }]
	] as const)('reads %s %j', (field, raw, reading) => {
		expect(readField(field, raw)).toEqual(reading);
	});

	it('refuses a text over its limit, counted after cleaning', () => {
		expect(readField('text', 'x'.repeat(FIELD_LIMITS.text + 1))).toEqual({
			problem: 'is 5,000,001 characters long; an article text has at most 5,000,000'
		});
		expect(readField('text', `${'x'.repeat(FIELD_LIMITS.text)}\u0000`)).toMatchObject({
			removed: 1
		});
	});
});
