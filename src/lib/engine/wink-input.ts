// What wink-nlp is given to read. Its tokenizer does work quadratic in the length of a token
// (its e-mail and URL patterns retry a token at every character, and it rebuilds dotted and
// hyphenated words piece by piece); its sentence automaton rereads a run of line-break tokens
// ("\n \n \n …") from each of them; and it counts at most 65,534 spaces before a token. So an
// over-long token, or run of spaces and line breaks, loses its middle before wink sees it: its
// head and tail are what wink's patterns look at, and a token stays one token. Each cut is
// kept, so that offsets into what wink read map back exactly to the original. Spaces outside
// wink's list (ideographic, em and thin spaces, BOMs, form feeds …), which it drops without
// counting, are read as plain spaces, one for one. Text with none of these passes unchanged.

/** The characters wink splits tokens at (its English model's `splitter`). */
const SPACES = ' \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f';
const BREAKS = '\\n\\r\\t';
/** Longer than words and links get in prose; a token this long costs wink little. */
export const MAX_TOKEN = 256;
/** Sentence boundaries do not depend on how many spaces there are. (Nor cross a line break.) */
export const MAX_SPACES = 256;
// The lookbehinds start a match only where a run starts, so finding the runs is one linear pass.
const SEPARATORS = SPACES + BREAKS;
const LONG_RUN = `(?<![^${SEPARATORS}])[^${SEPARATORS}]{${MAX_TOKEN + 1},}|(?<![${SEPARATORS}])[${SEPARATORS}]{${MAX_SPACES + 1},}`;
const HAS_LONG_RUN = new RegExp(LONG_RUN);
const LONG_RUNS = new RegExp(LONG_RUN, 'g');
const SEPARATOR = new RegExp(`[${SEPARATORS}]`);
/** JavaScript's other white space (`\s` less wink's separators), which wink would drop. */
const OTHER_SPACE = '\\v\\f\\u1680\\u2000\\u2001\\u2006-\\u2008\\u2028\\u2029\\u3000\\ufeff';
const HAS_OTHER_SPACE = new RegExp(`[${OTHER_SPACE}]`);
const OTHER_SPACES = new RegExp(`[${OTHER_SPACE}]`, 'g');

export interface WinkInput {
	/** The text for wink to read: the original itself when there is nothing to change. */
	text: string;
	/** The offset in the original text of an offset in `text`. */
	original(offset: number): number;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The text wink is to read in place of `text`, with the way back to the original's offsets. */
export function winkInput(original: string): WinkInput {
	const text = HAS_OTHER_SPACE.test(original) ? original.replace(OTHER_SPACES, ' ') : original;
	if (!HAS_LONG_RUN.test(text)) return { text, original: (offset) => offset };
	const parts: string[] = [];
	// Edits in increasing position of the wink text: from `at` on, add `shift` to get the original.
	const at: number[] = [];
	const shift: number[] = [];
	let total = 0;
	let from = 0;
	let length = 0;
	const edit = (position: number, by: number) => {
		total += by;
		at.push(position);
		shift.push(total);
	};
	LONG_RUNS.lastIndex = 0;
	for (let m = LONG_RUNS.exec(text); m; m = LONG_RUNS.exec(text)) {
		const start = m.index;
		const end = start + m[0].length;
		// Its head and its tail, never cutting a surrogate pair.
		const keep = (SEPARATOR.test(m[0].charAt(0)) ? MAX_SPACES : MAX_TOKEN) / 2;
		let head = start + keep;
		if (isLowSurrogate(text.charCodeAt(head))) head--;
		let tail = end - keep;
		if (isLowSurrogate(text.charCodeAt(tail))) tail--;
		parts.push(text.slice(from, head), text.slice(tail, end));
		length += head - from;
		edit(length, tail - head);
		length += end - tail;
		from = end;
	}
	parts.push(text.slice(from));
	return {
		text: parts.join(''),
		original(offset) {
			// The last edit before `offset`, by binary search.
			let lo = 0;
			let hi = at.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if ((at[mid] ?? 0) < offset) lo = mid + 1;
				else hi = mid;
			}
			return offset + (lo === 0 ? 0 : (shift[lo - 1] ?? 0));
		}
	};
}
