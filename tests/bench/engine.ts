// Benchmark: reading + coding throughput on a synthetic corpus made by recombining the seeds'
// sentences (seeded, so every run codes the same text), beside the bare throughput of the
// tokenizer the engine builds on over the same text. Prints figures; asserts nothing.
//   npm run bench:engine [-- --articles 10000]
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText, defaultCodebook, readArticleFile } from '../../src/lib/engine';
import { seedSentences, syntheticRows } from './synthetic-corpus';

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
