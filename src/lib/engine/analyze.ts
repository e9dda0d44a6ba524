// The coding stage's entry point: article text in, coded units out, every unit traceable to its
// exact span of the original text.
import { pattern } from './patterns';
import { findActors, sideOf, type ActorMention } from './actors';
import { outletActor, outletOf, type Codebook } from './codebook';
import { codeUnit, type FrameCode } from './frames';
import { findSpeaker, isAttributed, PersonMemory, quotedRanges } from './speakers';
import { splitUnits, type UnitKind, type UnitSpan } from './units';

export type { UnitKind };

export interface CodedUnit {
	start: number;
	end: number;
	text: string;
	kind: UnitKind;
	frames: FrameCode[];
	actors: ActorMention[];
}

export interface AnalyzeOptions {
	/** The title the source gives; a line equal to it is the headline. */
	title?: string | null;
	/** The outlet's name or domain: a side's state outlet narrates in that side's voice. */
	outlet?: string | null;
}

/** A witness's words ("a jet targeted us"), not the outlet's narration. */
const FIRST_PERSON = /\b(?:I|we|us|our|my|me)\b/u;

/** In a state outlet's own articles, the name it calls itself by ("the Coalition") is its actor. */
function ownName(
	mentions: ActorMention[],
	text: string,
	codebook: Codebook,
	outlet: string | null | undefined
): ActorMention[] {
	const own = outletOf(codebook, outlet);
	if (!own?.self?.length) return mentions;
	return mentions.map((m) =>
		own.self!.includes(text.slice(m.start, m.end)) ? { ...m, actor: own.actor } : m
	);
}

/** Ranks the article's actors by how often its text names them. */
function rankActors(mentions: readonly ActorMention[][]): string[] {
	const counts = new Map<string, number>();
	for (const list of mentions)
		for (const m of list) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([actor]) => actor);
}

/** Whom each unit's words belong to, carrying a quotation's speaker across its sentences. */
function speakersOf(
	text: string,
	units: readonly UnitSpan[],
	mentions: readonly ActorMention[][],
	codebook: Codebook
): (string | null)[] {
	const memory = new PersonMemory();
	const local = units.map((u, i) =>
		u.kind === 'boilerplate'
			? null
			: findSpeaker(text.slice(u.start, u.end), u.start, mentions[i] ?? [], codebook, memory)
	);
	const quotes = units.map((u) => quotedRanges(text.slice(u.start, u.end)));
	return local.map((speaker, i) => {
		if (speaker) return speaker;
		const unit = units[i]!;
		const own = quotes[i] ?? [];
		const unclosed = own.some(
			([, b]) => b === unit.end - unit.start && !/[”"]$/u.test(text.slice(unit.start, unit.end))
		);
		if (unclosed) {
			for (let j = i + 1; j < Math.min(units.length, i + 5); j++) {
				if (local[j]) return local[j] ?? null;
				if (
					(quotes[j] ?? []).length > 0 &&
					!/^[“"]/u.test(text.slice(units[j]!.start, units[j]!.end))
				)
					break;
			}
		}
		const startsQuoted = /^[“"]/u.test(text.slice(unit.start, unit.end));
		if (startsQuoted && i > 0 && (quotes[i - 1] ?? []).length > 0) return local[i - 1] ?? null;
		return null;
	});
}

/**
 * Analyses one article: finds its furniture, splits it into units, recognises actors and codes
 * each headline and body unit with the codebook's frames. Units cover the text in order and
 * never overlap; `text === original.slice(start, end)` for every unit.
 */
export function analyzeText(
	text: string,
	codebook: Codebook,
	options: AnalyzeOptions = {}
): CodedUnit[] {
	const units = splitUnits(text, options);
	const voice = outletActor(codebook, options.outlet);
	const mentions = units.map((u) =>
		u.kind === 'boilerplate'
			? []
			: ownName(findActors(text, codebook, u.start, u.end), text, codebook, options.outlet)
	);
	const documentActors = rankActors(mentions.filter((_, i) => units[i]?.kind !== 'caption'));
	const speakers = speakersOf(text, units, mentions, codebook);
	const { commonEnemy, theatre } = codebook.lexicons;
	// The story is about the shared war when it names the enemy, or its theatre (where the
	// codebook names one: generic "militants" fit any war) more than in passing; a "terror" in a
	// piece on the Iran deal does not make it one.
	const war = `\\b(?:${theatre ?? commonEnemy})\\b`;
	const warWords = (text.match(pattern(war, 'giu')) ?? []).length;
	const warInUnit = pattern(war, 'iu');
	const enemyNamed = documentActors.some((a) => sideOf(codebook, a) === codebook.enemySide);
	const enemyInStory = enemyNamed || warWords >= (text.length < 1500 ? 1 : 2);
	// A story that names the war only in passing (an opinion piece on the Iran deal with one
	// line on Syria) holds cooperation stances only in the units that name it.
	const bodyUnits = units.filter((u) => u.kind === 'body').length;
	const warThroughout = enemyNamed || warWords >= Math.max(2, bodyUnits / 5);
	return units.map((u, i) => {
		const unitText = text.slice(u.start, u.end);
		const actors = mentions[i] ?? [];
		const coded = u.kind === 'body' || u.kind === 'headline';
		const speaker = speakers[i] ?? null;
		// A state outlet speaks in its own narration, not in words it attributes to someone else.
		// Read only in a state outlet's articles: elsewhere there is no voice to give.
		const narration =
			voice !== null &&
			speaker === null &&
			!isAttributed(unitText, codebook) &&
			!FIRST_PERSON.test(unitText);
		const frames = coded
			? codeUnit({ start: u.start, text: unitText, actors }, codebook, {
					speaker,
					documentActors,
					warStory: warThroughout,
					enemyInStory:
						enemyInStory &&
						(warThroughout ||
							warInUnit.test(unitText) ||
							actors.some((m) => sideOf(codebook, m.actor) === codebook.enemySide)),
					voice: narration ? voice : null
				})
			: [];
		return { start: u.start, end: u.end, text: unitText, kind: u.kind, frames, actors };
	});
}
