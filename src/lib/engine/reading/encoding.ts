// Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 when
// the bytes are not UTF-8 — the encoding spreadsheet exports on Windows still write.
import { InputError } from '../input-error';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: TextEncoding;
	/** Whether a byte-order mark was present (and dropped). */
	bom: boolean;
}

/** Bytes Windows-1252 leaves undefined; their presence means the file is not 1252 either. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252's characters for bytes 0x80–0x9F (0 where undefined); every other byte is its
 * Latin-1 code point. Decoded here because some runtimes' TextDecoder treats the label as Latin-1.
 */
const CP1252_HIGH = [
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
	0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
	0x203a, 0x0153, 0, 0x017e, 0x0178
];

export function decodeWindows1252(bytes: Uint8Array): string {
	const chunks: string[] = [];
	const size = 8192;
	for (let offset = 0; offset < bytes.length; offset += size) {
		const codes = Array.from(bytes.subarray(offset, offset + size), (byte) =>
			byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte
		);
		chunks.push(String.fromCharCode(...codes));
	}
	return chunks.join('');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes text, choosing the encoding from a byte-order mark, else UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252. Throws an InputError naming the file when no encoding fits.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		return { text: decodeStrict(bytes.subarray(3), 'utf-8', file), encoding: 'utf-8', bom: true };
	}
	if (startsWith(bytes, [0xff, 0xfe])) {
		return {
			text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
			encoding: 'utf-16le',
			bom: true
		};
	}
	if (startsWith(bytes, [0xfe, 0xff])) {
		return {
			text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
			encoding: 'utf-16be',
			bom: true
		};
	}
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
			encoding: 'utf-8',
			bom: false
		};
	} catch {
		const undefinedByte = bytes.findIndex((byte) => UNDEFINED_IN_1252.has(byte));
		if (undefinedByte >= 0 || bytes.includes(0)) {
			throw new InputError([
				{
					file,
					reason: `is neither UTF-8 nor Windows-1252 text (byte ${undefinedByte >= 0 ? undefinedByte : bytes.indexOf(0)} cannot be decoded); save it as UTF-8`
				}
			]);
		}
		return {
			text: decodeWindows1252(bytes),
			encoding: 'windows-1252',
			bom: false
		};
	}
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8', file: string): string {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new InputError([
			{ file, reason: 'starts with a UTF-8 byte-order mark but contains bytes that are not UTF-8' }
		]);
	}
}
