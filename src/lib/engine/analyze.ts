// The coding stage's entry point: article text in, coded units out, every unit traceable to its
// exact span of the original text.
import { pattern } from './patterns';
import { findActors, sideOf, type ActorMention } from './actors';
import { outletActor, outletOf, type Codebook } from './codebook';
import { codeUnit, type FrameCode } from './frames';
import {
	classifyBlocks,
	isHeadlineList,
	isSidebar,
	isTitle,
	type Block,
	type BlockKind
} from './furniture';
import { capUnit, splitSentences } from './sentences';
import { findSpeaker, isAttributed, PersonMemory, quotedRanges } from './speakers';

export type UnitKind = BlockKind;

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

/** Units in text order: body sentences, whole headlines and captions, runs of furniture. */
function unitsOf(
	text: string,
	blocks: readonly Block[],
	title: string | null | undefined
): { start: number; end: number; kind: UnitKind }[] {
	// A site that runs the title into the first paragraph: that sentence is the headline.
	const kindOf = (sentence: string): UnitKind =>
		isTitle(sentence, title)
			? 'headline'
			: isHeadlineList(sentence) || isSidebar(sentence)
				? 'boilerplate'
				: 'body';
	const body = splitSentences(
		text,
		blocks.filter((b) => b.kind === 'body')
	).map((s) => ({ ...s, kind: kindOf(text.slice(s.start, s.end)) }));
	const units: { start: number; end: number; kind: UnitKind }[] = [];
	let b = 0;
	for (const block of blocks) {
		if (block.kind === 'body') {
			while (b < body.length && (body[b]?.start ?? Infinity) < block.end) units.push(body[b++]!);
			continue;
		}
		const prev = units.at(-1);
		if (block.kind === 'boilerplate' && prev?.kind === 'boilerplate') prev.end = block.end;
		else if (block.kind === 'boilerplate') units.push({ ...block });
		// Headlines and captions are read like sentences, so they are capped like them.
		else for (const span of capUnit(text, block)) units.push({ ...span, kind: block.kind });
	}
	return units;
}

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
	units: readonly { start: number; end: number; kind: UnitKind }[],
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
	const units = unitsOf(text, classifyBlocks(text, options), options.title);
	const voice = outletActor(codebook, options.outlet);
	const mentions = units.map((u) =>
		u.kind === 'boilerplate'
			? []
			: ownName(findActors(text, codebook, u.start, u.end), text, codebook, options.outlet)
	);
	const documentActors = rankActors(mentions.filter((_, i) => units[i]?.kind !== 'caption'));
	const speakers = speakersOf(text, units, mentions, codebook);
	const { commonEnemy, theatre } = codebook.lexicons;
	const enemyInStory =
		documentActors.some((a) => sideOf(codebook, a) === codebook.enemySide) ||
		pattern(`\\b(?:${commonEnemy}${theatre ? `|${theatre}` : ''})\\b`, 'iu').test(text);
	return units.map((u, i) => {
		const unitText = text.slice(u.start, u.end);
		const actors = mentions[i] ?? [];
		const coded = u.kind === 'body' || u.kind === 'headline';
		const speaker = speakers[i] ?? null;
		// A state outlet speaks in its own narration, not in words it attributes to someone else.
		const narration = speaker === null && !isAttributed(unitText, codebook);
		const frames = coded
			? codeUnit({ start: u.start, text: unitText, actors }, codebook, {
					speaker,
					documentActors,
					enemyInStory,
					voice: narration ? voice : null
				})
			: [];
		return { start: u.start, end: u.end, text: unitText, kind: u.kind, frames, actors };
	});
}
