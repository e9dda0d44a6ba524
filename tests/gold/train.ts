// Trains the coder's learned component (src/lib/engine/learned.ts): one L2-regularised logistic
// model per frame, on the training set (tests/fixtures/gold/train.json) and the real gold's dev
// half — never its test half. Unit labels come from the hand-coded units each engine unit
// overlaps, as the scorer matches them. It picks each frame's threshold and regularisation by
// five-fold cross-validation over articles, prints the out-of-fold figures, and writes the model
// (src/lib/engine/learned-model.json). Needs ../shared/corpora for the texts.
//   node --import tsx tests/gold/train.ts [--dry-run]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCodebook, overlaps } from '../../src/lib/engine';
import { readUnits } from '../../src/lib/engine/analyze';
import { featuresOf, type FrameWeights, type LearnedModel } from '../../src/lib/engine/learned';
import { seededRandom } from '../../src/lib/engine/evaluation/seeded-random';
import { CORPORA, tunableDocuments, withTexts, type RealDocument } from './corpora';

const OUT = join(import.meta.dirname, '..', '..', 'src', 'lib', 'engine', 'learned-model.json');
const FRAMES = defaultCodebook.frames.map((f) => f.id);
const FOLDS = 5;
/** `--errors FRAME` prints the out-of-fold errors of one frame (training data only). */
const ERRORS = process.argv[process.argv.indexOf('--errors') + 1] ?? null;
const LAMBDAS = [3, 10, 30];
/** A feature must show in this many training units to get a weight. */
const MIN_COUNT = 3;
/** The out-of-fold F1 a frame's model must add to the rules' to be shipped. */
const MIN_GAIN = 0.01;

interface Example {
	doc: number;
	features: string[];
	/** Per frame: 1 carries it, 0 does not, null borderline (left out of that frame's fit). */
	labels: (0 | 1 | null)[];
	ruled: boolean[];
	text: string;
}

function examples(): { examples: Example[]; docs: RealDocument[] } {
	const docs = tunableDocuments(true);
	const out: Example[] = [];
	for (const [n, { doc, article }] of withTexts(docs).entries()) {
		const { units } = readUnits(article.text, defaultCodebook, {
			title: article.title,
			outlet: article.outlet.name
		});
		for (const unit of units) {
			if (!unit.signals) continue;
			const gold = doc.units.filter((g) => overlaps(unit, g));
			out.push({
				doc: n,
				features: featuresOf(unit.signals, defaultCodebook).map((f) => f.name),
				labels: FRAMES.map((f) =>
					gold.some((g) => g.frames.includes(f))
						? 1
						: gold.some((g) => g.optional?.includes(f))
							? null
							: 0
				),
				ruled: FRAMES.map((f) => unit.frames.some((c) => c.frame === f)),
				text: `${doc.key} ${doc.outlet}: ${unit.text}`
			});
		}
	}
	return { examples: out, docs };
}

/** Fits one frame's logistic model by Adam on the mean log-loss plus λ/n·|w|². */
interface Row {
	x: number[];
	y: 0 | 1;
}

/** Fits one frame's logistic model by Adam on the mean log-loss plus λ/n·|w|². */
function fit(data: Row[], dims: number, lambda: number) {
	const w = new Float64Array(dims);
	let b = -3;
	const m = new Float64Array(dims);
	const v = new Float64Array(dims);
	let mb = 0;
	let vb = 0;
	const [rate, beta1, beta2] = [0.05, 0.9, 0.999];
	const n = data.length;
	const adam = (grad: number, mean: number, square: number, step: number) => {
		const m1 = beta1 * mean + (1 - beta1) * grad;
		const v1 = beta2 * square + (1 - beta2) * grad * grad;
		const delta =
			(rate * (m1 / (1 - beta1 ** step))) / (Math.sqrt(v1 / (1 - beta2 ** step)) + 1e-8);
		return { m1, v1, delta };
	};
	for (let step = 1; step <= 300; step++) {
		const g = new Float64Array(dims);
		let gb = 0;
		for (const { x, y } of data) {
			let z = b;
			for (const j of x) z += w[j]!;
			const err = 1 / (1 + Math.exp(-z)) - y;
			gb += err;
			for (const j of x) g[j] = g[j]! + err;
		}
		for (let j = 0; j < dims; j++) {
			const { m1, v1, delta } = adam(g[j]! / n + (2 * lambda * w[j]!) / n, m[j]!, v[j]!, step);
			m[j] = m1;
			v[j] = v1;
			w[j] = w[j]! - delta;
		}
		const { m1, v1, delta } = adam(gb / n, mb, vb, step);
		[mb, vb, b] = [m1, v1, b - delta];
	}
	return { w, b };
}

type Fitted = ReturnType<typeof fit>;

const probability = (model: Fitted, x: number[]) => {
	let z = model.b;
	for (const j of x) z += model.w[j]!;
	return 1 / (1 + Math.exp(-z));
};

