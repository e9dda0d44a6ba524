// Turns the learned model's reading of a unit into a code the dashboard can show: the frame, who
// takes the stance (source), on whom (targets), and the words that drove it. The model says
// whether a stance is there; who holds it is read the way the rules read it — the speaker, the
// state outlet's voice, the party named as subject — or carried from the article's last code,
// since a wire story names its accuser once and goes on in its words.
import { sideOf, takesSide, type ActorMention } from './actors';
import type { Codebook } from './codebook';
import type { FrameCode } from './frames';
import { driverSpans, learnedRule, type Scored } from './learned';
import { agentAfterBy, agentBefore, readMentions, rivalOf, type Mention } from './roles';

export interface LearnedContext {
	unitStart: number;
	text: string;
	actors: readonly ActorMention[];
	speaker: string | null;
	/** The state outlet's actor when the unit is its narration. */
	voice: string | null;
	/** The actor whose state outlet published the article, if any. */
	outlet: string | null;
	documentActors: readonly string[];
	/** Whether the whole story is about the shared war (see analyze.ts). */
	warStory: boolean;
	/** The source and targets of the article's last code within a few units, if any. */
	last: { source: string; targets: readonly string[] } | null;
}

const rival = (codebook: Codebook, side: string | null) => (m: Mention) =>
	!m.locative && m.side !== null && m.side !== codebook.enemySide && m.side !== side;

const verbsOf = new WeakMap<Codebook, RegExp>();

/** Verbs whose subject voices a stance: the speech verbs, and the verbs of charging. */
function voicingVerbs(codebook: Codebook): RegExp {
	let re = verbsOf.get(codebook);
	if (!re) {
		re = new RegExp(
			`\\b(?:${codebook.lexicons.speechVerbs}|accus\\w*|blam\\w*|condemn\\w*|slam\\w*|denounc\\w*|protest\\w*|criticis\\w*|criticiz\\w*|charg\\w*|alleg\\w*|dismiss\\w*|believ\\w*|suspect\\w*|point\\w* the finger)\\b`,
			'giu'
		);
		verbsOf.set(codebook, re);
	}
	return re;
}

/** How far before its verb a voicing subject may stand: its own clause, not the sentence's start. */
const NEAR = 60;

/**
 * Whether what runs from a mention to its verb keeps the mention the verb's subject: a few words
 * of title, name or auxiliary ("'s defence ministry has"), not a clause of its own ("… northern
 * province of Raqqa has risen to 20 with children among the casualties media reported").
 */
function subjectOf(gap: string): boolean {
	if (/[\d.;:!?]/u.test(gap)) return false;
	const words = gap.match(/[\p{L}’'-]+/gu) ?? [];
	if (words.length > 6) return false;
	// A finite verb or participle before the last two words starts a clause of its own.
	return !words.slice(0, -2).some((w) => /^(?:is|are|was|were|been|being)$|\p{Ll}{3,}ed$/u.test(w));
}

/**
 * The sided actor voicing the unit's words: the subject just before a voicing verb ("the
 * government and its ally Russia have blamed"), the party named after it ("… said Qalamoni from
 * the Free Syrian Army", "accused by Washington"). The first verb that has one decides.
 */
function voicer(text: string, mentions: readonly Mention[], codebook: Codebook): string | null {
	const verbs = voicingVerbs(codebook);
	verbs.lastIndex = 0;
	for (let m = verbs.exec(text); m; m = verbs.exec(text)) {
		const [at, end] = [m.index, m.index + m[0].length];
		const before = agentBefore(
			mentions.filter((n) => subjectOf(text.slice(n.end, at))),
			text,
			at,
			Math.max(0, at - NEAR),
			codebook.enemySide,
			true
		);
		const after =
			agentAfterBy(mentions, text, end, codebook.enemySide) ??
			mentions.find(
				(n) =>
					n.start >= end &&
					n.start - end <= NEAR &&
					!n.locative &&
					n.side !== null &&
					n.side !== codebook.enemySide &&
					/^[^.;]*\b(?:from|of|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u.test(
						text.slice(end, n.start)
					) &&
					/^\s*(?:\p{Lu}[\p{L}.-]*\s*){1,4},?\s/u.test(text.slice(end))
			)?.actor ??
			null;
		const agent = before ?? after;
		if (agent) return agent;
	}
	return null;
}

/** The code for a frame the model finds, or null when no side can be named for it. */
export function learnedCode(
	scored: Scored,
	context: LearnedContext,
	codebook: Codebook
): FrameCode | null {
	const mentions = readMentions(context.actors, context.unitStart, context.text, codebook);
	const parties = mentions.filter(rival(codebook, null));
	// Who voices it: a side quoted, a side named as the subject of a speech or charging verb, the
	// state outlet narrating; a person it quotes speaks for the outlet's side; else whoever the
	// article last gave a stance to. The subject of a deed is its doer, never taken for the accuser.
	let source =
		(takesSide(codebook, context.speaker) ? context.speaker : null) ??
		voicer(context.text, mentions, codebook) ??
		context.voice ??
		(context.speaker !== null ? context.outlet : null) ??
		context.last?.source ??
		null;
	// Nobody named voices it: where both sides are named, the first named is the one speaking of
	// the other ("Russia hastened to back up denials … saying it was a rebel provocation"); where
	// one is, in a story about the war, the charge comes from its rival in the article. Off the
	// war ("North Korea accuses Trump") that rival would be a guess.
	if (source === null) {
		const first = parties[0];
		if (first && parties.some((m) => m.side !== first.side)) source = first.actor;
		else if (first && context.warStory)
			source = rivalOf(first.actor, [], context.documentActors, codebook);
	}
	// A stance needs a side that takes it (CODEBOOK.md, "Who can accuse"): without one there is
	// no code, however the words read.
	if (source === null) return null;
	const sourceSide = sideOf(codebook, source);
	const named = parties.filter(rival(codebook, sourceSide)).map((m) => m.actor);
	const targets = [...new Set(named)].filter((t) => t !== source);
	// None named: the rival the account was last about ("… met Lavrov. Speaking after the talks,
	// Kerry said …"), else the rival the article names most.
	if (targets.length === 0) {
		const implied =
			rivalOf(source, [], context.last?.targets ?? [], codebook) ??
			rivalOf(source, mentions, context.documentActors, codebook);
		if (implied && implied !== source) targets.push(implied);
	}
	return {
		frame: scored.frame,
		confidence: Math.round(scored.probability * 100) / 100,
		source,
		targets,
		cues: driverSpans(scored).map(({ span, feature }) => ({
			start: context.unitStart + span[0],
			end: context.unitStart + span[1],
			rule: learnedRule(feature)
		}))
	};
}
