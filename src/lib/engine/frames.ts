// Codes one unit with the codebook's frames: which stance it takes, who takes it (source), on
// whom (targets), and the cue spans that fired, reading negation, reported speech and sides.
import { sideOf, type ActorMention } from './actors';
import type { Codebook, FrameDefinition } from './codebook';
import { clauseBefore, findCues, hasBooster, type CueMatch } from './cues';
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
}

export interface CodingContext {
	/** Whom the unit's words are attributed to (an actor id or a person's name), if anyone. */
	speaker: string | null;
	/** The article's actors, most mentioned first: where an implied counterpart is looked up. */
	documentActors: readonly string[];
}

interface Mention extends ActorMention {
	side: string | null;
	/** "in Syria", "over Moscow": a place, not a party. */
	locative: boolean;
	/** Named where a subject stands, not as an object of a verb or preposition. */
	subject: boolean;
}

const SUBJECT_BEFORE =
	/(?:^|[,(“"‘']|\b(?:that|and|but|while|as|however|by|said|says|both|[\p{Lu}][\p{L}.]*))\s*(?:the\s+)?$/u;

function mentionsOf(unit: UnitToCode, codebook: Codebook): Mention[] {
	const locative = new RegExp(`\\b(?:${codebook.lexicons.locatives})\\s+(?:the\\s+)?$`, 'iu');
	return unit.actors.map((m) => {
		const start = m.start - unit.start;
		const end = m.end - unit.start;
		const before = unit.text.slice(0, start);
		return {
			actor: m.actor,
			start,
			end,
			side: sideOf(codebook, m.actor),
			locative: locative.test(before),
			subject: SUBJECT_BEFORE.test(before)
		};
	});
}

/** The side-taking actor acting at `at`: the nearest subject before it, or the first of "X and Y". */
function agentBefore(
	mentions: readonly Mention[],
	text: string,
	at: number,
	from: number,
	enemy: string
): string | null {
	const candidates = mentions.filter(
		(m) => m.end <= at && m.start >= from && !m.locative && m.side !== enemy
	);
	for (let i = candidates.length - 1; i >= 0; i--) {
		const m = candidates[i];
		if (!m || !m.subject) continue;
		let first = m;
		for (let j = i - 1; j >= 0; j--) {
			const p = candidates[j];
			if (!p || !/^\s*(?:and|,)\s*(?:the\s+)?$/u.test(text.slice(p.end, first.start))) break;
			first = p;
		}
		return first.actor;
	}
	return null;
}

function rivalOf(
	actor: string | null,
	mentions: readonly Mention[],
	context: CodingContext,
	codebook: Codebook
): string | null {
	const side = sideOf(codebook, actor);
	const fits = (a: string) => {
		const s = sideOf(codebook, a);
		return s !== null && s !== side && s !== codebook.enemySide;
	};
	return (
		mentions.find((m) => !m.locative && fits(m.actor))?.actor ??
		context.documentActors.find(fits) ??
		null
	);
}

function confidenceOf(cues: readonly CueMatch[], boosted: boolean, inferred: boolean): number {
	const p = 1 - cues.reduce((q, c) => q * (1 - c.rule.weight), 1);
	const value = Math.min(0.99, p + (boosted ? 0.1 : 0)) * (inferred ? 0.85 : 1);
	return Math.round(value * 100) / 100;
}

function code(
	frame: FrameDefinition,
	cues: CueMatch[],
	source: string | null,
	targets: string[],
	confidence: number,
	unit: UnitToCode,
	ruleOf: (c: CueMatch) => string = (c) => c.rule.id
): FrameCode {
	return {
		frame: frame.id,
		confidence,
		source,
		targets: [...new Set(targets)].filter((t) => t !== source),
		cues: cues.map((c) => ({
			start: unit.start + c.start,
			end: unit.start + c.end,
			rule: ruleOf(c)
		}))
	};
}

/** Who acts at a cue inside a quotation with no named subject: "we" is the speaker, "they" the rival. */
function pronounActor(
	text: string,
	at: number,
	speaker: string | null,
	mentions: readonly Mention[],
	context: CodingContext,
	codebook: Codebook
): string | null | undefined {
	const words = clauseBefore(text, at)
		.text.toLowerCase()
		.match(/\b(?:we|i|our|they|their)\b/gu);
	const last = words?.at(-1);
	if (last === 'they' || last === 'their') return rivalOf(speaker, mentions, context, codebook);
	if (last) return speaker;
	return undefined;
}

/** Codes one unit. Returns one FrameCode per frame that fires, strongest evidence first. */
export function codeUnit(
	unit: UnitToCode,
	codebook: Codebook,
	context: CodingContext
): FrameCode[] {
	const enemy = codebook.enemySide;
	const speaker = context.speaker;
	if (sideOf(codebook, speaker) === enemy) return [];
	const mentions = mentionsOf(unit, codebook);
	const text = unit.text;
	const matches = findCues(text, codebook);
	if (matches.length === 0) return [];
	const quotes = quotedRanges(text);
	const inQuote = (at: number) => quotes.some(([a, b]) => at > a && at < b);
	const parties = mentions.filter((m) => !m.locative && m.side !== null && m.side !== enemy);
	const codes: FrameCode[] = [];

	for (const frame of codebook.frames) {
		const own = matches.filter((m) => m.frame === frame && !m.negated);
		if (frame.stance === 'joint-action') {
			const refusals = matches.filter((m) => m.frame.stance === 'refusal' && !m.negated);
			const cues = own.filter((m) => !refusals.some((r) => r.start <= m.start && m.end <= r.end));
			if (cues.length === 0) continue;
			const sides = new Set(parties.map((m) => m.side));
			const speakerSide = sideOf(codebook, speaker);
			if (speakerSide && speakerSide !== enemy) sides.add(speakerSide);
			const partners = new RegExp(`\\b(?:${codebook.lexicons.partners})\\b`, 'iu').test(text);
			if (sides.size < 2 && !(partners && sides.size >= 1)) continue;
			const first = cues[0] as CueMatch;
			const source =
				speaker ?? agentBefore(mentions, text, first.start, 0, enemy) ?? parties[0]?.actor ?? null;
			const targets = parties.map((m) => m.actor).filter((a) => a !== source);
			const rival = targets.length === 0 ? rivalOf(source, mentions, context, codebook) : null;
			if (rival) targets.push(rival);
			codes.push(
				code(
					frame,
					cues,
					source,
					targets,
					confidenceOf(cues, hasBooster(text, frame, codebook), false),
					unit
				)
			);
		} else if (frame.stance === 'refusal') {
			const negated = matches.filter((m) => m.negated && m.frame.id === frame.negates);
			const cues = [...own, ...negated].sort((a, b) => a.start - b.start);
			if (cues.length === 0) continue;
			const first = cues[0] as CueMatch;
			let inferred = false;
			let source: string | null | undefined;
			if (inQuote(first.start)) {
				const quoteStart = quotes.find(([a, b]) => first.start > a && first.start < b)?.[0] ?? 0;
				source =
					agentBefore(mentions, text, first.start, quoteStart, enemy) ??
					pronounActor(text, first.start, speaker, mentions, context, codebook);
				// A fragment quoted mid-clause ("the U.S. would “take all steps to deter…”") keeps the
				// clause's subject; a whole quoted sentence with no subject implies the other side.
				if (source === undefined && !fullQuote(text, quoteStart, codebook))
					source = agentBefore(mentions, text, quoteStart, 0, enemy) ?? undefined;
				if (source === undefined) {
					source = rivalOf(speaker, mentions, context, codebook);
					inferred = true;
				}
			} else {
				source =
					agentBefore(mentions, text, first.start, 0, enemy) ??
					speaker ??
					parties[0]?.actor ??
					null;
			}
			const side = sideOf(codebook, source);
			if (!source || side === enemy) continue;
			const targets = parties.filter((m) => m.side !== side).map((m) => m.actor);
			if (targets.length === 0) {
				const rival = rivalOf(source, mentions, context, codebook);
				if (!rival || side === null) continue;
				targets.push(rival);
				inferred = true;
			}
			const ruleOf = (c: CueMatch) => (c.frame === frame ? c.rule.id : `negated-${c.rule.id}`);
			codes.push(
				code(frame, cues, source, targets, confidenceOf(cues, false, inferred), unit, ruleOf)
			);
		} else {
			const cues = own.filter(
				(m) => m.rule.requires !== 'enemy-after' || enemyAfter(mentions, m, enemy)
			);
			if (cues.length === 0) continue;
			const first = cues[0] as CueMatch;
			let source =
				authorAdjacent(cues, mentions, text) ??
				speaker ??
				agentBefore(mentions, text, first.start, 0, enemy);
			const target = nearestTarget(parties, first, sideOf(codebook, source));
			if (!target) continue;
			const targetSide = sideOf(codebook, target);
			let inferred = false;
			if (!source) {
				source = parties.find((m) => m.side !== targetSide)?.actor ?? null;
				inferred = true;
			}
			if (!source || sideOf(codebook, source) === targetSide) continue;
			const targets = parties.filter((m) => m.side === targetSide).map((m) => m.actor);
			codes.push(code(frame, cues, source, targets, confidenceOf(cues, false, inferred), unit));
		}
	}
	return codes.sort((a, b) => b.confidence - a.confidence);
}

/** Whether the quotation opening at `quoteStart` is a whole sentence: "said, “…" or a unit that opens with it. */
function fullQuote(text: string, quoteStart: number, codebook: Codebook): boolean {
	const before = text.slice(0, quoteStart);
	return (
		!/\p{L}/u.test(before) ||
		new RegExp(`\\b(?:${codebook.lexicons.speechVerbs})\\s*[,:]?\\s*$`, 'u').test(before)
	);
}

function enemyAfter(mentions: readonly Mention[], cue: CueMatch, enemy: string): boolean {
	return mentions.some((m) => m.side === enemy && m.start >= cue.end && m.start - cue.end <= 40);
}

/** "similar Russian allegations": an actor right before a speech-act cue is its author. */
function authorAdjacent(
	cues: readonly CueMatch[],
	mentions: readonly Mention[],
	text: string
): string | null {
	for (const cue of cues) {
		if (cue.rule.author !== 'adjacent') continue;
		const m = mentions.find(
			(x) => x.end <= cue.start && /^(?:[’']s)?\s+$/u.test(text.slice(x.end, cue.start))
		);
		if (m) return m.actor;
	}
	return null;
}

/** The party charged: the nearest named party to the cue on another side than the source. */
function nearestTarget(
	parties: readonly Mention[],
	cue: CueMatch,
	sourceSide: string | null
): string | null {
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
	return best?.actor ?? null;
}
