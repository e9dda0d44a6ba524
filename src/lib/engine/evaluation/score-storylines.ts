// Pairwise scoring of predicted storylines against hand-made gold ones, as the gold file's
// "about" defines it: over gold units that are in some storyline, every pair from different
// articles should share a predicted storyline exactly when it shares a gold one.

export interface Span {
	file: string;
	start: number;
	end: number;
}

export interface GoldStoryline {
	id: string;
	units: Span[];
}

/** Predicted storylines as alignment returns them (only what scoring reads). */
export interface PredictedStoryline {
	id: string;
	units: { document: string; start: number; end: number }[];
}

export interface StorylineScore {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
	f1: number;
}

/**
 * Whether a predicted member stands for a gold unit: same file, and the overlap covers at least
 * half of each span, so neither a whole-paragraph unit nor a fragment matches a sentence.
 */
export function spansMatch(gold: Span, member: { document: string; start: number; end: number }) {
	if (gold.file !== member.document) return false;
	const overlap = Math.min(gold.end, member.end) - Math.max(gold.start, member.start);
	if (overlap <= 0) return false;
	return overlap >= 0.5 * (gold.end - gold.start) && overlap >= 0.5 * (member.end - member.start);
}

function ratio(a: number, b: number): number {
	return b === 0 ? 0 : a / b;
}

export function scoreStorylines(
	gold: readonly GoldStoryline[],
	predicted: readonly PredictedStoryline[]
): StorylineScore {
	const units = gold.flatMap((storyline) =>
		storyline.units.map((span) => ({
			span,
			gold: storyline.id,
			predicted: new Set(
				predicted.filter((p) => p.units.some((m) => spansMatch(span, m))).map((p) => p.id)
			)
		}))
	);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (let i = 0; i < units.length; i++) {
		for (let j = i + 1; j < units.length; j++) {
			const x = units[i] as (typeof units)[number];
			const y = units[j] as (typeof units)[number];
			if (x.span.file === y.span.file) continue;
			const together = [...x.predicted].some((id) => y.predicted.has(id));
			if (x.gold === y.gold) {
				if (together) tp++;
				else fn++;
			} else if (together) fp++;
		}
	}
	const precision = ratio(tp, tp + fp);
	const recall = ratio(tp, tp + fn);
	return {
		truePositives: tp,
		falsePositives: fp,
		falseNegatives: fn,
		precision,
		recall,
		f1: ratio(2 * precision * recall, precision + recall)
	};
}
