// Codes one unit with the codebook's frames: which stance it takes, who takes it (source), on
// whom (targets), and the cue spans that fired, reading negation, reported speech and sides.
import { pattern } from './patterns';
import { gazetteerOf, sideOf, type ActorMention } from './actors';
import type { Codebook, FrameDefinition } from './codebook';
import { clauseBefore, deniesIt, findCues, hasBooster, type CueMatch } from './cues';
import {
	agentAfterBy,
	agentBefore,
	authorOf,
	enemyAfter,
	fullQuote,
	nearestTarget,
	partyAfter,
	pronounActor,
	readMentions,
	rivalOf,
	type Mention
} from './roles';
import { quotedRanges } from './speakers';

export interface Cue {
	start: number;
	end: number;
	rule: string;
}

export interface FrameCode {
	frame: string;
	confidence: number;
	source: string | null;
	targets: string[];
	cues: Cue[];
}

export interface UnitToCode {
	start: number;
	text: string;
	/** Mentions in article offsets. */
	actors: readonly ActorMention[];
	/** The unit's cue matches, when the caller has read them already (findCues). */
	cues?: CueMatch[];
}

export interface CodingContext {
	/** Whom the unit's words are attributed to (an actor id or a person's name), if anyone. */
	speaker: string | null;
	/** The article's actors, most mentioned first: where an implied counterpart is looked up. */
	documentActors: readonly string[];
	/**
	 * Whether the story is about the common enemy at all. Cooperation urged or refused is coded
	 * only in such stories; talks on trade or space are no stance on the shared fight.
	 */
	enemyInStory?: boolean;
	/** Whether the whole story is about the shared war, not just this unit (see analyze.ts). */
	warStory?: boolean;
	/**
	 * The side actor whose state outlet published the article (RT, SANA): where a unit names no
	 * speaker, its narration is that side speaking (CODEBOOK.md, "Who can accuse").
	 */
	voice?: string | null;
}

/** What every stance reads from the unit, computed once. */
interface Reading {
	unit: UnitToCode;
	codebook: Codebook;
	context: CodingContext;
	mentions: Mention[];
	/** Named parties on a side of the rivalry (not places, not the enemy). */
	parties: Mention[];
	matches: CueMatch[];
	quotes: [number, number][];
}

interface Finding {
	cues: CueMatch[];
	source: string | null;
	targets: string[];
	inferred: boolean;
	ruleOf?: (c: CueMatch) => string;
}

/** How far (in characters) from a cooperation cue its partners may be named. */
const NEAR = 130;

/** Whether `actor` is one of the codebook's actors that stand on no side (a monitor, the UN). */
function neutral(codebook: Codebook, actor: string | null): boolean {
	return actor !== null && gazetteerOf(codebook).sideOf.get(actor) === null;
}

/** Whether the unit names the shared war: its theatre, the enemy, or the enemy's generic names. */
function namesWar(r: Reading): boolean {
	const { codebook, unit, mentions } = r;
	if (mentions.some((m) => m.side === codebook.enemySide)) return true;
	const { theatre, commonEnemy } = codebook.lexicons;
	return pattern(`\\b(?:${commonEnemy}${theatre ? `|${theatre}` : ''})\\b`, 'iu').test(unit.text);
}

/** What runs from a charging verb to the act charged: "… the YPG of ", "… Moscow for ". */
const CHARGED_WITH = /^[^.;:]{0,80}?\b(?:of|for)\s+(?:[^.;:\s]+\s+){0,3}$/u;

function confidenceOf(cues: readonly CueMatch[], boosted: boolean, inferred: boolean): number {
	const p = 1 - cues.reduce((q, c) => q * (1 - c.rule.weight), 1);
	const value = Math.min(0.99, p + (boosted ? 0.1 : 0)) * (inferred ? 0.85 : 1);
	return Math.round(value * 100) / 100;
}

/** Whether a cooperation cue is what a refusal refuses: inside its span or the phrase right after. */
function refusedObject(text: string, refusal: CueMatch, cue: CueMatch): boolean {
	if (cue.end <= refusal.end) return true;
	return cue.start - refusal.end <= 40 && !/[.;:!?]/u.test(text.slice(refusal.end, cue.start));
}

