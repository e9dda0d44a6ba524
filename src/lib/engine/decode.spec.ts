import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode';
import { InputError } from './input-error';

describe('decodeUtf8', () => {
	it('decodes multi-byte characters and drops a byte-order mark', () => {
		const bytes = new Uint8Array([
			0xef,
			0xbb,
			0xbf,
			...new TextEncoder().encode('“Daesh” — Moscow\u00a0said')
		]);
		expect(decodeUtf8(bytes, 'a.txt')).toBe('“Daesh” — Moscow\u00a0said');
	});

	it('throws an InputError naming the file and line when bytes are not UTF-8', () => {
		const bytes = new Uint8Array([
			...new TextEncoder().encode('line one\nline '),
			0x93,
			0x71,
			0x94
		]);
		expect(() => decodeUtf8(bytes, 'newsapi/rt.csv')).toThrow(InputError);
		expect(() => decodeUtf8(bytes, 'newsapi/rt.csv')).toThrow(
			'newsapi/rt.csv, row 2: contains bytes that are not valid UTF-8 (is the file in another encoding?)'
		);
	});
});
