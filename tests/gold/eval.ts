// npm run eval: scores the engine on the seed gold and on both halves of the real-article gold,
// with 95% bootstrap intervals (resampling articles), sentence and article level, source-actor
// accuracy, the confusion between frames and a reliability table of confidence. The real gold
// needs ../shared/corpora (the texts are not in the repository): without it that part is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	analyzeText,
	defaultCodebook,
	overlaps,
	scoreFrames,
	type Gold,
	type GoldDocument,
	type PredictedDocument
} from '../../src/lib/engine';
import { actorIdOf } from '../../src/lib/engine/actors';
import { bootstrapInterval, reliabilityTable } from '../../src/lib/engine/evaluation/agreement';
import { readArticleFolder } from '../../src/lib/server/article-folder';
import { CORPORA, REAL_GOLD, withTexts, type RealDocument } from './corpora';

const ROOT = join(import.meta.dirname, '..', '..');
const FRAMES = defaultCodebook.frames.map((f) => f.id);

interface Scored {
	gold: GoldDocument;
	predicted: PredictedDocument & {
		codes: { start: number; end: number; frame: string; confidence: number }[];
	};
}

function predict(
	file: string,
	text: string,
	title: string | null,
	outlet: string
): Scored['predicted'] {
	const units = analyzeText(text, defaultCodebook, { title, outlet });
	return {
		file,
		units: units.map((u) => ({
			start: u.start,
			end: u.end,
			kind: u.kind,
			frames: u.frames.map((f) => ({ frame: f.frame, source: f.source, targets: f.targets }))
		})),
		codes: units.flatMap((u) =>
			u.frames.map((f) => ({
				start: u.start,
				end: u.end,
				frame: f.frame,
				confidence: f.confidence
			}))
		)
	};
}

const pct = (x: number) => (Number.isNaN(x) ? '  —  ' : `${(100 * x).toFixed(1).padStart(5)}`);
const interval = ([lo, hi]: [number, number]) => `[${pct(lo).trim()}, ${pct(hi).trim()}]`;

/** Article level: an article carries a frame when any of its units does. */
function articleLevel(doc: GoldDocument): GoldDocument {
	const units = doc.units ?? [];
	const frames = [...new Set(units.flatMap((u) => u.frames))];
	const optional = [...new Set(units.flatMap((u) => u.optional ?? []))].filter(
		(f) => !frames.includes(f)
	);
	return { file: doc.file, frames, optional };
}

/** Macro-F1 over the frames the gold or the engine has any unit of: a frame neither has is unmeasured. */
function measuredMacro(scores: ReturnType<typeof scoreFrames>): { f1: number; over: number } {
	const measured = FRAMES.map((f) => scores.frames[f]!).filter((f) => f.tp + f.fp + f.fn > 0);
	return {
		f1: measured.length ? measured.reduce((n, f) => n + f.f1, 0) / measured.length : NaN,
		over: measured.length
	};
}

