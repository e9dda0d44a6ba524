// Finds a codebook's cue matches in a unit and decides which are negated ("will not cooperate",
// "refused cooperation"), so the coder reasons about concepts, not keywords.
import type { Codebook, CueRule, FrameDefinition } from './codebook';

export interface CueMatch {
	frame: FrameDefinition;
	rule: CueRule;
	/** Offsets into the unit text. */
	start: number;
	end: number;
	negated: boolean;
	/** The word that negates it ("not", "stop"), when negated. */
	negator: string | null;
}

interface CompiledFrame {
	frame: FrameDefinition;
	cues: { rule: CueRule; re: RegExp }[];
	boosters: RegExp | null;
}

interface CompiledCues {
	frames: CompiledFrame[];
	negator: RegExp;
	exception: RegExp;
}

const compiled = new WeakMap<Codebook, CompiledCues>();

/**
 * A cue's expression. Without Unicode classes in it, it is compiled without the `u` flag: on
 * ASCII patterns V8 matches several times faster that way, and \b, \w and ASCII case folding
 * mean the same either way.
 */
function cueRegExp(source: string): RegExp {
	return new RegExp(source, /\\[pPu]\{|\\u[0-9a-fA-F]{4}/u.test(source) ? 'giu' : 'gi');
}

export function cuesOf(codebook: Codebook): CompiledCues {
	let c = compiled.get(codebook);
	if (!c) {
		const { negators, negationExceptions } = codebook.lexicons;
		c = {
			frames: codebook.frames.map((frame) => ({
				frame,
				cues: frame.cues.map((rule) => ({ rule, re: cueRegExp(rule.pattern) })),
				boosters: frame.boosters ? new RegExp(`\\b(?:${frame.boosters})\\b`, 'iu') : null
			})),
			negator: new RegExp(`(?:^|[^\\p{L}])(?:${negators})(?![\\p{L}])`, 'iu'),
			exception: new RegExp(`\\b(?:${negationExceptions})\\b`, 'iu')
		};
		compiled.set(codebook, c);
	}
	return c;
}

/** The clause before `at`: back to the last sentence punctuation, quote mark or "but". */
export function clauseBefore(text: string, at: number): { from: number; text: string } {
	const head = text.slice(0, at);
	let from = 0;
	const re = /[.;:!?“”"]|\bbut\b|\bhowever\b/giu;
	for (let m = re.exec(head); m; m = re.exec(head)) from = m.index + m[0].length;
	return { from, text: head.slice(from) };
}

/** The negator governing the cue, if any: among the four words before it, within its clause. */
export function negatorOf(text: string, at: number, codebook: Codebook): string | null {
	const { negator, exception } = cuesOf(codebook);
	const clause = clauseBefore(text, at).text;
	const words = clause.split(/[\s\u00a0,]+/u).filter((w) => /[\p{L}]/u.test(w));
	const window = words.slice(-4).join(' ');
	if (!window || exception.test(window)) return null;
	return negator.exec(window)?.[0].replace(/^[^\p{L}]+/u, '') ?? null;
}

/** Whether a negator governs the cue. */
export function isNegated(text: string, at: number, codebook: Codebook): boolean {
	return negatorOf(text, at, codebook) !== null;
}

/**
 * Whether the negation denies the cue itself ("did not", "never") rather than calls for its end
 * ("stop the crimes", "without cooperation"): only a denial cancels a charge's deed.
 */
export function deniesIt(match: CueMatch): boolean {
	return (
		match.negator !== null &&
		/^(?:not|never|no|cannot|\p{L}+n[’']t|neither|nor)$/iu.test(match.negator)
	);
}

/** Whether most words are capitalised, as in a headline, where capitals say nothing. */
function titleCased(text: string): boolean {
	const words = text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
	const long = words.filter((w) => w.length > 3);
	return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.65;
}

/** A capitalised cue mid-sentence is part of a name: "Local Coordination Committees". */
function inProperName(text: string, at: number): boolean {
	if (!/^\p{Lu}/u.test(text.charAt(at))) return false;
	return /[\p{L}\p{N},;]\s*$/u.test(text.slice(Math.max(0, at - 3), at));
}

/** Every cue of every frame in `text`, with its negation. Overlapping matches of a frame merge. */
export function findCues(text: string, codebook: Codebook): CueMatch[] {
	const found: CueMatch[] = [];
	const titled = titleCased(text);
	for (const { frame, cues } of cuesOf(codebook).frames) {
		for (const { rule, re } of cues) {
			re.lastIndex = 0;
			for (let m = re.exec(text); m; m = re.exec(text)) {
				if (m[0].length === 0) {
					re.lastIndex++;
					continue;
				}
				const start = m.index;
				const end = start + m[0].length;
				if (!titled && inProperName(text, start)) continue;
				if (found.some((f) => f.frame === frame && f.start < end && start < f.end)) continue;
				const negator = negatorOf(text, start, codebook);
				found.push({ frame, rule, start, end, negated: negator !== null, negator });
			}
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Whether the frame's advocacy boosters ("calls for", "must", "offered") occur in the text. */
export function hasBooster(text: string, frame: FrameDefinition, codebook: Codebook): boolean {
	const entry = cuesOf(codebook).frames.find((f) => f.frame === frame);
	return entry?.boosters?.test(text) ?? false;
}
