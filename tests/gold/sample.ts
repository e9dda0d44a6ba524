// Draws the real-article gold's articles from ../shared/corpora and writes blind coding sheets.
// Seeded and stratified: every file, and within a file every outlet in turn, gets draws; a second
// round draws only among articles that name both rival sides, so that every frame is measured.
// The texts stay in ../shared/corpora: the repository keeps each article's file, row, text hash
// and unit spans (tests/fixtures/gold/real.sample.json), never its words.
//   node --import tsx tests/gold/sample.ts OUT_DIR
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORPORA, readCorpus } from './corpora';
import { balanceSheets, drawRounds, sheetText, topUp, unitCount, type Plan } from './draw';

const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'gold', 'real.sample.json');
const SEED = 20261201;
/** Longer texts are left out of the frame: one 20,000-word piece would be a third of the gold. */
const MAX_CHARS = 12_000;
/** Draws per file: stratified, then among articles naming both rival sides. */
const PLAN: Plan = {
	'fa-kes/FA-KES-Dataset.csv': { stratified: 14, bothSides: 12 },
	'fakenewscorpus/news_sample.csv': { stratified: 6, bothSides: 2 },
	'fakenewscorpus/medium_1000_sample.csv': { stratified: 8, bothSides: 2 },
	'nela-gt-2020/21stcenturywire.json': { stratified: 6, bothSides: 4 },
	'newsapi-2017/rt.csv': { stratified: 4, bothSides: 1 },
	'newsapi-2017/fox.csv': { stratified: 3, bothSides: 1 },
	'newsapi-2017/nyt.csv': { stratified: 4, bothSides: 1 },
	'newsapi-2017/breitbart.csv': { stratified: 3, bothSides: 1 }
};

export type { SampledArticle } from './draw';

/** A top-up round's draws per file, in PLAN's file order, all among articles naming both sides. */
const bothSides = (...counts: number[]) => topUp(Object.keys(PLAN), 'bothSides', ...counts);

/**
 * The rounds of draws. The first is stratified, with some draws among articles naming both sides;
 * a top-up round draws only among those, from the articles not yet drawn, because most real
 * articles carry no stance and a frame needs 40 firm positive units to be measured.
 */
const ROUNDS = [
	{ seed: SEED, plan: PLAN, sheets: 4 },
	{ seed: SEED + 2, sheets: 2, plan: bothSides(16, 2, 2, 4, 4, 2, 4, 2) },
	// The top-ups that follow were drawn because cooperation_refused stayed short of its 40 firm
	// units: 3 after two rounds, then 5, 8, 11, 13 and 21.
	{ seed: SEED + 3, sheets: 4, plan: bothSides(20, 3, 3, 4, 6, 3, 6, 3) },
	{ seed: SEED + 4, sheets: 3, plan: bothSides(16, 2, 2, 3, 4, 2, 5, 2) },
	{ seed: SEED + 5, sheets: 3, plan: bothSides(16, 2, 2, 3, 4, 2, 5, 2) },
	{ seed: SEED + 6, sheets: 3, plan: bothSides(24, 2, 2, 3, 6, 2, 8, 2) },
	{ seed: SEED + 7, sheets: 3, plan: bothSides(24, 2, 2, 3, 6, 2, 8, 2) },
	{ seed: SEED + 8, sheets: 3, plan: bothSides(24, 2, 2, 3, 6, 2, 8, 2) }
];

function main(out: string) {
	if (!existsSync(CORPORA)) throw new Error(`no corpora at ${CORPORA}`);
	const corpora = new Map(
		Object.keys(PLAN).map((file) => [
			file,
			readCorpus(file).filter((a) => a.text.length <= MAX_CHARS)
		])
	);
	let sheetNumber = 0;
	const key = (n: number) => `a${String(n).padStart(2, '0')}`;
	const { sampled } = drawRounds(corpora, ROUNDS, key, ({ number, drawn, random, texts }) => {
		const sheets = balanceSheets(drawn, ROUNDS[number - 1]!.sheets, random);
		mkdirSync(out, { recursive: true });
		for (const sheet of sheets) {
			const name = `sheet-${++sheetNumber}.txt`;
			writeFileSync(join(out, name), sheetText(sheet, texts));
			console.log(`round ${number}, ${name}: ${sheet.length} articles, ${unitCount(sheet)} units`);
		}
	});
	mkdirSync(join(SAMPLE, '..'), { recursive: true });
	writeFileSync(
		SAMPLE,
		`${JSON.stringify({ seed: SEED, maxChars: MAX_CHARS, articles: sampled }, null, '\t')}\n`
	);
	const draws = (d: string) => sampled.filter((a) => a.draw === d).length;
	const total = unitCount(sampled);
	console.log(
		`${sampled.length} articles (${draws('stratified')} stratified, ${draws('both sides')} naming both sides), ${total} units; labels keyed in ${relative(process.cwd(), SAMPLE)}`
	);
}

main(process.argv[2] ?? 'gold-sheets');
