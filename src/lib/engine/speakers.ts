// Reported speech: who a unit's words are attributed to ("…," Lavrov said; said Gedney;
// according to X), normalised to an actor, or kept as a person's name when no actor fits.
import { pattern } from './patterns';
import { gazetteerOf, type ActorMention } from './actors';
import type { Codebook } from './codebook';

interface Compiled {
	speech: RegExp;
	titles: RegExp;
	organisation: RegExp;
	preposition: RegExp;
}

const compiled = new WeakMap<Codebook, Compiled>();

function compile(codebook: Codebook): Compiled {
	let c = compiled.get(codebook);
	if (!c) {
		const { speechVerbs, titles, locatives, organisations } = codebook.lexicons;
		c = {
			// Case-sensitive: "States" in "United States" is no speech verb.
			speech: new RegExp(`\\b(?:${speechVerbs})\\b|\\b[Aa]ccording\\s+to\\b`, 'gu'),
			titles: new RegExp(`^(?:${titles})\\.?$`, 'u'),
			organisation: new RegExp(`^(?:${organisations})$`, 'u'),
			preposition: new RegExp(
				`\\b(?:${locatives}|of|for|from|against|with|between|on|to|by)\\s*$`,
				'iu'
			)
		};
		compiled.set(codebook, c);
	}
	return c;
}

/** Whether the unit attributes its words outside any quotation ("…, the monitor said"). */
export function isAttributed(unitText: string, codebook: Codebook): boolean {
	const quotes = quotedRanges(unitText);
	for (const re of [compile(codebook).speech, SOURCED]) {
		re.lastIndex = 0;
		for (let m = re.exec(unitText); m; m = re.exec(unitText)) {
			const at = m.index;
			if (!quotes.some(([a, b]) => at > a && at < b)) return true;
		}
	}
	return false;
}

/** Verbs that source a finding rather than voice it: "a report showed", "monitors documented". */
const SOURCED =
	/\b(?:show(?:s|ed)|document(?:s|ed)|f(?:ou|i)nds?|cit(?:es|ed|ing)|quot(?:es|ed|ing)|reveal(?:s|ed)|confirm(?:s|ed))\b/gu;

