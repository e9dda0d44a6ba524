// Tells article text from site furniture (navigation, counters, link-outs, tag lists, related
// headlines, badges) and photo captions, line by line, from general page-layout signals.
import type { Span } from './sentences';

export type BlockKind = 'headline' | 'body' | 'caption' | 'boilerplate';

export interface Block extends Span {
	kind: BlockKind;
}

/** Longer lines, or lines holding several sentences, are prose whatever their punctuation. */
const MAX_HEADLINE_WORDS = 30;
const SENTENCE_END = /[.!?…]["”’')\]]*$/u;
const CLOSERS = '"”’\')]';
const SMALL_WORDS = new Set(
	'a an and as at but by for from in into of on or over the to up via vs with is are be'.split(' ')
);
const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Page clocks and datelines of the page: "00:51 GMT", "26 January 2021", "Updated: …". */
const CLOCK = new RegExp(
	`^(?:\\d{1,2}:\\d{2}\\b|(?:updated|published|posted|last modified)\\b.{0,40}\\d|\\d{1,2}\\s+${MONTH}\\s+\\d{4}$|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}$)`,
	'iu'
);
/**
 * A dateline or byline lead that a site runs into the article's first line: "Published February
 * 18 2015 …", "Date of publication 7 July 2016 Video …" (with the page's video badge), "Posted
 * on April 19 2017 by Asharq Al-Awsat English …", "Updated: 12.03.2016 14:05 GMT …", "Friday 17
 * June 2016 20:08 …". Read on its own, the lead is furniture and what follows it is the article.
 */
const LEAD = new RegExp(
	`^(?:(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast [Mm]odified|[Dd]ate of publication|UPDATED|PUBLISHED|POSTED)(?:\\s+on)?\\s*:?\\s*(?:\\p{L}+day,?\\s+)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[aApP]\\.?[mM]\\.?)?(?:\\s+[A-Z]{2,4}\\b)?)?(?:\\s+by\\s+(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?![\\s\\p{Ll}])|$)){1,3})?(?:\\s+Video(?=\\s+\\p{Lu}))?`,
	'u'
);
/** Words a photo caption may have: past this, a line ending with a credit is an article. */
const MAX_CAPTION_WORDS = 60;
/** Words a line may have and still be a page clock or dateline rather than prose. */
const MAX_CLOCK_WORDS = 12;
/** Prose a line must hold for its lead or credit to be split off: a sentence's worth of words. */
const MIN_WORDS_AFTER_LEAD = 8;

/** View, share and comment counters: lines of bare numbers. */
const COUNTER = /^[\d\s.,:/|·•kKmM+]+$/u;
/** Link-outs and widgets that point away from the article. */
const LINK_OUT =
	/^(?:read(?:\s+(?:more|also|next))?|more(?:\s+news)?|also\s+read|see\s+also|related(?:\s+\w+)?|listen(?:\s+(?:more|live))?|watch(?:\s+more)?|video|click\s+here|sign\s+up|subscribe|follow\s+us|share(?:\s+this)?|advertisement|sponsored|trending|recommended|most\s+(?:read|popular))\b\s*[:\-–—|]?(?:\s|$)/iu;
// A photo credit in parentheses, a "Photo:" label, or a wire-agency credit. Read in parts, each
// linear: as one pattern, a line opening a parenthesis and never closing it was rescanned for
// every slash or "via" in it, and "Photo" before a long run of spaces at every space.
/** The parenthesis a line ends with, and what it holds. */
const LAST_PARENTHESIS = /\(([^()]*)\)\s*$/u;
/** What makes a final parenthesis a credit: a slash, an agency, a "via", or a photo label. */
const CREDIT_INSIDE =
	/\/|^(?:AP|AFP|Reuters|Getty|EPA|file)\b|\bvia\s+\w|^(?:photo|image|picture|credit)/iu;
const CREDIT_LABEL = /^(?:photo|image|picture|credit)\s*(?:credit\s*)?:/iu;
/** A "(Photo: …" parenthesis anywhere, credit when a closing parenthesis follows it. */
const PHOTO_PARENTHESIS = /\((?:photo|image)\s*:/iu;
/** Wire-photo captions end with place and date: "…in Raqqa, Syria, August 14, 2017." */
const CAPTION_DATELINE = new RegExp(`,\\s*${MONTH}\\.?\\s+\\d{1,2},\\s+\\d{4}\\.?$`, 'u');

function isPhotoCredit(line: string): boolean {
	const last = LAST_PARENTHESIS.exec(line);
	if ((last && CREDIT_INSIDE.test(last[1] ?? '')) || CREDIT_LABEL.test(line)) return true;
	const photo = PHOTO_PARENTHESIS.exec(line);
	return photo !== null && line.includes(')', photo.index + photo[0].length);
}

/**
 * A line's words, `[\p{L}\p{N}][\p{L}\p{N}'’.&-]*`: how many, and how many content words are
 * capitalised.
 */
interface Words {
	count: number;
	/** Words that are not SMALL_WORDS. */
	content: number;
	/** Content words that start with a capital letter or a digit. */
	capitalised: number;
}

const SMALL_WORD_LENGTH = Math.max(...[...SMALL_WORDS].map((w) => w.length));

/**
 * The words of `line`, counted: every line and sentence is read this way, so it is scanned by
 * character codes, without a match or a string per word (beyond a short word's, to look it up).
 */
function words(line: string): Words {
	let count = 0;
	let content = 0;
	let capitalised = 0;
	for (let i = 0; i < line.length;) {
		const first = line.codePointAt(i)!;
		const width = first > 0xffff ? 2 : 1;
		if (!startsWord(first)) {
			i += width;
			continue;
		}
		const start = i;
		for (i += width; i < line.length;) {
			const c = line.codePointAt(i)!;
			if (!continuesWord(c)) break;
			i += c > 0xffff ? 2 : 1;
		}
		count++;
		if (i - start <= SMALL_WORD_LENGTH && SMALL_WORDS.has(line.slice(start, i).toLowerCase()))
			continue;
		content++;
		if (capitalOrDigit(first)) capitalised++;
	}
	return { count, content, capitalised };
}

/** A character class of a word, for one code point: ASCII by range, the rest by its pattern, remembered. */
function classOf(pattern: RegExp, ascii: (c: number) => boolean) {
	const known = new Map<number, boolean>();
	return (c: number) => {
		if (c < 0x80) return ascii(c);
		let yes = known.get(c);
		if (yes === undefined) known.set(c, (yes = pattern.test(String.fromCodePoint(c))));
		return yes;
	};
}

const isAsciiAlphanumeric = (c: number) =>
	(c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const startsWord = classOf(/^[\p{L}\p{N}]$/u, isAsciiAlphanumeric);
/** A word's tail: letters, digits and ' ’ . & - */
const continuesWord = classOf(
	/^[\p{L}\p{N}’]$/u,
	(c) => isAsciiAlphanumeric(c) || c === 0x27 || c === 0x2e || c === 0x26 || c === 0x2d
);
const capitalOrDigit = classOf(
	/^[\p{Lu}\p{N}]$/u,
	(c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)
);

/** Share of content words that start with a capital letter or digit. */
function titleCaseShare(ws: Words): number {
	return ws.content === 0 ? 0 : ws.capitalised / ws.content;
}

/** "Daesh, Islamic extremism, Bashar al-Assad, Syria": short comma-separated names, no verb. */
function isTagList(line: string): boolean {
	// Split at the separators, then trimmed: `\s*[,;|]\s*` rescans a run of spaces from each of
	// its characters. (The first part keeps its leading spaces, as that split left them.)
	const parts = line.split(/[,;|]/).map((p, i) => (i === 0 ? p : p.trimStart()));
	if (parts.length < 3 || SENTENCE_END.test(line)) return false;
	return parts.every((p) => {
		const n = words(p).count;
		return n >= 1 && n <= 4 && /^[\p{Lu}\p{N}]/u.test(p);
	});
}

function normalise(s: string): string {
	return s
		.replace(/[\s\u00a0]+/gu, ' ')
		.trim()
		.replace(/[.!?:;]+$/u, '')
		.toLowerCase();
}

/** SENTENCE_END on `text[start, end)`, read from the end: a block grown line by line is not reread. */
function endsSentence(text: string, start: number, end: number): boolean {
	let i = end;
	while (i > start && CLOSERS.includes(text.charAt(i - 1))) i--;
	return i > start && '.!?…'.includes(text.charAt(i - 1));
}

// The title is compared with every line: normalised once, not once per line.
let lastTitle: string | null = null;
let lastNormalisedTitle = '';
function normalisedTitle(title: string): string {
	if (title !== lastTitle) {
		lastNormalisedTitle = normalise(title);
		lastTitle = title;
	}
	return lastNormalisedTitle;
}

/** Whether `line` is the article's title, as written or with its closing stop. */
export function isTitle(line: string, title: string | null | undefined): boolean {
	if (!title) return false;
	const wanted = normalisedTitle(title);
	// Every line is compared: most differ in their first letter, and need no normalising.
	let i = 0;
	while (i < line.length && /[\s\u00a0]/u.test(line.charAt(i))) i++;
	const first = line.codePointAt(i);
	if (wanted !== '' && first !== undefined) {
		const letter = String.fromCodePoint(first).toLowerCase();
		if (!wanted.startsWith(letter)) return false;
	}
	return wanted === normalise(line);
}

/**
 * A related-news sidebar, a tag list, an embedded tweet or video, or a source credit run into
 * the prose ("Source TRTWorld and agencies Related News …", "Tags Syria Aleppo …", "…
 * pic.twitter.com/…"): furniture, however long.
 */
const SIDEBAR =
	/\bRelated\s+(?:News|Articles?|Stories|Posts|Coverage|Content|Topics)\b|^(?:Source:?\s+[\p{L}.]+(?:\s+and\s+agencies)|Also\s+read:|Read\s+also:|More\s+on\s+this\s+story|Tags\s+\p{Lu}|SUBSCRIBE\b|Subscribe\s+to\b)|pic\.twitter\.com|\s-\sYouTube\b/u;

export function isSidebar(unit: string): boolean {
	return SIDEBAR.test(unit);
}

/**
 * A long run of capitalised words inside prose is a related-headlines list that lost its line
 * breaks (common in scraped text), not a sentence.
 */
export function isHeadlineList(unit: string): boolean {
	const ws = words(unit);
	return ws.count >= 12 && titleCaseShare(ws) >= 0.7;
}

/** Classifies one non-empty line, knowing whether it is the first line of the text. */
export function classifyLine(line: string, first: boolean, title: string | null = null): BlockKind {
	const ws = words(line);
	if (isTitle(line, title)) return 'headline';
	// A clock or dateline is a line of its own; a long line that opens with one is prose.
	if (ws.count === 0 || COUNTER.test(line) || (CLOCK.test(line) && ws.count <= MAX_CLOCK_WORDS))
		return 'boilerplate';
	if (/\(\d[\d,.]*\)$/.test(line) && ws.count <= 12) return 'boilerplate';
	const linkOut = LINK_OUT.exec(line);
	// A label that opens a long run of prose ("More than 19 civilians were killed …") is a word of it.
	if (
		linkOut &&
		ws.count <= MAX_HEADLINE_WORDS &&
		(!SENTENCE_END.test(line) || /[:|]/.test(linkOut[0]))
	)
		return 'boilerplate';
	if (isPhotoCredit(line) || CAPTION_DATELINE.test(line)) return 'caption';
	if (isTagList(line)) return 'boilerplate';
	if (SENTENCE_END.test(line) && ws.count >= 2 && /\s\p{Ll}/u.test(line)) return 'body';
	if (ws.count > MAX_HEADLINE_WORDS || (ws.count > 15 && /[.!?]\s+\p{Lu}/u.test(line)))
		return 'body';
	if (first && ws.count >= 4) return 'headline';
	if (ws.count <= 3) return 'boilerplate';
	if (titleCaseShare(ws) >= 0.6) return 'boilerplate';
	return 'body';
}

/**
 * Splits text into trimmed lines and classifies each. A line that ends mid-sentence and is
 * followed by a lower-case continuation is joined to it (hard-wrapped prose).
 */
export function classifyBlocks(text: string, options: { title?: string | null } = {}): Block[] {
	const lines: Span[] = [];
	const re = /[^\n\r]+/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const start = trimStart(text, m.index, m.index + m[0].length);
		const end = trimEnd(text, start, m.index + m[0].length);
		if (start < end) lines.push({ start, end });
	}
	const blocks: Block[] = [];
	for (const span of lines.flatMap((line) => splitFurniture(text, line))) {
		const line = text.slice(span.start, span.end);
		const prev = blocks.at(-1);
		const gap = prev ? text.slice(prev.end, span.start) : '';
		const wrapped =
			prev?.kind === 'body' &&
			!/\n\s*\n/.test(gap) &&
			!endsSentence(text, prev.start, prev.end) &&
			/^\p{Ll}/u.test(line);
		if (prev && wrapped) {
			prev.end = span.end;
			continue;
		}
		blocks.push({
			start: span.start,
			end: span.end,
			// What follows a dateline lead split off the first line still opens the article.
			kind:
				span.kind ??
				classifyLine(
					line,
					blocks.length === 0 ||
						(blocks.length === 1 && prev?.kind === 'boilerplate' && !/[\n\r]/u.test(gap)),
					options.title ?? null
				)
		});
	}
	return blocks;
}

/**
 * A line that runs furniture into prose, as its parts: a dateline or byline lead it opens with,
 * the prose, and a photo credit in parentheses it ends with after a finished sentence. A line
 * with less than a sentence's worth of prose between them stays whole.
 */
function splitFurniture(text: string, line: Span): (Span & { kind?: BlockKind })[] {
	const parts: (Span & { kind?: BlockKind })[] = [];
	let start = line.start;
	let end = line.end;
	const lead = LEAD.exec(text.slice(start, end));
	if (lead) {
		const leadEnd = trimEnd(text, start, start + lead[0].length);
		parts.push({ start, end: leadEnd, kind: 'boilerplate' });
		start = trimStart(text, start + lead[0].length, end);
	}
	const credit = LAST_PARENTHESIS.exec(text.slice(start, end));
	let tail: (Span & { kind: BlockKind }) | null = null;
	if (credit && CREDIT_INSIDE.test(credit[1] ?? '')) {
		const before = trimEnd(text, start, start + credit.index);
		const prose = text.slice(start, before);
		// A photo caption ends with its credit too: only an article's worth of prose is split.
		if (SENTENCE_END.test(prose) && isProse(prose)) {
			tail = { start: start + credit.index, end, kind: 'caption' };
			end = before;
		}
	}
	if (words(text.slice(start, end)).count < MIN_WORDS_AFTER_LEAD) return [line];
	return [...parts, { start, end }, ...(tail ? [tail] : [])];
}

/** Several sentences and more words than a caption or headline holds. */
function isProse(part: string): boolean {
	return words(part).count > MAX_CAPTION_WORDS && /[.!?]["”’')\]]*\s+\p{Lu}/u.test(part);
}

function trimStart(text: string, start: number, end: number): number {
	while (start < end && /\s/u.test(text.charAt(start))) start++;
	return start;
}

function trimEnd(text: string, start: number, end: number): number {
	while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
	return end;
}