function jointAction(frame: FrameDefinition, r: Reading): Finding | null {
	const { codebook, context, unit, parties } = r;
	const boosted = hasBooster(unit.text, frame, codebook);
	const refusals = r.matches.filter((m) => m.frame.stance === 'refusal' && !m.negated);
	const cues = r.matches.filter(
		(m) =>
			m.frame === frame &&
			!m.negated &&
			(m.rule.requires !== 'booster' || boosted) &&
			!refusals.some((x) => x.start <= m.start && refusedObject(unit.text, x, m))
	);
	const first = cues[0];
	if (!first) return null;
	// "Rebels accuse the YPG of working with the army": the cooperation is what is charged.
	const charging = r.matches.find((m) => m.frame.stance === 'charge' && !m.rule.deed);
	if (
		charging &&
		charging.end <= first.start &&
		CHARGED_WITH.test(unit.text.slice(charging.end, first.start))
	)
		return null;
	// A bare "deal", "talks" or "meeting" in a story that names the war only in passing is about
	// it only when the unit names it: "the Iran deal" and "talks in Kabul" are no stance on it.
	if (cues.every((c) => c.rule.weight < 0.7) && !context.warStory && !namesWar(r)) return null;
	// The partners must be named around the cue, not anywhere in a long sentence.
	// Weak cues ("met", "resolutions") need their partners closer than strong ones.
	const reach = cues.every((c) => c.rule.weight <= 0.5) ? NEAR / 2 : NEAR;
	const near = parties.filter((m) => m.end >= first.start - reach && m.start <= first.end + reach);
	const sides = new Set(near.map((m) => m.side));
	// The speaker's side is a partner to what it urges; a state outlet's narration is not.
	const speakerSide = sideOf(codebook, context.speaker);
	if (speakerSide && speakerSide !== codebook.enemySide) sides.add(speakerSide);
	const partners = pattern(`\\b(?:${codebook.lexicons.partners})\\b`, 'iu').test(unit.text);
	const mutual = cues.some((c) => c.rule.mutual);
	if (sides.size < 2 && !((partners || mutual) && sides.size >= 1)) return null;
	// A monitor or a UN body reporting a truce is not a party to it.
	const speaker = neutral(codebook, context.speaker) ? null : context.speaker;
	const source =
		speaker ??
		cues.map((c) => agentAfterBy(r.mentions, unit.text, c.end, codebook.enemySide)).find(Boolean) ??
		agentBefore(r.mentions, unit.text, first.start, 0, codebook.enemySide) ??
		parties[0]?.actor ??
		context.voice ??
		null;
	// Cooperation is urged on the other side: a side's own allies named with it are no targets.
	const sourceSide = sideOf(codebook, source);
	const targets = parties
		.filter((m) => m.actor !== source && (sourceSide === null || m.side !== sourceSide))
		.map((m) => m.actor);
	const voiceSide = sideOf(codebook, context.voice ?? null);
	if (targets.length === 0 && context.voice && voiceSide !== sourceSide)
		targets.push(context.voice);
	const rival =
		targets.length === 0 ? rivalOf(source, r.mentions, context.documentActors, codebook) : null;
	if (rival) targets.push(rival);
	return { cues, source, targets, inferred: !boosted && cues.every((c) => c.rule.weight < 0.7) };
}

function refusal(frame: FrameDefinition, r: Reading): Finding | null {
	const { codebook, context, unit, mentions } = r;
	const { text } = unit;
	const cues = r.matches.filter(
		(m) =>
			(m.frame === frame &&
				!m.negated &&
				(m.rule.requires !== 'party-after' || partyAfter(mentions, m, codebook.enemySide))) ||
			(m.negated && m.frame.id === frame.negates)
	);
	const first = cues[0];
	if (!first) return null;
	let inferred = false;
	let source: string | null | undefined;
	const quote = r.quotes.find(([a, b]) => first.start > a && first.start < b);
	if (quote) {
		const docActors = context.documentActors;
		source =
			agentBefore(mentions, text, first.start, quote[0], codebook.enemySide) ??
			pronounActor(text, first.start, context.speaker, mentions, docActors, codebook);
		// A fragment quoted mid-clause ("the U.S. would “take all steps to deter…”") keeps the
		// clause's subject; a whole quoted sentence with no subject implies the other side.
		if (source === undefined && !fullQuote(text, quote[0], codebook))
			source = agentBefore(mentions, text, quote[0], 0, codebook.enemySide) ?? undefined;
		if (source === undefined) {
			source = rivalOf(context.speaker, mentions, docActors, codebook);
			inferred = true;
		}
	} else if (first.rule.deed) {
		// A vow that the other side's act will be answered ("the Turkish incursion would not go
		// unpunished"): who says so takes the stance; the act's doer, named before it, is charged.
		const speaker = sideOf(codebook, context.speaker) !== null ? context.speaker : null;
		source = speaker ?? voicing(r, first.start) ?? context.voice ?? null;
	} else {
		source =
			agentBefore(mentions, text, first.start, 0, codebook.enemySide) ??
			context.speaker ??
			r.parties[0]?.actor ??
			context.voice ??
			null;
	}
	const side = sideOf(codebook, source);
	if (!source || side === null || side === codebook.enemySide) return null;
	const targets = r.parties.filter((m) => m.side !== side).map((m) => m.actor);
	if (targets.length === 0) {
		// Undirected refusals ("thwart", a negated "talks" in narration) need the other side named
		// in the unit; a side's own quoted "we cannot host a delegation" implies its rival.
		const undirected = (c: CueMatch) =>
			c.rule.requires === 'rival-named' || (c.frame !== frame && !quote);
		if (cues.every(undirected)) return null;
		const rival = rivalOf(source, mentions, context.documentActors, codebook);
		// A veto or a walk-out is a refusal even when the story never names whose draft it was.
		if (!rival && !cues.some((c) => c.frame === frame && c.rule.weight >= 0.9)) return null;
		if (rival) targets.push(rival);
		inferred = true;
	}
	const ruleOf = (c: CueMatch) => (c.frame === frame ? c.rule.id : `negated-${c.rule.id}`);
	return { cues, source, targets, inferred, ruleOf };
}

