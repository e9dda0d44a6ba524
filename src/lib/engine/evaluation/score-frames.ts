// Scores coded units against hand-coded gold: per-frame precision, recall and F1, macro-F1,
// how much furniture stayed out of coded text, and how often the source actor (and the target)
// is right.
// Matching follows the reference scorer: a gold unit takes the frames of every predicted unit
// that overlaps it by half of either unit's length.

export interface GoldUnit {
	start: number;
	end: number;
	kind: string;
	frames: string[];
	optional?: string[];
	source?: string;
	targets?: string[];
}

export interface GoldDocument {
	file: string;
	units?: GoldUnit[];
	/** Article-level gold, when a document has no unit spans. */
	frames?: string[];
	optional?: string[];
}

export interface Gold {
	frames: string[];
	documents: GoldDocument[];
}

export interface PredictedUnit {
	start: number;
	end: number;
	kind?: string;
	frames: { frame: string; source?: string | null; targets?: readonly string[] }[];
}

export interface PredictedDocument {
	file: string;
	units: readonly PredictedUnit[];
}

export interface FrameScore {
	tp: number;
	fp: number;
	fn: number;
	precision: number;
	recall: number;
	f1: number;
}

export interface FrameScores {
	frames: Record<string, FrameScore>;
	macroF1: number;
	/** Share (0–1) of gold furniture characters not covered by coded units; null without furniture. */
	boilerplateKeptOut: number | null;
	source: { hits: number; total: number };
	/** Correctly coded units whose source is right and whose targets include a gold target. */
	direction: { hits: number; total: number };
	missingDocuments: string[];
}

const NOT_CODED = new Set(['boilerplate', 'caption']);

const normActor = (a: string | null | undefined) =>
	String(a ?? '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
const baseName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/** Whether a predicted unit and a gold unit match: they overlap by half of either's length. */
export function overlaps(p: { start: number; end: number }, g: GoldUnit): boolean {
	const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
	return ov > 0 && (ov >= 0.5 * (g.end - g.start) || ov >= 0.5 * (p.end - p.start));
}

function ratio(a: number, b: number): number {
	return b === 0 ? NaN : a / b;
}

export interface ScoreOptions {
	/** Maps an actor name to its id ("opposition" → "Syrian opposition") before comparing. */
	actorOf?: (name: string) => string;
}

/** Scores predictions against gold; documents are matched by file base name. */
export function scoreFrames(
	gold: Gold,
	predicted: readonly PredictedDocument[],
	options: ScoreOptions = {}
): FrameScores {
	const actor = (a: string | null | undefined) =>
		normActor(a && options.actorOf ? options.actorOf(a) : a);
	const byFile = new Map(predicted.map((d) => [baseName(d.file), d]));
	const counts = Object.fromEntries(gold.frames.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
	let furniture = 0;
	let leaked = 0;
	const source = { hits: 0, total: 0 };
	const direction = { hits: 0, total: 0 };
	const missingDocuments: string[] = [];

	const tally = (goldSet: Set<string>, optional: Set<string>, predSet: Set<string>) => {
		for (const f of gold.frames) {
			const c = counts[f];
			if (!c || optional.has(f)) continue;
			if (goldSet.has(f) && predSet.has(f)) c.tp++;
			else if (predSet.has(f)) c.fp++;
			else if (goldSet.has(f)) c.fn++;
		}
	};

	for (const doc of gold.documents) {
		const pred = byFile.get(baseName(doc.file));
		if (!pred) missingDocuments.push(doc.file);
		const coded = (pred?.units ?? []).filter((u) => !NOT_CODED.has(u.kind ?? 'body'));
		if (!doc.units) {
			const predSet = new Set(coded.flatMap((u) => u.frames.map((f) => f.frame)));
			tally(new Set(doc.frames ?? []), new Set(doc.optional ?? []), predSet);
			continue;
		}
		for (const g of doc.units) {
			const hits = coded.filter((u) => overlaps(u, g));
			if (g.kind === 'boilerplate') {
				furniture += g.end - g.start;
				for (const u of hits) leaked += Math.min(u.end, g.end) - Math.max(u.start, g.start);
			}
			const predSet = new Set(hits.flatMap((u) => u.frames.map((f) => f.frame)));
			tally(new Set(g.frames), new Set(g.optional ?? []), predSet);
			if (!g.source) continue;
			for (const f of g.frames) {
				const code = hits.flatMap((u) => u.frames).find((x) => x.frame === f);
				if (!code) continue;
				source.total++;
				direction.total++;
				if (actor(code.source) !== actor(g.source)) continue;
				source.hits++;
				const targets = new Set((code.targets ?? []).map(actor));
				if ((g.targets ?? []).some((t) => targets.has(actor(t)))) direction.hits++;
			}
		}
	}

	const frames: Record<string, FrameScore> = {};
	for (const f of gold.frames) {
		const { tp, fp, fn } = counts[f] ?? { tp: 0, fp: 0, fn: 0 };
		const precision = ratio(tp, tp + fp);
		const recall = ratio(tp, tp + fn);
		const f1 = tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
		frames[f] = { tp, fp, fn, precision, recall, f1 };
	}
	const f1s = Object.values(frames).map((s) => s.f1);
	return {
		frames,
		macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0,
		boilerplateKeptOut: furniture ? 1 - leaked / furniture : null,
		source,
		direction,
		missingDocuments
	};
}
