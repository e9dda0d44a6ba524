// Splits article text into coding units (sentences, a quote with its attribution) with exact
// offsets. wink-nlp finds the sentence boundaries; its tokens keep their preceding whitespace, so
// summing token and space lengths gives exact JavaScript string offsets into the original text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { winkInput } from './wink-input';

/** A half-open range of JavaScript string indices into the original text. */
export interface Span {
	start: number;
	end: number;
}

// One instance per module: loading the model is the expensive part, reading a document is cheap.
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

const TITLE_ABBREVIATION =
	/(?:^|[\s(])(?:Maj|Gen|Col|Lt|Sgt|Capt|Adm|Brig|Cmdr|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|St|Rev|Hon|Pres|Amb|No|Nos|vs|approx)\.$/;
const MONTH_ABBREVIATION = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const CLOSES_QUOTE = /[.!?,][”"’']$/;
const WORD = /[\p{L}\p{N}]+/gu;
const ATTRIBUTION_START =
	/^[^“"\n]{0,80}?\b(?:said|says|told|added|adds|warned|noted|stated|insisted|stressed|explained|continued|wrote|tweeted|concluded|according\s+to)\b/;

/** Offsets of the ends of wink's sentences, in order. */
function sentenceEnds(text: string): number[] {
	// wink reads the text with over-long tokens and runs of spaces cut down (see wink-input);
	// its offsets are mapped back to the original.
	const input = winkInput(text);
	const doc = nlp.readDoc(input.text);
	const values = doc.tokens().out();
	const spaces = doc.tokens().out(its.precedingSpaces);
	const tokenEnd: number[] = new Array(values.length);
	let offset = 0;
	for (let i = 0; i < values.length; i++) {
		offset += (spaces[i] ?? '').length + (values[i] ?? '').length;
		tokenEnd[i] = offset;
	}
	const spans = doc.sentences().out(its.span) as unknown as [number, number][];
	const ends: number[] = [];
	for (const [, last] of spans) {
		const end = tokenEnd[last];
		if (end !== undefined) ends.push(input.original(end));
	}
	return ends;
}

/**
 * The longest unit: far beyond a sentence of prose. Coding reads each unit with patterns whose
 * work grows with the unit's length times its matches (and codebook patterns are the user's),
 * so a longer run of text without a sentence end is cut, at a space where it has one.
 */
export const MAX_UNIT = 3000;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `span` as units of at most MAX_UNIT characters, trimmed, pushed to `units`. */
export function capUnit(text: string, span: Span, units: Span[] = []): Span[] {
	let start = span.start;
	while (span.end - start > MAX_UNIT) {
		let cut = start + MAX_UNIT;
		let space = cut;
		while (space > start + MAX_UNIT / 2 && !/\s/u.test(text.charAt(space - 1))) space--;
		if (space > start + MAX_UNIT / 2) cut = space;
		else if (isLowSurrogate(text.charCodeAt(cut))) cut--;
		const piece = trimmed(text, start, cut);
		if (piece) units.push(piece);
		start = cut;
	}
	const last = trimmed(text, start, span.end);
	if (last) units.push(last);
	return units;
}

function trimmed(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/u.test(text.charAt(start))) start++;
	while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
	return start < end ? { start, end } : null;
}

function wordCount(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

const SPACE = /\s/;
const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';

/**
 * Whether `text[start, end)` ends in a name and an initial, "… Mohammed S.": the pattern
 * `(?:^|\s)[A-Z][a-z]+\s+[A-Z]\.$` read backwards from the end, so that a unit grown piece
 * by piece is not reread from its start at every piece.
 */
function endsWithNameInitial(text: string, start: number, end: number): boolean {
	let i = end - 2;
	if (i < start || text.charAt(i + 1) !== '.' || !isUpper(text.charAt(i))) return false;
	let j = i;
	while (j > start && SPACE.test(text.charAt(j - 1))) j--;
	if (j === i) return false;
	i = j;
	while (j > start && isLower(text.charAt(j - 1))) j--;
	if (j === i || j === start || !isUpper(text.charAt(j - 1))) return false;
	return j - 1 === start || SPACE.test(text.charAt(j - 2));
}

/**
 * Whether the piece `next` continues the unit `prev` (spans of `text`): a split after a title
 * or an initial, or a quote's attribution. The unit's ends are read from a short tail: its
 * patterns reach at most a few characters back.
 */
function continues(text: string, unit: Span, piece: Span): boolean {
	const prev = text.slice(Math.max(unit.start, unit.end - 16), unit.end);
	const next = text.slice(piece.start, piece.end);
	if (TITLE_ABBREVIATION.test(prev) || endsWithNameInitial(text, unit.start, unit.end)) return true;
	if (MONTH_ABBREVIATION.test(prev) && /^\d/.test(next)) return true;
	if (/^[\p{Ll},;:)\]]/u.test(next)) return true;
	if (!CLOSES_QUOTE.test(prev)) return false;
	const head = next.split(/\s+/).slice(0, 7).join(' ');
	return wordCount(next) <= 14 && ATTRIBUTION_START.test(head);
}

/**
 * Splits each block into sentence units. Units never cross a block, carry no surrounding
 * whitespace, are at most MAX_UNIT characters long, and always satisfy
 * `text.slice(unit.start, unit.end)` being the unit's text.
 */
export function splitSentences(
	text: string,
	blocks: readonly Span[] = [{ start: 0, end: text.length }]
): Span[] {
	const ends = sentenceEnds(text);
	const units: Span[] = [];
	let e = 0;
	for (const block of blocks) {
		while (e < ends.length && (ends[e] ?? 0) <= block.start) e++;
		let from = block.start;
		const pieces: Span[] = [];
		for (; e < ends.length && (ends[e] ?? 0) < block.end; e++) {
			const piece = trimmed(text, from, ends[e] ?? from);
			if (piece) pieces.push(piece);
			from = ends[e] ?? from;
		}
		const last = trimmed(text, from, block.end);
		if (last) pieces.push(last);
		for (const piece of pieces) {
			const prev = units.at(-1);
			const sameBlock = prev !== undefined && prev.start >= block.start;
			if (sameBlock && continues(text, prev, piece)) {
				prev.end = piece.end;
			} else units.push({ ...piece });
		}
	}
	if (units.every((u) => u.end - u.start <= MAX_UNIT)) return units;
	const capped: Span[] = [];
	for (const unit of units) capUnit(text, unit, capped);
	return capped;
}