function f1(pairs: { p: number; y: 0 | 1; ruled: boolean }[], threshold: number) {
	let [tp, fp, fn] = [0, 0, 0];
	for (const { p, y, ruled } of pairs) {
		const yes = ruled || p >= threshold;
		if (yes && y) tp++;
		else if (yes) fp++;
		else if (y) fn++;
	}
	return { f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0, tp, fp, fn };
}

function main() {
	if (!existsSync(CORPORA)) throw new Error(`no corpora at ${CORPORA}: the texts are needed`);
	const { examples: all, docs } = examples();
	const counts = new Map<string, number>();
	for (const e of all) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
	const vocabulary = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f);
	const index = new Map(vocabulary.map((f, i) => [f, i]));
	const x = all.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
	const random = seededRandom(20261202);
	const fold = docs.map(() => Math.floor(random() * FOLDS));
	console.log(
		`${docs.length} articles, ${all.length} units a side is named in, ${vocabulary.length} features`
	);
	const frames: FrameWeights[] = [];
	for (const [k, frame] of FRAMES.entries()) {
		const rows = all.map((e, i) => ({ i, y: e.labels[k]!, ruled: e.ruled[k]!, doc: e.doc }));
		// The model decides only where the rules are silent, so it learns from those units alone.
		const usable = rows.filter((r) => r.y !== null && !r.ruled);
		let best = { lambda: LAMBDAS[0]!, threshold: 0.5, f1: -1, tp: 0, fp: 0, fn: 0 };
		const rules = f1(
			rows.filter((r) => r.y !== null).map((r) => ({ p: 0, y: r.y!, ruled: r.ruled })),
			2
		);
		for (const lambda of LAMBDAS) {
			// Thresholds are chosen on the coder's whole decision: the rules' codes stand, and the
			// model adds codes where they are silent.
			const pairs: { p: number; y: 0 | 1; ruled: boolean }[] = rows
				.filter((r) => r.y !== null && r.ruled)
				.map((r) => ({ p: 1, y: r.y!, ruled: true }));
			for (let f = 0; f < FOLDS; f++) {
				const model = fit(
					usable.filter((r) => fold[r.doc] !== f).map((r) => ({ x: x[r.i]!, y: r.y })),
					vocabulary.length,
					lambda
				);
				for (const r of usable.filter((r) => fold[r.doc] === f)) {
					const p = probability(model, x[r.i]!);
					pairs.push({ p, y: r.y, ruled: r.ruled });
					if (ERRORS === frame && lambda === LAMBDAS[0] && !r.ruled && p >= 0.3 !== (r.y === 1))
						console.log(
							`  ${r.y ? 'MISS' : 'FALSE'} ${p.toFixed(2)} ${all[r.i]!.text.slice(0, 260)}`
						);
				}
			}
			for (let t = 0.1; t <= 0.9; t += 0.05) {
				const s = f1(pairs, t);
				if (s.f1 > best.f1) best = { lambda, threshold: Math.round(t * 100) / 100, ...s };
			}
		}
		console.log(
			`${frame}: rules alone F1 ${rules.f1.toFixed(3)} (tp ${rules.tp} fp ${rules.fp} fn ${rules.fn}); with the model, out of fold, F1 ${best.f1.toFixed(3)} (tp ${best.tp} fp ${best.fp} fn ${best.fn}) at threshold ${best.threshold}, λ ${best.lambda}`
		);
		// A frame the model does not measurably help is left to the rules.
		if (best.f1 < rules.f1 + MIN_GAIN) {
			console.log(`  the model adds less than ${MIN_GAIN} F1: ${frame} is left to the rules`);
			continue;
		}
		const model = fit(
			usable.map((r) => ({ x: x[r.i]!, y: r.y })),
			vocabulary.length,
			best.lambda
		);
		const inSample = f1(
			usable.map((r) => ({ p: probability(model, x[r.i]!), y: r.y, ruled: r.ruled })),
			best.threshold
		);
		console.log(`  in sample: F1 ${inSample.f1.toFixed(3)}`);
		const weights: Record<string, number> = {};
		for (const [j, name] of vocabulary.entries()) {
			const w = Math.round(model.w[j]! * 1000) / 1000;
			if (Math.abs(w) >= 0.01) weights[name] = w;
		}
		frames.push({
			frame,
			bias: Math.round(model.b * 1000) / 1000,
			threshold: best.threshold,
			weights
		});
	}
	const learned: LearnedModel = {
		codebook: defaultCodebook.id,
		about: `Trained by tests/gold/train.ts on ${docs.length} hand-coded real articles (the real gold's dev half and the training set), ${all.length} units; thresholds by ${FOLDS}-fold cross-validation over articles.`,
		frames
	};
	if (process.argv.includes('--dry-run')) return;
	writeFileSync(OUT, `${JSON.stringify(learned, null, '\t')}\n`);
	console.log(`wrote ${OUT}`);
}

main();
