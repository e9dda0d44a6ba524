// Small text measures the listing needs before full analysis: word counts and display titles, and
// a name's possessive as the views write it.

// From a run's first letter or digit to its end: one match per run that has one. Starting at a
// letter keeps the work linear; a pattern free to start anywhere in the run (`\S*[\p{L}\p{N}]`)
// rescans a run without letters from each of its characters.
const WORD = /[\p{L}\p{N}]\S*/gu;

/** Counts words as a word processor does: runs between spaces with a letter or digit in them. */
export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/** "RT's", "Sputnik News'": the possessive of an outlet's (or anyone's) name. */
export function possessive(name: string): string {
	return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Lines shorter than this, or without a sentence ending, are treated as page furniture. */
const MIN_TITLE_WORDS = 8;
const ABBREVIATION =
	/\b(?:[A-Z]|U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Maj|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Pres|St|Jr|Sr|No|vs|etc|e\.g|i\.e)\.$/;

function firstSentence(line: string): string {
	const boundary = /[.!?]["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
	for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
		const head = line.slice(0, match.index + 1);
		if (!ABBREVIATION.test(head)) return line.slice(0, match.index + match[0].trimEnd().length);
	}
	return line;
}

function shorten(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit - 1);
	const endsAtWord = /\s/.test(text.charAt(limit - 1));
	const space = cut.lastIndexOf(' ');
	const kept = endsAtWord || space <= limit / 2 ? cut : cut.slice(0, space);
	return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A display title for an article that has none: its first sentence of running prose, shortened.
 * Short lines without sentence punctuation (clocks, menus, counters) are skipped as furniture.
 */
export function deriveTitle(text: string, limit = 110): string | null {
	for (const raw of text.split(/\r\n|\r|\n/)) {
		const line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
		if (countWords(line) < MIN_TITLE_WORDS || !/[.!?]["'”’)]*(\s|$)/u.test(line)) continue;
		return shorten(firstSentence(line), limit);
	}
	return null;
}