const NAME_WORD = /^(?:(?:al|el|bin|ibn|abu|van|von|de)-)?\p{Lu}[\p{L}’'-]+$/u;
const RELATIVE = /^\s*(?:who|which|whose|whom|where|when|while|as)\b/iu;
// "… – Lavrov", "…  Reuters": a capitalised source of at most 41 characters ends the unit,
// after a dash or two spaces. (`\s[-–—]\s*|\s{2,}` before it admits the same sources, but
// rescans a long run of spaces from each of its characters.)
const TRAILING_SOURCE = /(?:\s[-–—]\s?|\s\s)(\p{Lu}[^-–—.!?“”"]{1,40})$/u;
const PRONOUN = /^\s*(?:he|she)\b/iu;

/** Remembers the people an article introduces, so a later bare surname finds its full name. */
export class PersonMemory {
	private readonly bySurname = new Map<string, string>();
	lastSpeaker: string | null = null;

	learn(name: string): void {
		const surname = surnameOf(name);
		if (!this.bySurname.has(surname)) this.bySurname.set(surname, name);
	}

	knows(word: string): boolean {
		return this.bySurname.has(surnameOf(word));
	}

	resolve(word: string): string {
		return this.bySurname.get(surnameOf(word)) ?? word;
	}
}

function surnameOf(name: string): string {
	const last = name.split(/\s+/).at(-1) ?? name;
	return last.replace(/^(?:al|el)-/iu, '').toLowerCase();
}

/** The last run of capitalised name words in `text`, skipping titles ("Founder Ribal Assad"). */
export function personName(text: string, codebook: Codebook): string | null {
	const { titles, organisation } = compile(codebook);
	const words = text.split(/[\s\u00a0]+/u).filter(Boolean);
	let end = words.length;
	while (end > 0 && !NAME_WORD.test(words[end - 1] ?? '')) end--;
	let start = end;
	while (start > 0) {
		const w = words[start - 1] ?? '';
		if (!NAME_WORD.test(w) || titles.test(w)) break;
		start--;
	}
	if (start === end || end - start > 4) return null;
	const name = words.slice(start, end);
	return name.some((w) => organisation.test(w)) ? null : name.join(' ');
}

/** A segment's actor: a mention not governed by a preposition ("in Syria" names no speaker). */
function segmentActor(
	text: string,
	from: number,
	to: number,
	mentions: readonly ActorMention[],
	codebook: Codebook
): string | null {
	const { preposition } = compile(codebook);
	let actor: string | null = null;
	for (const m of mentions) {
		if (m.start < from || m.end > to) continue;
		if (preposition.test(text.slice(Math.max(from, m.start - 12), m.start))) continue;
		if (/^[-\s]based\b/u.test(text.slice(m.end))) continue;
		actor = m.actor;
	}
	return actor;
}

const UNKNOWN_NAME = /^\s*(?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*)*\s*$/u;

/** Where the last eight words of `text[from, to)` begin. */
function nearVerb(text: string, from: number, to: number): number {
	let at = to;
	for (let words = 0; at > from; at--) {
		if (/\s/u.test(text[at - 1]!) && /\S/u.test(text[at] ?? '') && ++words === 8) break;
	}
	return at;
}

/** Resolves a speaker phrase ("Putin’s spokesman, Dmitry Peskov, also") to an actor or person. */
function resolvePhrase(
	text: string,
	from: number,
	to: number,
	mentions: readonly ActorMention[],
	codebook: Codebook,
	memory: PersonMemory
): string | null {
	const segments: [number, number][] = [];
	let s = from;
	for (let i = from; i <= to; i++) {
		if (i === to || text[i] === ',' || text[i] === ';' || text[i] === '—' || text[i] === '(') {
			segments.push([s, i]);
			s = i + 1;
		}
	}
	const role = pattern(`^(?:${codebook.lexicons.titles})$`, 'iu');
	for (let k = segments.length - 1; k >= 0; k--) {
		const [a, b] = segments[k] ?? [from, from];
		const segment = text.slice(a, b);
		if (RELATIVE.test(segment) || !/\p{L}/u.test(segment)) continue;
		if (PRONOUN.test(segment)) return memory.lastSpeaker;
		// The speaker stands next to the verb: in a long clause ("… after rebels fired mortars,
		// a monitor said") an actor far from it is what is told, not who tells it.
		const actor = segmentActor(text, nearVerb(text, a, b), b, mentions, codebook);
		if (actor) return actor;
		const person = personName(segment, codebook);
		const known = person && (person.includes(' ') || memory.knows(person));
		if (person && known && !gazetteerOf(codebook).byAlias.has(person.toLowerCase())) {
			// "Putin’s spokesman, Ivan Ivanov, said": the person speaks for the actor named before.
			const [pa, pb] = segments[k - 1] ?? [a, a];
			const lastWord = text.slice(pa, pb).trim().split(/\s+/).at(-1) ?? '';
			const principal = role.test(lastWord) ? segmentActor(text, pa, pb, mentions, codebook) : null;
			if (principal) return principal;
			const full = memory.resolve(person);
			memory.learn(full);
			return full;
		}
		// A name the gazetteer does not know ("Press TV") speaks: no actor further back does.
		if (UNKNOWN_NAME.test(segment) || segment.trim().split(/\s+/).length >= 3) break;
	}
	return null;
}

/** Ranges of `text` inside double quotation marks, so speech verbs inside quotes are skipped. */
export function quotedRanges(text: string): [number, number][] {
	const ranges: [number, number][] = [];
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '“' || (ch === '"' && open < 0)) open = i;
		else if ((ch === '”' || ch === '"') && open >= 0) {
			ranges.push([open, i + 1]);
			open = -1;
		}
	}
	if (open >= 0) ranges.push([open, text.length]);
	return ranges;
}

/**
 * The speaker a unit attributes its words to, or null. `unitStart` is the offset of `unitText`
 * in the article; mentions are in article offsets.
 */
export function findSpeaker(
	unitText: string,
	unitStart: number,
	mentions: readonly ActorMention[],
	codebook: Codebook,
	memory: PersonMemory
): string | null {
	const { speech } = compile(codebook);
	const quotes = quotedRanges(unitText);
	const local = mentions.map((m) => ({ ...m, start: m.start - unitStart, end: m.end - unitStart }));
	let boundary = 0;
	// Quotes are in order and apart, and so are speech verbs: one pass over both.
	let q = 0;
	speech.lastIndex = 0;
	for (let m = speech.exec(unitText); m; m = speech.exec(unitText)) {
		const at = m.index;
		const end = at + m[0].length;
		while (q < quotes.length && (quotes[q]?.[1] ?? 0) <= at) q++;
		const around = quotes[q];
		if (around && at > around[0] && at < around[1]) continue;
		const quoteBefore = quotes[q - 1];
		const from = Math.max(boundary, quoteBefore?.[1] ?? 0);
		const before = unitText.slice(from, at);
		let after = unitText.slice(end).match(/^[^,.;:“"]{1,80}/u)?.[0] ?? '';
		const according = /^according/i.test(m[0]);
		// "According to the ministry US jets struck…": the source ends with the first actor named;
		// what follows it is the report.
		const cited = according ? local.find((n) => n.start >= end) : undefined;
		if (cited && cited.end <= end + after.length) after = unitText.slice(end, cited.end);
		const inverted = according || !/\p{L}/u.test(before);
		const speaker = inverted
			? resolvePhrase(unitText, end, end + after.length, local, codebook, memory)
			: resolvePhrase(unitText, from, at, local, codebook, memory);
		if (speaker) {
			memory.lastSpeaker = speaker;
			return speaker;
		}
		boundary = end;
	}
	// Headline style: "US staging provocations in Syria – Lavrov".
	const tail = TRAILING_SOURCE.exec(unitText);
	if (!tail) return null;
	const from = unitText.length - (tail[1] ?? '').length;
	return resolvePhrase(unitText, from, unitText.length, local, codebook, memory);
}
