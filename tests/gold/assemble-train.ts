// Turns one blind coder's sheets of the training set (train-sample.ts) into
// tests/fixtures/gold/train.json: each article's file, row, text hash and unit spans with their
// codes, no words. Only articles coded whole enter it.
//   node --import tsx tests/gold/assemble-train.ts CODED_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMES, firmCounts, readCoder } from './coded-sheets';
import { TRAINING_SET } from './corpora';
import type { SampledArticle } from './sample';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'gold');

function main(dir: string | undefined) {
	if (!dir) throw new Error('usage: assemble-train.ts CODED_DIR');
	const sample = JSON.parse(readFileSync(join(FIXTURES, 'train.sample.json'), 'utf8')) as {
		articles: SampledArticle[];
	};
	const coder = readCoder(dir, 'A');
	const ids = (a: SampledArticle) => a.units.map((_, i) => `${a.key}:${i + 1}`);
	const whole = sample.articles.filter((a) => ids(a).every((id) => coder.has(id)));
	const documents = whole.map((article) => ({
		key: article.key,
		file: article.file,
		row: article.row,
		outlet: article.outlet,
		draw: article.draw,
		textHash: article.textHash,
		split: 'train',
		units: article.units.map(([start, end], i) => {
			const unit = coder.get(`${article.key}:${i + 1}`)!;
			const frames = FRAMES.filter((f) => unit.frames.includes(f));
			return {
				start,
				end,
				kind: unit.kind,
				frames,
				optional: FRAMES.filter((f) => unit.optional.includes(f) && !frames.includes(f)),
				source: frames.length ? unit.source : null,
				targets: frames.length ? unit.targets : []
			};
		})
	}));
	const firm = firmCounts(documents);
	console.log(
		`${documents.length} of ${sample.articles.length} drawn articles coded whole; firm positive units:`,
		firm
	);
	writeFileSync(
		TRAINING_SET,
		`${JSON.stringify({ about: 'Training set of the learned coder: real articles not in the gold, coded blind under ../shared/CODEBOOK.md v1.1 by one coder. Texts stay in ../shared/corpora: each document names its file, row and the sha256 of its text as read; spans are JavaScript string indices into that text.', codebook: '1.1', frames: FRAMES, firm, documents }, null, '\t')}\n`
	);
}

main(process.argv[2]);
