import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding';
import { InputError } from '../input-error';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	it.each([
		[
			'plain UTF-8',
			utf8('“Daesh” — Moscow\u00a0said'),
			'“Daesh” — Moscow\u00a0said',
			'utf-8',
			false
		],
		[
			'UTF-8 with a BOM',
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kremlin')]),
			'Kremlin',
			'utf-8',
			true
		],
		[
			'UTF-16LE with a BOM',
			new Uint8Array([0xff, 0xfe, 0x52, 0x00, 0x54, 0x00]),
			'RT',
			'utf-16le',
			true
		],
		[
			'UTF-16BE with a BOM',
			new Uint8Array([0xfe, 0xff, 0x00, 0x52, 0x00, 0x54]),
			'RT',
			'utf-16be',
			true
		],
		[
			'Windows-1252 curly quotes and accents',
			new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]),
			'“Café” €5',
			'windows-1252',
			false
		]
	])('decodes %s', (_case, bytes, text, encoding, bom) => {
		expect(decodeText(bytes, 'a.csv')).toEqual({ text, encoding, bom });
	});

	it('keeps a lone U+FEFF inside the text, since only a leading one is a byte-order mark', () => {
		expect(decodeText(utf8('a\uFEFFb'), 'a.txt').text).toBe('a\uFEFFb');
	});

	it.each([
		['a byte Windows-1252 leaves undefined', new Uint8Array([0x41, 0x81, 0x42])],
		['binary data with NUL bytes', new Uint8Array([0x00, 0xff, 0x10, 0x9d])]
	])('throws an InputError naming the file for %s', (_case, bytes) => {
		expect(() => decodeText(bytes, 'data/export.csv')).toThrow(InputError);
		expect(() => decodeText(bytes, 'data/export.csv')).toThrow(
			/^data\/export\.csv: is neither UTF-8 nor Windows-1252 text/
		);
	});
});
