// Splits a unit's text into plain runs and cue runs, so a quote can underline the words that
// triggered its codes without ever treating the article's text as markup.
import type { EvidenceCode } from '$lib/coded-corpus';

export interface QuotePart {
	/** Offsets into the unit's text. */
	start: number;
	end: number;
	text: string;
	/** Frames whose cues cover this run (empty for plain text). */
	frames: string[];
	/** Cue rules covering this run. */
	rules: string[];
}

/** Runs of the text in order; concatenated they give the text back exactly. */
export function quoteParts(text: string, codes: readonly EvidenceCode[]): QuotePart[] {
	const cues = codes.flatMap((code) =>
		code.cues.map((cue) => ({
			start: Math.max(0, Math.min(text.length, cue.start)),
			end: Math.max(0, Math.min(text.length, cue.end)),
			frame: code.frame,
			rule: cue.rule
		}))
	);
	const cuts = [...new Set([0, text.length, ...cues.flatMap((cue) => [cue.start, cue.end])])].sort(
		(a, b) => a - b
	);
	const parts: QuotePart[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const start = cuts[i]!;
		const end = cuts[i + 1]!;
		if (end <= start) continue;
		const covering = cues.filter((cue) => cue.start <= start && cue.end >= end);
		const frames = [...new Set(covering.map((cue) => cue.frame))];
		const rules = [...new Set(covering.map((cue) => cue.rule))];
		const last = parts.at(-1);
		if (last && last.frames.join() === frames.join() && last.rules.join() === rules.join()) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else parts.push({ start, end, text: text.slice(start, end), frames, rules });
	}
	return parts;
}
