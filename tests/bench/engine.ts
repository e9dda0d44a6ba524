// Benchmark: reading + coding throughput on a synthetic corpus made by recombining the seeds'
// sentences (seeded, so every run codes the same text), then on the real articles under
// ../shared/corpora when they are beside the repository, each beside the bare throughput of the
// tokenizer the engine builds on over the same text, in the same process. Prints figures;
// asserts nothing.
//   npm run bench:engine [-- --articles 10000]
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText, defaultCodebook, readArticleFile } from '../../src/lib/engine';
import { seedSentences, syntheticRows } from './synthetic-corpus';
import { CORPORA, corpusFiles, readCorpus } from '../gold/corpora';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '10000' },
		seed: { type: 'string', default: '20151013' }
	}
});
const ARTICLES = Number(values.articles);

const sentences = seedSentences();
const rows = syntheticRows(ARTICLES, Number(values.seed), sentences);
const csv = Papa.unparse(rows);
const bytes = new TextEncoder().encode(csv);
const megabytes = bytes.length / 1e6;
const textMegabytes =
	rows.reduce((sum, row) => sum + new TextEncoder().encode(row.text).length, 0) / 1e6;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

console.log(
	`Synthetic corpus: ${ARTICLES.toLocaleString('en')} articles, ${fmt(megabytes)} MB of CSV (${fmt(textMegabytes)} MB of article text), from ${sentences.length} seed sentences`
);

let start = process.hrtime.bigint();
const read = readArticleFile({ name: 'bench.csv', bytes });
const readSeconds = seconds(start);
if (read.errors.length > 0 || read.articles.length !== ARTICLES)
	throw new Error(`bench corpus read badly: ${read.errors.length} errors`);

start = process.hrtime.bigint();
let units = 0;
let codes = 0;
for (const article of read.articles) {
	const coded = analyzeText(article.text, defaultCodebook, { title: article.title });
	units += coded.length;
	for (const unit of coded) codes += unit.frames.length;
}
const codeSeconds = seconds(start);

const nlp = winkNLP(model, ['sbd']);
start = process.hrtime.bigint();
let tokens = 0;
for (const article of read.articles) tokens += nlp.readDoc(article.text).tokens().length();
const tokenizerSeconds = seconds(start);

const total = readSeconds + codeSeconds;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
	`reading (CSV → articles):  ${fmt(readSeconds)} s   ${fmt(megabytes / readSeconds)} MB/s`
);
console.log(
	`coding (units, frames):    ${fmt(codeSeconds)} s   ${fmt(textMegabytes / codeSeconds)} MB/s   ${units.toLocaleString('en')} units, ${codes.toLocaleString('en')} codes`
);
console.log(
	`reading + coding:          ${fmt(total)} s   ${fmt(ARTICLES / total, 0)} articles/s   ${fmt(megabytes / total)} MB/s`
);
console.log(
	`bare wink-nlp tokenizer (sentence boundaries), same text: ${fmt(tokenizerSeconds)} s   ${fmt(textMegabytes / tokenizerSeconds)} MB/s   ${fmt(tokens / tokenizerSeconds / 1000, 0)}k tokens/s`
);
console.log(`engine overhead over the bare tokenizer: ${fmt(codeSeconds / tokenizerSeconds)}×`);
console.log(`peak memory (max RSS): ${fmt(peakMb, 0)} MB`);

/** Coding beside the bare tokenizer over one set of texts, in this process. */
function codeBeside(articles: readonly { text: string; title: string | null; outlet: string }[]) {
	const mb = articles.reduce((n, a) => n + new TextEncoder().encode(a.text).length, 0) / 1e6;
	let begin = process.hrtime.bigint();
	let coded = 0;
	let units = 0;
	for (const a of articles) {
		const result = analyzeText(a.text, defaultCodebook, { title: a.title, outlet: a.outlet });
		units += result.length;
		for (const unit of result) coded += unit.frames.length;
	}
	const engine = seconds(begin);
	begin = process.hrtime.bigint();
	for (const a of articles) nlp.readDoc(a.text).tokens().length();
	const bare = seconds(begin);
	return { mb, engine, bare, units, coded };
}

if (existsSync(CORPORA)) {
	const files = corpusFiles();
	const articles = files.flatMap((f) =>
		readCorpus(f).map((a) => ({ text: a.text, title: a.title, outlet: a.outlet.name }))
	);
	const real = codeBeside(articles);
	console.log(
		`\nReal articles: ${articles.length.toLocaleString('en')} from ${files.length} files under ${join('..', 'shared', 'corpora')}, ${fmt(real.mb)} MB of text`
	);
	console.log(
		`coding: ${fmt(real.engine)} s   ${fmt(real.mb / real.engine)} MB/s   ${real.units.toLocaleString('en')} units, ${real.coded.toLocaleString('en')} codes`
	);
	console.log(
		`bare wink-nlp tokenizer, same text: ${fmt(real.bare)} s   ${fmt(real.mb / real.bare)} MB/s`
	);
	console.log(`engine overhead over the bare tokenizer: ${fmt(real.engine / real.bare)}×`);
} else console.log(`\nReal articles skipped: ${CORPORA} is not here.`);
