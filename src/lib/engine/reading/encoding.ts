// Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its
// NULs show it), or Windows-1252 when the bytes are not UTF-8 — the encoding spreadsheet exports on
// Windows still write. Bytes that decode to control characters rather than text are refused.
import { InputError } from '../input-error';
import { codePoint } from './fields';

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

/** Pairs sampled to recognise UTF-16 without a BOM, and the fewest that can show it. */
const UTF16_SAMPLE = 4096;
const UTF16_MIN_PAIRS = 8;

/**
 * UTF-16 without a byte-order mark, told by its code units' high bytes: text in one script keeps
 * them to a few values, NUL among them (Latin letters, digits, spaces and line breaks all have a
 * NUL high byte), while the low bytes are almost never NUL. Binary data shows no such split.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const pairs = Math.min(bytes.length >> 1, UTF16_SAMPLE);
	if (pairs < UTF16_MIN_PAIRS || bytes.length % 2 !== 0) return null;
	for (const [encoding, high] of [
		['utf-16le', 1],
		['utf-16be', 0]
	] as const) {
		const highs = new Set<number>();
		let highNuls = 0;
		let lowNuls = 0;
		for (let i = 0; i < pairs; i++) {
			const value = bytes[2 * i + high]!;
			highs.add(value);
			if (value === 0) highNuls++;
			if (bytes[2 * i + 1 - high] === 0) lowNuls++;
		}
		if (highNuls * 10 >= pairs && lowNuls * 10 <= highNuls && highs.size <= 4) return encoding;
	}
	return null;
}

/** Characters sampled to tell text from binary data, and the share of controls that is binary. */
const BINARY_SAMPLE = 65_536;
const BINARY_SHARE = 0.02;
const BINARY_MIN = 4;

/** The first control character of a decoded text that reads as binary data, or null for text. */
function binaryEvidence(text: string): { char: string; index: number } | null {
	const sample = text.slice(0, BINARY_SAMPLE);
	let controls = 0;
	let first = -1;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		// Tab, line feed, vertical tab, form feed and carriage return are how text is laid out.
		if (code < 0x20 && (code < 0x09 || code > 0x0d)) {
			controls++;
			if (first < 0) first = i;
		}
	}
	return controls >= BINARY_MIN && controls > sample.length * BINARY_SHARE
		? { char: sample[first]!, index: first }
		: null;
}

/** Whether the bytes are UTF-8 cut off inside the last character: whole UTF-8, with non-ASCII text, before it. */
function truncatedUtf8(bytes: Uint8Array): boolean {
	for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
		const lead = bytes[bytes.length - cut]!;
		if (lead < 0x80) return false;
		if (lead < 0xc0) continue;
		const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
		if (length <= cut) return false;
		const head = bytes.subarray(0, bytes.length - cut);
		try {
			new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(head);
		} catch {
			return false;
		}
		return head.some((byte) => byte >= 0x80);
	}
	return false;
}

const refuse = (file: string, reason: string) => new InputError([{ file, reason }]);

function decodeWithoutBom(bytes: Uint8Array, file: string): DecodedText {
	const utf16 = utf16WithoutBom(bytes);
	if (utf16) {
		try {
			const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
			return { text, encoding: utf16, bom: false };
		} catch {
			// Not whole UTF-16 after all: read as the other encodings below would.
		}
	}
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
			encoding: 'utf-8',
			bom: false
		};
	} catch {
		if (truncatedUtf8(bytes))
			throw refuse(
				file,
				'is UTF-8 cut off in the middle of a character at its very end: the file looks truncated (was the download or copy complete?)'
			);
		const undefinedByte = bytes.findIndex((byte) => UNDEFINED_IN_1252.has(byte));
		if (undefinedByte >= 0 || bytes.includes(0)) {
			throw refuse(
				file,
				`is neither UTF-8 nor Windows-1252 text (byte ${undefinedByte >= 0 ? undefinedByte : bytes.indexOf(0)} cannot be decoded); save it as UTF-8`
			);
		}
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
	}
}

/**
 * Decodes text, choosing the encoding from a byte-order mark, else UTF-16 if its NULs show it,
 * else UTF-8 if the bytes are valid UTF-8, else Windows-1252. Throws an InputError naming the
 * file when no encoding fits, when UTF-8 stops inside a character, or when the text decoded is
 * mostly control characters (binary data given a text file's name).
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
	let decoded: DecodedText;
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		decoded = {
			text: decodeStrict(bytes.subarray(3), 'utf-8', file),
			encoding: 'utf-8',
			bom: true
		};
	} else if (startsWith(bytes, [0xff, 0xfe])) {
		decoded = {
			text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
			encoding: 'utf-16le',
			bom: true
		};
	} else if (startsWith(bytes, [0xfe, 0xff])) {
		decoded = {
			text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
			encoding: 'utf-16be',
			bom: true
		};
	} else decoded = decodeWithoutBom(bytes, file);
	const binary = binaryEvidence(decoded.text);
	if (binary)
		throw refuse(
			file,
			`holds binary data, not text (control character ${codePoint(binary.char)} at character ${binary.index + 1}, and more); export it as UTF-8 text`
		);
	return decoded;
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