function report(title: string, scored: readonly Scored[]) {
	const score = (sample: readonly Scored[], level: 'sentence' | 'article') =>
		scoreFrames(
			{
				frames: FRAMES,
				documents: sample.map((s) => (level === 'sentence' ? s.gold : articleLevel(s.gold)))
			} satisfies Gold,
			sample.map((s) => s.predicted),
			{ actorOf: (name) => actorIdOf(defaultCodebook, name) }
		);
	const units = scored.reduce((n, s) => n + (s.gold.units?.length ?? 0), 0);
	console.log(`\n== ${title}: ${scored.length} articles, ${units} units ==`);
	for (const level of ['sentence', 'article'] as const) {
		const point = score(scored, level);
		console.log(`${level} level            P      R     F1   F1 95% CI        tp  fp  fn`);
		for (const frame of FRAMES) {
			const s = point.frames[frame]!;
			// A resample with no unit of the frame either way says nothing of it: left out.
			const ci = bootstrapInterval(scored, (sample) => {
				const f = score(sample, level).frames[frame]!;
				return f.tp + f.fp + f.fn === 0 ? NaN : f.f1;
			});
			if (s.tp + s.fp + s.fn === 0) {
				console.log(`  ${frame.padEnd(20)} not measured: no unit of it in the gold, none coded`);
				continue;
			}
			console.log(
				`  ${frame.padEnd(20)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${interval(ci).padEnd(16)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`
			);
		}
		const ci = bootstrapInterval(scored, (sample) => measuredMacro(score(sample, level)).f1);
		const macro = measuredMacro(point);
		console.log(
			`  ${'macro-F1'.padEnd(20)}               ${pct(macro.f1)}  ${interval(ci)}${macro.over < FRAMES.length ? `   over the ${macro.over} frames this half measures` : ''}`
		);
		if (level === 'sentence')
			console.log(
				`  source right on ${point.source.hits} of ${point.source.total} correctly coded units (${pct(point.source.hits / point.source.total).trim()}%); source and a target right on ${point.direction.hits} (${pct(point.direction.hits / point.direction.total).trim()}%)`
			);
	}
	// Confusion: each gold frame (or none) against what the engine coded on the same units.
	const columns = [...FRAMES, 'none'];
	const matrix = new Map(columns.map((g) => [g, new Map(columns.map((p) => [p, 0]))]));
	const reliability: { confidence: number; right: boolean }[] = [];
	for (const { gold, predicted } of scored)
		for (const g of gold.units ?? []) {
			if (g.kind === 'boilerplate') continue;
			const hits = predicted.units.filter((u) => overlaps(u, g) && u.kind !== 'boilerplate');
			const said = [...new Set(hits.flatMap((u) => u.frames.map((f) => f.frame)))];
			for (const row of g.frames.length ? g.frames : (g.optional ?? []).length ? [] : ['none'])
				for (const col of said.length ? said : ['none']) {
					const cells = matrix.get(row)!;
					cells.set(col, cells.get(col)! + 1);
				}
			for (const code of predicted.codes.filter((c) => overlaps(c, g)))
				if (!(g.optional ?? []).includes(code.frame))
					reliability.push({ confidence: code.confidence, right: g.frames.includes(code.frame) });
		}
	console.log('confusion (rows: gold, columns: engine; units)');
	const short = (c: string) => c.replace('cooperation_', '');
	console.log(`  ${''.padEnd(20)} ${columns.map((c) => short(c).padStart(12)).join('')}`);
	for (const row of columns)
		console.log(
			`  ${row.padEnd(20)} ${columns.map((c) => String(row === 'none' && c === 'none' ? '·' : matrix.get(row)!.get(c)).padStart(12)).join('')}`
		);
	console.log('reliability (codes by confidence: how often right)');
	for (const bin of reliabilityTable(reliability))
		console.log(
			`  ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}  ${String(bin.codes).padStart(4)} codes, ${bin.codes ? `${pct(bin.right / bin.codes).trim()}% right` : '—'}`
		);
}

function seeds(): Scored[] {
	const gold = JSON.parse(
		readFileSync(join(ROOT, 'tests/fixtures/seeds.frames.json'), 'utf8')
	) as Gold;
	const articles = readArticleFolder(join(ROOT, 'seeds'));
	return gold.documents.map((doc) => {
		const article = articles.find((a) => a.file.endsWith(doc.file));
		if (!article) throw new Error(`seed gold names ${doc.file}, which seeds/ does not hold`);
		return {
			gold: doc,
			predicted: predict(doc.file, article.text, article.title, article.outlet.name)
		};
	});
}

function realGold(): { dev: Scored[]; test: Scored[]; about: string } | null {
	if (!existsSync(CORPORA) || !existsSync(REAL_GOLD)) return null;
	const gold = JSON.parse(readFileSync(REAL_GOLD, 'utf8')) as {
		documents: RealDocument[];
		agreement: Record<string, { kappa: number; units: number }>;
	};
	const halves = { dev: [] as Scored[], test: [] as Scored[] };
	for (const { doc, article } of withTexts(gold.documents))
		halves[doc.split === 'test' ? 'test' : 'dev'].push({
			gold: { file: doc.key, units: doc.units },
			predicted: predict(doc.key, article.text, article.title, article.outlet.name)
		});
	const about = Object.entries(gold.agreement)
		.map(
			([f, k]) => `${f} κ ${Number.isNaN(k.kappa) || k.kappa === null ? '—' : k.kappa.toFixed(3)}`
		)
		.join(', ');
	return { ...halves, about };
}

console.log(
	`Parallax coding evaluation: engine on codebook ${defaultCodebook.id} v${defaultCodebook.version}`
);
report('Seed gold (in-sample: the rules were written against it; a smoke test)', seeds());
const real = existsSync(CORPORA) ? realGold() : null;
if (!real)
	console.log(
		`\nReal-article gold skipped: ${existsSync(CORPORA) ? 'tests/fixtures/gold/real.json is missing' : `${CORPORA} is not here (its texts are not in the repository)`}.`
	);
else {
	console.log(
		`\nReal-article gold, coded blind by two coders (${real.about}), disputes settled by a third.`
	);
	report(
		'Real gold, dev half (tune on it; the learned component was trained on it, so in-sample)',
		real.dev
	);
	report('Real gold, test half (score only)', real.test);
}
