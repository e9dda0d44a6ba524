// The real corpora the gold is drawn from, read as the import reads them, and the mechanical
// segmentation of the coding sheets. Shared by the sampler and the evaluation.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, type GoldUnit, type ReadArticle } from '../../src/lib/engine';

/** ../shared/corpora beside the repository: CI and developers have it, a user's clone does not. */
export const CORPORA = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');

/** The article files under CORPORA, sorted (its websites.csv lists sites, not articles). */
export function corpusFiles(): string[] {
	return readdirSync(CORPORA, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(?:csv|json)$/u.test(f) && !f.endsWith('websites.csv'))
		.sort();
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A mechanical segmentation for the sheets: non-empty lines, cut after . ! ? before a capital. */
export function segment(text: string): [number, number][] {
	const units: [number, number][] = [];
	const line = /[^\n]+/g;
	for (let m = line.exec(text); m; m = line.exec(text)) {
		let start = m.index;
		const end = m.index + m[0].length;
		const cut = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
		cut.lastIndex = 0;
		const body = m[0];
		for (let c = cut.exec(body); c; c = cut.exec(body)) {
			const at = m.index + c.index + c[0].length;
			pushTrimmed(units, text, start, at);
			start = at;
		}
		pushTrimmed(units, text, start, end);
	}
	return units;
}

function pushTrimmed(units: [number, number][], text: string, start: number, end: number) {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (end > start) units.push([start, end]);
}

/** Every article of a corpus file with text, as the import reads it. */
export function readCorpus(file: string): ReadArticle[] {
	const path = join(CORPORA, file);
	const options = file.startsWith('newsapi') ? { dateOrder: 'dmy' as const } : {};
	const result = readArticleFile({ name: path, bytes: readFileSync(path) }, options);
	return result.articles.filter((a) => a.text.trim());
}

/** An article of the real gold: where its text is, the hash of that text as read, its labels. */
export interface RealDocument {
	key: string;
	file: string;
	row: number | null;
	outlet: string;
	textHash: string;
	split: 'dev' | 'test' | 'train';
	units: GoldUnit[];
}

export const REAL_GOLD = join(import.meta.dirname, '..', 'fixtures', 'gold', 'real.json');
/** The learned component's training set: real articles not in the gold (train-sample.ts). */
export const TRAINING_SET = join(import.meta.dirname, '..', 'fixtures', 'gold', 'train.json');

const documentsOf = (path: string) =>
	(JSON.parse(readFileSync(path, 'utf8')) as { documents: RealDocument[] }).documents;

/**
 * What the coder may be tuned on: the real gold's dev half, and the training set when asked for
 * and present. Never the test half.
 */
export function tunableDocuments(withTrainingSet: boolean): RealDocument[] {
	return [
		...documentsOf(REAL_GOLD).filter((d) => d.split === 'dev'),
		...(withTrainingSet && existsSync(TRAINING_SET) ? documentsOf(TRAINING_SET) : [])
	];
}

/** Each gold document with its text as read now; refuses a text whose hash changed. */
export function withTexts(documents: readonly RealDocument[]) {
	const files = new Map<string, ReadArticle[]>();
	return documents.map((doc) => {
		if (!files.has(doc.file)) files.set(doc.file, readCorpus(doc.file));
		const article = files.get(doc.file)!.find((a) => a.row === doc.row);
		if (!article || sha256(article.text) !== doc.textHash)
			throw new Error(`${doc.file} row ${doc.row}: the text is not the one the gold was coded on`);
		return { doc, article };
	});
}
