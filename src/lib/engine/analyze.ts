// The coding stage's entry point: article text in, coded units out, every unit traceable to its
// exact span of the original text.
import { pattern } from './patterns';
import { findActors, sideOf, takesSide, type ActorMention } from './actors';
import { outletActor, outletOf, type Codebook } from './codebook';
import { findCues } from './cues';
import { codeUnit, type FrameCode } from './frames';
import {
	featuresOf,
	modelServes,
	probabilities,
	scoreFrame,
	type Feature,
	type LearnedModel,
	type UnitSignals
} from './learned';
import { learnedCode } from './learned-code';
import learnedModelJson from './learned-model.json';
import { findSpeaker, isAttributed, PersonMemory, quotedRanges } from './speakers';
import { splitUnits, type UnitKind, type UnitSpan } from './units';

/** The model shipped with the engine, trained to the default codebook (tests/gold/train.ts). */
// (Through unknown: TypeScript reads each frame's weights as its own literal shape.)
export const learnedModel = learnedModelJson as unknown as LearnedModel;

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
	/** The learned component; the shipped model by default, null for the rules alone. */
	model?: LearnedModel | null;
}

/** A unit as the rules read it, with what the learned model reads of it. */
export interface ReadUnit extends CodedUnit {
	/** Null for units no stance can be read in: furniture, captions, units naming no side. */
	signals: UnitSignals | null;
	speaker: string | null;
	/** The state outlet's actor when the unit is its narration. */
	voice: string | null;
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
 * Reads one article as the rules do: finds its furniture, splits it into units, recognises actors
 * and codes each headline and body unit with the codebook's cue rules; and gathers, for units
 * where a side is named or speaks, what the learned model reads. `voice` is the side whose state
 * outlet published the article, if any.
 */
export function readUnits(
	text: string,
	codebook: Codebook,
	options: AnalyzeOptions = {},
	withSignals = true
): { units: ReadUnit[]; documentActors: string[]; voice: string | null } {
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
	// Naming the enemy once does not make a piece on the Iran deal a war story either: the war,
	// its theatre or its enemy must come up in a fifth of the body.
	const enemyMentions = mentions
		.flat()
		.filter((m) => sideOf(codebook, m.actor) === codebook.enemySide).length;
	const warThroughout = warWords + enemyMentions >= Math.max(2, bodyUnits / 5);
	const read = units.map((u, i): ReadUnit => {
		const unitText = text.slice(u.start, u.end);
		const actors = mentions[i] ?? [];
		const coded = u.kind === 'body' || u.kind === 'headline';
		const speaker = speakers[i] ?? null;
		const sidedHere = actors.some((m) => takesSide(codebook, m.actor));
		// Whether the words are attributed matters only where a side could be speaking.
		const attributed =
			coded &&
			(voice !== null || speaker !== null || sidedHere) &&
			isAttributed(unitText, codebook);
		const firstPerson = FIRST_PERSON.test(unitText);
		// A state outlet speaks in its own narration, not in words it attributes to someone else.
		// Read only in a state outlet's articles: elsewhere there is no voice to give.
		const narration = voice !== null && speaker === null && !attributed && !firstPerson;
		const unitEnemy =
			enemyInStory &&
			(warThroughout ||
				warInUnit.test(unitText) ||
				actors.some((m) => sideOf(codebook, m.actor) === codebook.enemySide));
		// The model reads only units where some side is named or speaks: a stance needs one. Their
		// cues are read once, for the rules and the model both.
		const readable =
			withSignals && coded && (narration || takesSide(codebook, speaker) || sidedHere);
		const cues = readable ? findCues(unitText, codebook) : undefined;
		const frames = coded
			? codeUnit({ start: u.start, text: unitText, actors, cues }, codebook, {
					speaker,
					documentActors,
					warStory: warThroughout,
					enemyInStory: unitEnemy,
					voice: narration ? voice : null
				})
			: [];
		const signals: UnitSignals | null = cues
			? {
					text: unitText,
					headline: u.kind === 'headline',
					actors: actors.map((m) => ({ ...m, start: m.start - u.start, end: m.end - u.start })),
					cues: cues.map((c) => ({
						frame: c.frame.id,
						rule: c.rule.id,
						start: c.start,
						end: c.end,
						negated: c.negated
					})),
					ruleFrames: frames.map((f) => f.frame),
					neighbourFrames: [],
					articleFrames: [],
					ownSide: sideOf(codebook, narration ? voice : speaker),
					voice: narration,
					speaker: speaker === null ? null : (sideOf(codebook, speaker) ?? 'person'),
					attributed,
					firstPerson,
					quoted: quotedRanges(unitText).length > 0,
					warStory: warThroughout,
					enemyInStory: unitEnemy
				}
			: null;
		return {
			start: u.start,
			end: u.end,
			text: unitText,
			kind: u.kind,
			frames,
			actors,
			signals,
			speaker,
			voice: narration ? voice : null
		};
	});
	const articleFrames = [...new Set(read.flatMap((u) => u.frames.map((f) => f.frame)))];
	for (const [i, unit] of read.entries())
		if (unit.signals) {
			const near = [read[i - 1], read[i + 1]].flatMap((u) => u?.frames.map((f) => f.frame) ?? []);
			unit.signals.neighbourFrames = [...new Set(near)];
			unit.signals.articleFrames = articleFrames;
		}
	return { units: read, documentActors, voice };
}

/** How many units back a code's source still speaks for an unattributed unit. */
const CARRY = 3;

/**
 * Analyses one article: the rules' codes, and where the learned model serves the codebook, its
 * reading too. A unit carries a frame when the rules code it or, where they are silent, the
 * model's probability reaches the frame's threshold; a learned code's confidence is that
 * probability. Units cover the
 * text in order and never overlap; `text === original.slice(start, end)` for every unit.
 */
export function analyzeText(
	text: string,
	codebook: Codebook,
	options: AnalyzeOptions = {}
): CodedUnit[] {
	const model = options.model === undefined ? learnedModel : options.model;
	const serves = modelServes(model, codebook);
	const { units, documentActors, voice } = readUnits(text, codebook, options, serves);
	const strip = ({ start, end, text, kind, frames, actors }: ReadUnit): CodedUnit => ({
		start,
		end,
		text,
		kind,
		frames,
		actors
	});
	if (!model || !serves) return units.map(strip);
	const learnt = new Set(model.frames.map((f) => f.frame));
	let last: { source: string; targets: string[]; unit: number } | null = null;
	/** The unit's codes with the model's: the rules' codes stand, the model adds where they are silent. */
	const withLearned = (unit: ReadUnit, signals: UnitSignals, i: number): FrameCode[] => {
		const p = probabilities(model.frames, signals, codebook);
		const frames: FrameCode[] = [...unit.frames.filter((f) => !learnt.has(f.frame))];
		// Read once, for whichever frames reach their thresholds.
		let features: Feature[] | undefined;
		for (const [k, weights] of model.frames.entries()) {
			const ruled = unit.frames.find((f) => f.frame === weights.frame);
			if (ruled) frames.push(ruled);
			else if (p[k]! >= weights.threshold) {
				const scored = scoreFrame(weights, (features ??= featuresOf(signals, codebook)));
				const code = learnedCode(
					scored,
					{
						unitStart: unit.start,
						text: unit.text,
						actors: unit.actors,
						speaker: unit.speaker,
						voice: unit.voice,
						outlet: voice,
						warStory: signals.warStory,
						documentActors,
						last: last && i - last.unit <= CARRY ? last : null
					},
					codebook
				);
				if (code) frames.push(code);
			}
		}
		return frames.sort((a, b) => b.confidence - a.confidence);
	};
	return units.map((unit, i) => {
		// The model decides only where the rules are silent on one of its frames.
		const silent = [...learnt].some((f) => !unit.frames.some((c) => c.frame === f));
		const frames = unit.signals && silent ? withLearned(unit, unit.signals, i) : unit.frames;
		const sourced = frames.find((f) => f.source);
		if (sourced?.source) last = { source: sourced.source, targets: sourced.targets, unit: i };
		return { ...strip(unit), frames };
	});
}
