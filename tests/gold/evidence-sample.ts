// Draws evidence sentences at random (seeded) from the engine's codes on the real corpora, per
// corpus family and frame, for a person to read and judge under the codebook: the check that
// the dashboards' counts rest on right sentences. Prints a sheet; judges nothing itself.
//   node --import tsx tests/gold/evidence-sample.ts [per-frame]
import { analyzeText, defaultCodebook } from '../../src/lib/engine';
import { seededRandom } from '../../src/lib/engine/evaluation/seeded-random';
import { readCorpus } from './corpora';

const FAMILIES: Record<string, string[]> = {
	'FA-KES': ['fa-kes/FA-KES-Dataset.csv'],
	NewsAPI: [
		'newsapi-2017/rt.csv',
		'newsapi-2017/fox.csv',
		'newsapi-2017/nyt.csv',
		'newsapi-2017/breitbart.csv'
	],
	FakeNewsCorpus: ['fakenewscorpus/news_sample.csv', 'fakenewscorpus/medium_1000_sample.csv']
};
const PER_FRAME = Number(process.argv[2] ?? 20);
const random = seededRandom(20261202);

for (const [family, files] of Object.entries(FAMILIES)) {
	const byFrame = new Map<string, string[]>();
	let articles = 0;
	for (const file of files)
		for (const article of readCorpus(file)) {
			articles++;
			for (const unit of analyzeText(article.text, defaultCodebook, {
				title: article.title,
				outlet: article.outlet.name
			}))
				for (const code of unit.frames) {
					const line = `${article.outlet.name} | ${code.source} → ${code.targets.join(', ')} | ${code.confidence} | ${code.cues.map((c) => c.rule).join(',')} | ${unit.text.replace(/\s+/g, ' ')}`;
					byFrame.set(code.frame, [...(byFrame.get(code.frame) ?? []), line]);
				}
		}
	console.log(`\n##### ${family}: ${articles} articles`);
	for (const frame of defaultCodebook.frames.map((f) => f.id)) {
		const all = byFrame.get(frame) ?? [];
		// A sentence re-posted in several articles is read once: drawn twice it would count twice.
		const distinct = [...new Set(all)];
		const drawn = distinct
			.map((line) => ({ line, key: random() }))
			.sort((a, b) => a.key - b.key)
			.slice(0, PER_FRAME);
		console.log(
			`\n=== ${family} · ${frame}: ${all.length} coded units (${distinct.length} distinct), ${drawn.length} drawn`
		);
		drawn.forEach((d, i) => console.log(`${i + 1}. ${d.line}`));
	}
}
