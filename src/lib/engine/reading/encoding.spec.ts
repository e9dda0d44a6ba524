import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding';
import { InputError } from '../input-error';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-16 code units without a byte-order mark, as some tools save "Unicode" text. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
	const bytes = new Uint8Array(text.length * 2);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		bytes[2 * i + (order === 'le' ? 0 : 1)] = code & 0xff;
		bytes[2 * i + (order === 'le' ? 1 : 0)] = code >> 8;
	}
	return bytes;
}
const CSV = 'id,text,outlet\n1,Moscow said the strikes would continue.,RT\n';
const RUSSIAN = 'id,text\n1,Москва заявила, что удары продолжатся.\n';

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

	it.each([
		['UTF-16LE', CSV, 'le', 'utf-16le'],
		['UTF-16BE', CSV, 'be', 'utf-16be'],
		['Cyrillic UTF-16LE', RUSSIAN, 'le', 'utf-16le']
	] as const)(
		'decodes %s without a BOM, with no NULs left between letters',
		(_, text, order, encoding) => {
			const decoded = decodeText(utf16(text, order), 'unicode.csv');
			expect(decoded).toEqual({ text, encoding, bom: false });
			expect(decoded.text).not.toContain('\u0000');
		}
	);

	it('reads UTF-8 with a stray NUL as UTF-8, not as UTF-16 or binary', () => {
		const text = `${CSV}2,Washington\u0000 said it would not cooperate.,Fox News\n`;
		expect(decodeText(utf8(text), 'a.csv')).toEqual({ text, encoding: 'utf-8', bom: false });
	});

	it('still reads a Windows-1252 file ending in an accented letter as Windows-1252', () => {
		expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.txt').text).toBe('café');
	});

	it.each([
		[
			'UTF-8 cut off inside its last character',
			utf8('text\nMoscow — and Ankara — named “Daesh”').subarray(0, -1),
			/^cut\.csv: is UTF-8 cut off in the middle of a character at its very end: the file looks truncated/
		],
		[
			'binary data that happens to be valid UTF-8',
			new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7) % 128)),
			/^cut\.csv: holds binary data, not text \(control character U\+0000 at character 1, and more\)/
		],
		[
			'UTF-16 of odd length (no whole code units)',
			utf16(CSV, 'le').subarray(1),
			/^cut\.csv: holds binary data, not text/
		]
	])('throws an InputError naming the file for %s', (_case, bytes, message) => {
		expect(() => decodeText(bytes, 'cut.csv')).toThrow(InputError);
		expect(() => decodeText(bytes, 'cut.csv')).toThrow(message);
	});
});
