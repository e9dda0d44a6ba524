// Who takes a stance and on whom: the acting subject near a cue, pronouns inside quotations,
// the author of a charge, and the other side when a unit only implies it.
import { pattern } from './patterns';
import { sideOf, type ActorMention } from './actors';
import type { Codebook } from './codebook';
import { clauseBefore, type CueMatch } from './cues';

export interface Mention extends ActorMention {
	side: string | null;
	/** "in Syria", "over Moscow": a place, not a party. */
	locative: boolean;
	/** Named where a subject stands, not as an object of a verb or preposition. */
	subject: boolean;
}

/**
 * "London-based", "Russian-made", "U.S.-backed": the actor names a place, a maker or a backer,
 * not the party acting.
 */
export const BASED_IN =
	/^[-\s](?:based|made|built|designed|supplied|backed|sponsored|funded|supported|allied|trained|armed)\b/u;
const SUBJECT_BEFORE =
	/(?:^|[,(“"‘']|\b(?:that|and|but|while|as|however|by|said|says|both|[\p{Lu}][\p{L}.]*))\s*(?:the\s+)?$/u;

/** Mentions in unit offsets, with side, place and subject readings. */
export function readMentions(
	actors: readonly ActorMention[],
	unitStart: number,
	text: string,
	codebook: Codebook
): Mention[] {
	const locative = pattern(`\\b(?:${codebook.lexicons.locatives})\\s+(?:the\\s+)?$`, 'iu');
	return actors.map((m) => {
		const start = m.start - unitStart;
		const before = text.slice(0, start);
		return {
			actor: m.actor,
			start,
			end: m.end - unitStart,
			side: sideOf(codebook, m.actor),
			locative: locative.test(before) || BASED_IN.test(text.slice(m.end - unitStart)),
			subject: SUBJECT_BEFORE.test(before)
		};
	});
}

const AND_NEXT =
	/^\s*,?\s*(?:\p{Ll}+\s+|(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*)?,?\s*and\s+(?:the\s+)?$/u;

/** The side-taking actor acting at `at`: the nearest subject before it, or the first of "X and Y". */
export function agentBefore(
	mentions: readonly Mention[],
	text: string,
	at: number,
	from: number,
	enemy: string,
	sidedOnly = false
): string | null {
	const candidates = mentions.filter(
		(m) =>
			m.end <= at &&
			m.start >= from &&
			!m.locative &&
			m.side !== enemy &&
			(!sidedOnly || m.side !== null)
	);
	for (let i = candidates.length - 1; i >= 0; i--) {
		const m = candidates[i];
		if (!m || !m.subject) continue;
		let first = m;
		for (let j = i - 1; j >= 0; j--) {
			const p = candidates[j];
			// "Russia and Iran", "the Russian government and the Syrian regime", "Russia, a Syrian
			// ally, and China".
			if (!p || !AND_NEXT.test(text.slice(p.end, first.start))) break;
			first = p;
		}
		return first.actor;
	}
	return null;
}

/** The side-taking actor a cue names with "by" ("a deal brokered by Moscow and Washington"). */
export function agentAfterBy(
	mentions: readonly Mention[],
	text: string,
	end: number,
	enemy: string
): string | null {
	const next = mentions.find((m) => m.start >= end && m.side !== null && m.side !== enemy);
	if (!next || next.start - end > 40) return null;
	return /^\s*by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(end, next.start))
		? next.actor
		: null;
}

/** An actor on a rival side of `actor`: named in the unit if possible, else the article's most named. */
export function rivalOf(
	actor: string | null,
	mentions: readonly Mention[],
	documentActors: readonly string[],
	codebook: Codebook
): string | null {
	const side = sideOf(codebook, actor);
	const fits = (a: string) => {
		const s = sideOf(codebook, a);
		return s !== null && s !== side && s !== codebook.enemySide;
	};
	return (
		mentions.find((m) => !m.locative && fits(m.actor))?.actor ?? documentActors.find(fits) ?? null
	);
}

/**
 * Who acts at a cue inside a quotation with no named subject: "we" is the speaker, "they" the
 * rival; undefined when the quotation names no one.
 */
export function pronounActor(
	text: string,
	at: number,
	speaker: string | null,
	mentions: readonly Mention[],
	documentActors: readonly string[],
	codebook: Codebook
): string | null | undefined {
	const words = clauseBefore(text, at)
		.text.toLowerCase()
		.match(/\b(?:we|i|our|they|their)\b/gu);
	const last = words?.at(-1);
	if (last === 'they' || last === 'their')
		return rivalOf(speaker, mentions, documentActors, codebook);
	if (last) return speaker;
	return undefined;
}

/** Whether the quotation opening at `quoteStart` is a whole sentence: `said, “…` or a unit opening with it. */
export function fullQuote(text: string, quoteStart: number, codebook: Codebook): boolean {
	const before = text.slice(0, quoteStart);
	if (!/\p{L}/u.test(before)) return true;
	// `(?:\s*[,:])?\s*` and not `\s*[,:]?\s*`: two `\s*` in a row split a run of spaces every way.
	return pattern(`\\b(?:${codebook.lexicons.speechVerbs})(?:\\s*[,:])?\\s*$`, 'u').test(before);
}

/** "similar Russian allegations", "accused by Washington": the actor a speech-act cue names as author. */
export function authorOf(
	cues: readonly CueMatch[],
	mentions: readonly Mention[],
	text: string
): string | null {
	for (const cue of cues) {
		if (cue.rule.author !== 'adjacent') continue;
		const before = mentions.find(
			(m) => m.end <= cue.start && /^(?:[’']s)?\s+$/u.test(text.slice(m.end, cue.start))
		);
		const by = mentions.find(
			(m) =>
				m.start >= cue.end && /^\s+(?:by|from)\s+(?:the\s+)?$/u.test(text.slice(cue.end, m.start))
		);
		const author = by ?? before;
		if (author) return author.actor;
	}
	return null;
}

/** The party charged: the nearest named party to the cue on another side than the source. */
export function nearestTarget(
	parties: readonly Mention[],
	cue: CueMatch,
	sourceSide: string | null
): Mention | null {
	let best: Mention | null = null;
	let bestDistance = Infinity;
	for (const m of parties) {
		if (sourceSide !== null && m.side === sourceSide) continue;
		const distance = m.start >= cue.end ? m.start - cue.end : cue.start - m.end;
		if (distance < bestDistance) {
			best = m;
			bestDistance = distance;
		}
	}
	return best;
}

/** Whether the common enemy is named within a few words after the cue ("supporting ISIS"). */
/** Whether a side's actor (not the enemy) is named within a few words after the cue ("deter Russia"). */
export function partyAfter(mentions: readonly Mention[], cue: CueMatch, enemy: string): boolean {
	const next = mentions.find((m) => m.start >= cue.end && !m.locative);
	return (
		next !== undefined && next.side !== null && next.side !== enemy && next.start - cue.end <= 25
	);
}

export function enemyAfter(
	mentions: readonly Mention[],
	cue: CueMatch,
	enemy: string,
	within = 40,
	generic: { text: string; words: RegExp } | null = null
): boolean {
	const next = mentions.find((m) => m.start >= cue.end && !m.locative);
	if (next !== undefined && next.side === enemy && next.start - cue.end <= within) return true;
	// Or the enemy named by a generic word ("arming terrorist groups") before any party.
	if (!generic) return false;
	const word = generic.words.exec(generic.text.slice(cue.end, cue.end + within));
	return word !== null && (next === undefined || next.start >= cue.end + word.index);
}
