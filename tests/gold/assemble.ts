// Turns the blind coders' sheets into the real-article gold. Two coders (A, B) code every unit;
// `disputes` lists the units where they differ, for a third coder (C) who reads the same sheet
// blind to both; `gold` settles each frame by the two when they agree, else by the third, and
// keeps as `optional` what the deciding reading calls borderline. It prints Cohen's κ per frame
// between A and B, and splits the articles once, seeded, into a dev half and a test half.
//   node --import tsx tests/gold/assemble.ts disputes CODED_DIR OUT_DIR
//   node --import tsx tests/gold/assemble.ts gold CODED_DIR
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cohensKappa } from '../../src/lib/engine/evaluation/agreement';
import { seededRandom } from '../../src/lib/engine/evaluation/seeded-random';
import { FRAMES, firmCounts, readCoder, type Coded } from './coded-sheets';
import type { SampledArticle } from './sample';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'gold');
const SPLIT_SEED = 7;

const sample = JSON.parse(readFileSync(join(FIXTURES, 'real.sample.json'), 'utf8')) as {
	articles: SampledArticle[];
};
const unitsOf = (article: SampledArticle) => article.units.map((_, i) => `${article.key}:${i + 1}`);

/** What a coder says of a frame on a unit: yes, borderline, or no. */
const says = (unit: Coded | undefined, frame: string) =>
	unit?.frames.includes(frame) ? 'yes' : unit?.optional.includes(frame) ? 'optional' : 'no';

function agreement(a: Map<string, Coded>, b: Map<string, Coded>) {
	const both = coded(a, b).flatMap(unitsOf);
	return Object.fromEntries(
		FRAMES.map((frame) => {
			const yes = (coder: Map<string, Coded>) =>
				both.map((id) => says(coder.get(id), frame) === 'yes');
			return [
				frame,
				{
					kappa: cohensKappa(yes(a), yes(b)),
					units: both.length,
					yesA: yes(a).filter(Boolean).length,
					yesB: yes(b).filter(Boolean).length
				}
			];
		})
	);
}

/** The drawn articles both first coders have coded whole: only they enter the gold. */
const coded = (a: Map<string, Coded>, b: Map<string, Coded>) =>
	sample.articles.filter((article) => unitsOf(article).every((id) => a.has(id) && b.has(id)));

const disputed = (a: Coded | undefined, b: Coded | undefined) =>
	FRAMES.some((f) => says(a, f) !== says(b, f));

function main() {
	const [command, dir, out] = process.argv.slice(2);
	if (!dir || !existsSync(dir))
		throw new Error('usage: assemble.ts disputes|gold CODED_DIR [OUT_DIR]');
	const a = readCoder(dir, 'A');
	const b = readCoder(dir, 'B');
	const kappa = agreement(a, b);
	for (const [frame, k] of Object.entries(kappa))
		console.log(
			`κ ${frame}: ${k.kappa.toFixed(3)} over ${k.units} units (A yes ${k.yesA}, B yes ${k.yesB})`
		);
	const articles = coded(a, b);
	if (articles.length < sample.articles.length)
		console.log(
			`${sample.articles.length - articles.length} drawn articles are not coded by both yet; left out`
		);
	const ids = articles.flatMap(unitsOf).filter((id) => disputed(a.get(id), b.get(id)));
	console.log(`${ids.length} units disputed of ${articles.flatMap(unitsOf).length}`);
	if (command === 'disputes') {
		mkdirSync(out!, { recursive: true });
		writeFileSync(join(out!, 'disputed-units.txt'), `${ids.join('\n')}\n`);
		return;
	}
	const c = readCoder(dir, 'C');
	const missing = ids.filter((id) => !c.has(id));
	if (missing.length)
		throw new Error(
			`the third reading lacks ${missing.length} disputed units: ${missing.slice(0, 5).join(', ')}`
		);
	// Half the articles of each round's each draw go to each half, in a seeded order: a later
	// round never moves an article from one half to the other.
	const random = seededRandom(SPLIT_SEED);
	const order = sample.articles.map((article) => ({ article, r: random() }));
	const test = new Set<string>();
	for (const group of new Set(sample.articles.map((x) => `${x.round}:${x.draw}`)))
		order
			.filter((o) => `${o.article.round}:${o.article.draw}` === group)
			.sort((x, y) => x.r - y.r)
			.forEach((o, i) => i % 2 === 1 && test.add(o.article.key));
	const documents = articles.map((article) => ({
		key: article.key,
		file: article.file,
		row: article.row,
		sourceId: article.sourceId,
		outlet: article.outlet,
		draw: article.draw,
		textHash: article.textHash,
		split: test.has(article.key) ? 'test' : 'dev',
		units: article.units.map(([start, end], i) => {
			const id = `${article.key}:${i + 1}`;
			const [x, y, z] = [a.get(id), b.get(id), c.get(id)];
			const decide = (frame: string) =>
				says(x, frame) === says(y, frame) ? says(x, frame) : says(z, frame);
			const frames = FRAMES.filter((f) => decide(f) === 'yes');
			const decider = disputed(x, y) ? z : x;
			return {
				start,
				end,
				kind: x?.kind === y?.kind ? x!.kind : (z?.kind ?? x?.kind ?? 'body'),
				frames,
				optional: FRAMES.filter((f) => decide(f) === 'optional'),
				source: frames.length ? (decider?.source ?? null) : null,
				targets: frames.length ? (decider?.targets ?? []) : []
			};
		})
	}));
	const firm = firmCounts(documents);
	console.log('firm positive units:', firm);
	writeFileSync(
		join(FIXTURES, 'real.json'),
		`${JSON.stringify({ about: 'Real-article gold, coded blind under ../shared/CODEBOOK.md v1.1 by two coders, disputes settled by a third. Texts stay in ../shared/corpora: each document names its file, row and the sha256 of its text as read; spans are JavaScript string indices into that text.', codebook: '1.1', frames: FRAMES, agreement: kappa, disputed: ids.length, firm, documents }, null, '\t')}\n`
	);
}

main();
