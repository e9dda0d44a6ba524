// What a value read from a file may hold before it is stored. Every stored string ends up in an
// export (SVG, CSV, PDF) sooner or later, and XML 1.0 cannot hold C0 controls other than tab,
// line feed and carriage return, lone surrogates, U+FFFE or U+FFFF; and each field has a length
// beyond which it is not that field (a 2 MB "title" is a mis-mapped column, not a title).

/** Longest value kept per field, in characters (UTF-16 code units, as the store counts them). */
export const FIELD_LIMITS = {
	outlet: 200,
	title: 1_000,
	url: 2_048,
	attribution: 2_000,
	/** Far above the longest news article (a 100,000-word feature is about 700,000 characters). */
	text: 5_000_000
} as const;

export type LimitedField = keyof typeof FIELD_LIMITS;

const LABELS: Record<LimitedField, string> = {
	outlet: 'an outlet name',
	title: 'a title',
	url: 'a URL',
	attribution: 'an attribution',
	text: 'an article text'
};

/** C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates. */
const UNSAFE =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A character as a person can look it up: "U+0000". */
export const codePoint = (char: string) =>
	`U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character no export can hold, and where it is (0-based), or null. */
export function unsafeCharacter(value: string): { char: string; index: number } | null {
	UNSAFE.lastIndex = 0;
	const match = UNSAFE.exec(value);
	return match ? { char: match[0], index: match.index } : null;
}

/**
 * The text less every character no export can hold; vertical tabs and form feeds (page breaks in
 * text pulled from PDFs) become line breaks, so the words on either side stay apart.
 */
export function stripUnsafe(text: string): { text: string; removed: number } {
	let removed = 0;
	const kept = text.replace(UNSAFE, (char) => {
		removed++;
		return char === '\v' || char === '\f' ? '\n' : '';
	});
	return { text: kept, removed };
}

/**
 * Article text as stored: `stripUnsafe`, then Unicode's composed form (NFC), so "é" typed two
 * ways is one word to the coder.
 */
export function cleanText(text: string): { text: string; removed: number } {
	const { text: kept, removed } = stripUnsafe(text);
	return { text: kept.normalize('NFC'), removed };
}

/** A one-line value as stored: runs of whitespace (line breaks too) as one space, trimmed, NFC. */
export const squashLine = (value: string) => value.replace(/\s+/g, ' ').trim().normalize('NFC');

/** Why a one-line value cannot be stored as it is, or null: it holds a character no export can. */
export function lineProblem(value: string): string | null {
	const unsafe = unsafeCharacter(value);
	return unsafe
		? `holds ${unsafe.char < ' ' ? 'a control character' : 'a broken character'} (${codePoint(unsafe.char)} at character ${unsafe.index + 1}) that no export can hold`
		: null;
}

/** Why a value is too long for its field, or null. */
export function lengthProblem(field: LimitedField, value: string): string | null {
	const max = FIELD_LIMITS[field];
	return value.length > max
		? `is ${value.length.toLocaleString('en')} characters long; ${LABELS[field]} has at most ${max.toLocaleString('en')}${field === 'text' ? '' : ' (is the right column mapped?)'}`
		: null;
}

export type FieldReading = { value: string; removed: number } | { problem: string };

/**
 * Reads one field of one row: article text is cleaned (see `cleanText`) and kept; a one-line
 * field with a control character is refused rather than guessed at; either is refused when longer
 * than its limit.
 */
export function readField(field: LimitedField, raw: string): FieldReading {
	if (field === 'text') {
		const { text, removed } = cleanText(raw);
		const problem = lengthProblem(field, text);
		return problem ? { problem } : { value: text, removed };
	}
	const value = squashLine(raw);
	const problem = lineProblem(value) ?? lengthProblem(field, value);
	return problem ? { problem } : { value, removed: 0 };
}
