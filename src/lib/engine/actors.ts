// Finds actor mentions through the codebook's gazetteer and normalises them to actor ids.
import type { Codebook } from './codebook';

export interface ActorMention {
	actor: string;
	start: number;
	end: number;
}

interface Gazetteer {
	insensitive: RegExp | null;
	sensitive: RegExp | null;
	byAlias: Map<string, string>;
	sideOf: Map<string, string | null>;
}

const compiled = new WeakMap<Codebook, Gazetteer>();

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(aliases: string[], flags: string): RegExp | null {
	if (aliases.length === 0) return null;
	const sorted = [...aliases].sort((a, b) => b.length - a.length).map(escape);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Compiles the gazetteer once per codebook. */
export function gazetteerOf(codebook: Codebook): Gazetteer {
	let g = compiled.get(codebook);
	if (g) return g;
	const byAlias = new Map<string, string>();
	const insensitive: string[] = [];
	const sensitive: string[] = [];
	for (const actor of codebook.actors) {
		for (const alias of actor.aliases) {
			byAlias.set(alias.caseSensitive ? alias.text : alias.text.toLowerCase(), actor.id);
			(alias.caseSensitive ? sensitive : insensitive).push(alias.text);
		}
	}
	g = {
		insensitive: alternation(insensitive, 'giu'),
		sensitive: alternation(sensitive, 'gu'),
		byAlias,
		sideOf: new Map(codebook.actors.map((a) => [a.id, a.side]))
	};
	compiled.set(codebook, g);
	return g;
}

/** The side an actor stands on, or null for a person or an actor on no side. */
export function sideOf(codebook: Codebook, actor: string | null): string | null {
	return actor === null ? null : (gazetteerOf(codebook).sideOf.get(actor) ?? null);
}

/** Whether an actor stands on one of the rival sides: not on none, and not the common enemy. */
export function takesSide(codebook: Codebook, actor: string | null): boolean {
	const side = sideOf(codebook, actor);
	return side !== null && side !== codebook.enemySide;
}

/** The codebook's id for an actor's name or alias ("rebels" → "Syrian opposition"), or the name. */
export function actorIdOf(codebook: Codebook, name: string): string {
	const g = gazetteerOf(codebook);
	if (g.sideOf.has(name)) return name;
	return g.byAlias.get(name) ?? g.byAlias.get(name.toLowerCase()) ?? name;
}

/** A capitalised name mid-sentence right before a word: "Obama regime", "Saudi coalition". */
const OTHER_NAME_BEFORE =
	/(?<=[\p{L}\p{N},;]\s+)(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\s)\p{Lu}[\p{L}’'-]+\s+$/u;

/** Whether an all-capitals acronym sits in shouted text, where "IS" or "US" may be plain words. */
function inShoutedText(text: string, start: number, end: number): boolean {
	const around = text.slice(Math.max(0, start - 24), end + 24);
	return !/\p{Ll}/u.test(around);
}

/**
 * Actor mentions in `text[from, to)`, offsets into `text`. The longest alias wins; case-sensitive
 * aliases (acronyms such as "IS" and "US") match only in their own case and not in shouted text.
 */
export function findActors(
	text: string,
	codebook: Codebook,
	from = 0,
	to = text.length
): ActorMention[] {
	const g = gazetteerOf(codebook);
	const slice = text.slice(from, to);
	const found: ActorMention[] = [];
	for (const [re, sensitive] of [
		[g.insensitive, false],
		[g.sensitive, true]
	] as const) {
		if (!re) continue;
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			const key = sensitive ? m[0] : m[0].toLowerCase();
			const actor = g.byAlias.get(key);
			if (!actor) continue;
			const start = from + m.index;
			const end = start + m[0].length;
			if (sensitive && inShoutedText(text, start, end)) continue;
			found.push({ actor, start, end });
		}
	}
	// A common noun standing for an actor ("regime", "coalition") right after another name is
	// that name's: "the Obama regime", "the Saudi coalition" are not the codebook's.
	for (let i = found.length - 1; i >= 0; i--) {
		const m = found[i]!;
		if (!/^\p{Ll}/u.test(text.slice(m.start, m.end))) continue;
		if (OTHER_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) found.splice(i, 1);
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: ActorMention[] = [];
	for (const mention of found) {
		const last = kept.at(-1);
		if (last && mention.start < last.end) continue;
		kept.push(mention);
	}
	return kept;
}
