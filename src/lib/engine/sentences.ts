// Splits article text into coding units (sentences, a quote with its attribution) with exact
// offsets. wink-nlp finds the sentence boundaries; its tokens keep their preceding whitespace, so
// summing token and space lengths gives exact JavaScript string offsets into the original text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
const NAME_INITIAL = /(?:^|\s)[A-Z][a-z]+\s+[A-Z]\.$/;
const CLOSES_QUOTE = /[.!?,][”"’']$/;
const WORD = /[\p{L}\p{N}]+/gu;
const ATTRIBUTION_START =
	/^[^“"\n]{0,80}?\b(?:said|says|told|added|adds|warned|noted|stated|insisted|stressed|explained|continued|wrote|tweeted|concluded|according\s+to)\b/;

/** Offsets of the ends of wink's sentences, in order. */
function sentenceEnds(text: string): number[] {
	const doc = nlp.readDoc(text);
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
		if (end !== undefined) ends.push(end);
	}
	return ends;
}

function trimmed(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/u.test(text.charAt(start))) start++;
	while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
	return start < end ? { start, end } : null;
}

function wordCount(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** Whether `next` continues `prev`: a split after a title or an initial, or a quote's attribution. */
function continues(prev: string, next: string): boolean {
	if (TITLE_ABBREVIATION.test(prev) || NAME_INITIAL.test(prev)) return true;
	if (MONTH_ABBREVIATION.test(prev) && /^\d/.test(next)) return true;
	if (/^[\p{Ll},;:)\]]/u.test(next)) return true;
	if (!CLOSES_QUOTE.test(prev)) return false;
	const head = next.split(/\s+/).slice(0, 7).join(' ');
	return wordCount(next) <= 14 && ATTRIBUTION_START.test(head);
}

/**
 * Splits each block into sentence units. Units never cross a block, carry no surrounding
 * whitespace, and always satisfy `text.slice(unit.start, unit.end)` being the unit's text.
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
			if (
				sameBlock &&
				continues(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end))
			) {
				prev.end = piece.end;
			} else units.push({ ...piece });
		}
	}
	return units;
}
