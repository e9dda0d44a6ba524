// npm run eval:storylines: codes the real storyline gold's articles with the engine, aligns each
// sheet's articles as the compare view aligns a corpus, and scores the alignment pairwise on the
// dev and test halves, with 95% bootstrap intervals (resampling gold storylines). The texts are
// in ../shared/corpora, not in the repository: without it this says so and stops.
import { existsSync, readFileSync } from 'node:fs';
import { analyzeText, defaultCodebook } from '../../src/lib/engine';
import { alignStorylines } from '../../src/lib/engine/storylines';
import { bootstrapInterval } from '../../src/lib/engine/evaluation/agreement';
import { scoreStorylines } from '../../src/lib/engine/evaluation/score-storylines';
import { CORPORA, readCorpus, sha256 } from './corpora';
import { STORYLINE_GOLD, type RealStoryline } from './storyline-assemble';
import type { StorylineSampled } from './storyline-sample';

if (!existsSync(CORPORA)) {
	console.log(`${CORPORA} is not here: the storyline gold's texts are not available; skipped`);
	process.exit(0);
}
if (!existsSync(STORYLINE_GOLD)) {
	console.log(`${STORYLINE_GOLD} is not assembled yet (tests/gold/storyline-assemble.ts); skipped`);
	process.exit(0);
}
const gold = JSON.parse(readFileSync(STORYLINE_GOLD, 'utf8')) as {
	documents: StorylineSampled[];
	storylines: RealStoryline[];
};

const files = new Map<string, ReturnType<typeof readCorpus>>();
const documents = gold.documents.map((doc) => {
	if (!files.has(doc.file)) files.set(doc.file, readCorpus(doc.file));
	const article = files.get(doc.file)!.find((a) => a.row === doc.row);
	if (!article || sha256(article.text) !== doc.textHash)
		throw new Error(`${doc.file} row ${doc.row}: the text is not the one the gold was coded on`);
	const units = analyzeText(article.text, defaultCodebook, {
		title: article.title,
		outlet: article.outlet.name
	});
	return { sheet: doc.sheet, id: doc.key, outlet: doc.outlet, published: doc.published, units };
});

const predicted = [...new Set(documents.map((d) => d.sheet))].flatMap((sheet) =>
	alignStorylines(documents.filter((d) => d.sheet === sheet)).map((s) => ({ ...s, sheet }))
);

for (const split of ['dev', 'test'] as const) {
	const storylines = gold.storylines.filter((s) => s.split === split);
	if (storylines.length === 0) continue;
	const s = scoreStorylines(storylines, predicted);
	const [low, high] = bootstrapInterval(storylines, (g) => scoreStorylines(g, predicted).f1, {
		seed: 7
	});
	const sheets = [...new Set(storylines.map((g) => g.sheet))].join(', ');
	console.log(
		`${split} (${sheets}; ${storylines.length} gold storylines, ` +
			`${storylines.reduce((n, g) => n + g.units.length, 0)} units): ` +
			`pairwise P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} ` +
			`(95% ${low.toFixed(2)}–${high.toFixed(2)}; TP ${s.truePositives}, FP ${s.falsePositives}, FN ${s.falseNegatives})`
	);
	for (const sheet of new Set(storylines.map((g) => g.sheet))) {
		const one = scoreStorylines(
			storylines.filter((g) => g.sheet === sheet),
			predicted.filter((p) => p.sheet === sheet)
		);
		console.log(
			`  ${sheet}: F1 ${one.f1.toFixed(3)} (P ${one.precision.toFixed(3)}, R ${one.recall.toFixed(3)})`
		);
	}
}