function charge(frame: FrameDefinition, r: Reading): Finding | null {
	const { codebook, context, unit, mentions, parties } = r;
	const enemy = codebook.enemySide;
	const enemyWords = pattern(
		`^[\\s“"‘']*(?:\\p{L}+[\\s-]+){0,3}?(?:${codebook.lexicons.commonEnemy})\\b`,
		'iu'
	);
	const named = mentions.filter((m) => !m.locative);
	const cues = r.matches.filter(
		(m) =>
			m.frame === frame &&
			(m.rule.deed
				? !deniesIt(m) && !DENIAL.test(clauseBefore(unit.text, m.start).text)
				: !m.negated) &&
			(m.rule.requires !== 'enemy-after' ||
				enemyAfter(mentions, m, enemy, 40, { text: unit.text, words: enemyWords })) &&
			(m.rule.requires !== 'author' || authorOf([m], mentions, unit.text) !== null) &&
			// A deed done by the enemy ("crimes by ISIS", "Daesh killed civilians") charges no side.
			!(m.rule.deed && nearestTarget(named, m, null)?.side === enemy)
	);
	const first = cues[0];
	if (!first) return null;
	// A charge laid on the enemy itself ("a bombing blamed on Daesh") is no charge between sides.
	if (first.rule.requires !== 'enemy-after' && enemyAfter(mentions, first, enemy, 12)) return null;

	// Who charges: the author named with the cue, the unit's speaker, the subject of a charging
	// verb ("France blamed …"), else the voice of a state outlet's narration. The subject of a
	// deed ("Russian jets bombed …") is the one charged, never the one charging.
	const spoken = cues.find((c) => !c.rule.deed);
	// In the passive ("the regime was accused of …") the subject is the one charged.
	const passive =
		spoken !== undefined &&
		/ed$/u.test(unit.text.slice(spoken.start, spoken.end)) &&
		PASSIVE.test(unit.text.slice(0, spoken.start));
	const agent =
		!spoken || passive ? null : agentBefore(mentions, unit.text, spoken.start, 0, enemy);
	// Nor is the subject of a passive charge its speaker, whatever the verb made of it.
	const charged0 = passive ? agentBefore(mentions, unit.text, spoken.start, 0, enemy) : null;
	const speaker =
		sideOf(codebook, context.speaker) === null || context.speaker === charged0
			? null
			: context.speaker;
	let source =
		authorOf(cues, mentions, unit.text) ??
		agent ??
		speaker ??
		voicing(r, first.start) ??
		(context.speaker === charged0 ? null : context.speaker) ??
		// A state outlet's narration voices the deeds it reports; a charging verb has a subject
		// of its own ("North Koreans gathered to denounce …"), unnamed or not.
		(spoken ? null : context.voice);
	// "ripped into Iran": a party named right after the cue is its object, not a place; nor is
	// one named inside a deed ("killed in Russian airstrikes"), which is its doer.
	const charged = [
		...parties,
		...mentions.filter(
			(m) =>
				m.locative &&
				m.side !== null &&
				m.side !== enemy &&
				cues.some(
					(c) =>
						(m.start >= c.end && m.start - c.end <= 2) ||
						(c.rule.deed === true && m.start >= c.start && m.end <= c.end)
				)
		)
	];
	// "The regime has been accused of dropping barrel bombs": a charge reported with its accuser
	// unnamed is the other side's, inferred from the story.
	let inferred = false;
	if (!source && passive && charged0 && charged.some((m) => m.actor === charged0)) {
		source = rivalOf(charged0, mentions, context.documentActors, codebook);
		inferred = true;
	}
	// A deed whose doer is named right before it on the source's own side is no charge
	// ("Russian election meddling" in a Russian outlet's narration).
	const sourceSide = sideOf(codebook, source ?? null);
	const doer = spoken
		? undefined
		: charged.findLast((m) => m.end <= first.start && first.start - m.end <= 15);
	if (doer && doer.side === sourceSide) return null;
	const target = nearestTarget(charged, first, sourceSide);
	if (!target) return null;
	// A quoted charge whose speaker is named only by affiliation: the party of the other side.
	if (!source && r.quotes.some(([a, b]) => first.start > a && first.start < b)) {
		source = parties.find((m) => m.side !== target.side)?.actor ?? null;
		inferred = true;
	}
	// Only a side charges a side: a monitor, a court or a bystander's criticism is no accusation.
	const side = sideOf(codebook, source ?? null);
	if (!source || side === null || side === codebook.enemySide || side === target.side) return null;
	const targets = charged.filter((m) => m.side === target.side).map((m) => m.actor);
	return { cues, source, targets, inferred: inferred || source === context.voice };
}

/**
 * The side that voices what follows at `at`: the subject of the last verb of speech or appeal
 * before it ("Ankara urged the world to stop the crimes…").
 */
function voicing(r: Reading, at: number): string | null {
	const { codebook, unit, mentions } = r;
	const verbs = pattern(`\\b(?:${codebook.lexicons.speechVerbs}|${APPEALS})\\b`, 'giu');
	let last: number | null = null;
	verbs.lastIndex = 0;
	for (let m = verbs.exec(unit.text); m && m.index < at; m = verbs.exec(unit.text)) last = m.index;
	return last === null ? null : agentBefore(mentions, unit.text, last, 0, codebook.enemySide, true);
}

const APPEALS =
	'urg(?:e|es|ed|ing)|call(?:s|ed|ing)\\s+(?:on|for)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?';

/** A denial governing a deed: "denied its warplanes carried out strikes on the market". */
const DENIAL = /\bden(?:y|ies|ied|ying)\b/iu;

/** A passive voice right before a charging verb's participle: "was accused", "has been blamed". */
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

const STANCE_READERS = { 'joint-action': jointAction, refusal, charge } as const;

/** Codes one unit. Returns one FrameCode per frame that fires, most confident first. */
export function codeUnit(
	unit: UnitToCode,
	codebook: Codebook,
	context: CodingContext
): FrameCode[] {
	// The enemy's rhetoric is reported, never coded as a stance of the rivals.
	if (sideOf(codebook, context.speaker) === codebook.enemySide) return [];
	const mentions = readMentions(unit.actors, unit.start, unit.text, codebook);
	const parties = mentions.filter(
		(m) => !m.locative && m.side !== null && m.side !== codebook.enemySide
	);
	// Every stance needs a side in the unit: a party named, a speaker or a state outlet's voice.
	// Most sentences of a long article have none, and reading their cues is the costly part.
	const sided = (m: Mention) => m.side !== null && m.side !== codebook.enemySide;
	if (!mentions.some(sided) && sideOf(codebook, context.speaker) === null && !context.voice)
		return [];
	const matches = unit.cues ?? findCues(unit.text, codebook);
	if (matches.length === 0) return [];
	const reading: Reading = {
		unit,
		codebook,
		context,
		mentions,
		parties,
		matches,
		quotes: quotedRanges(unit.text)
	};
	const codes: FrameCode[] = [];
	const findings = codebook.frames.map((frame) =>
		frame.stance !== 'charge' && context.enemyInStory === false
			? null
			: STANCE_READERS[frame.stance](frame, reading)
	);
	const charged = codebook.frames.some((f, i) => f.stance === 'charge' && findings[i]);
	for (const [i, frame] of codebook.frames.entries()) {
		const found = findings[i];
		if (!found) continue;
		// Talks or a deal named in passing inside a charge ("lost its credibility as a sponsor of
		// negotiations") are the charge's matter, not advocacy of joint action.
		if (charged && frame.stance === 'joint-action' && found.cues.every((c) => c.rule.weight < 0.7))
			continue;
		const ruleOf = found.ruleOf ?? ((c: CueMatch) => c.rule.id);
		codes.push({
			frame: frame.id,
			confidence: confidenceOf(found.cues, hasBooster(unit.text, frame, codebook), found.inferred),
			source: found.source,
			targets: [...new Set(found.targets)].filter((t) => t !== found.source),
			cues: found.cues.map((c) => ({
				start: unit.start + c.start,
				end: unit.start + c.end,
				rule: ruleOf(c)
			}))
		});
	}
	return codes.sort((a, b) => b.confidence - a.confidence);
}
