// Lists the engine's errors on the dev half of the real gold, unit by unit, for tuning: every unit
// that the gold or the engine codes, with both readings and the rules that fired. With --train,
// on the learned component's training set too. It never reads the test half: that half is only
// scored (npm run eval).
//   node --import tsx tests/gold/dev-errors.ts [frame] [--train]
import { analyzeText, defaultCodebook, overlaps } from '../../src/lib/engine';
import { tunableDocuments, withTexts } from './corpora';

const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const documents = tunableDocuments(process.argv.includes('--train'));
const tally = { tp: 0, fp: 0, fn: 0 };
for (const { doc, article } of withTexts(documents)) {
	const units = analyzeText(article.text, defaultCodebook, {
		title: article.title,
		outlet: article.outlet.name
	});
	const lines: string[] = [];
	for (const g of doc.units) {
		const engine = units.filter((u) => overlaps(u, g));
		const coded = engine.flatMap((u) => u.frames);
		const frames = (list: string[]) => list.filter((f) => !only || f === only);
		const want = frames(g.frames);
		const got = frames([...new Set(coded.map((c) => c.frame))]);
		if (want.length === 0 && got.length === 0) continue;
		const optional = g.optional ?? [];
		const mark = (f: string) =>
			want.includes(f) && got.includes(f)
				? 'ok'
				: want.includes(f)
					? 'MISS'
					: optional.includes(f)
						? 'opt'
						: 'FALSE';
		const verdicts = [...new Set([...want, ...got])].map((f) => `${mark(f)} ${f}`);
		for (const v of verdicts)
			if (v.startsWith('ok')) tally.tp++;
			else if (v.startsWith('MISS')) tally.fn++;
			else if (v.startsWith('FALSE')) tally.fp++;
		lines.push(
			`  [${verdicts.join(', ')}] gold ${g.source ?? '-'}→${(g.targets ?? []).join('+') || '-'}; engine ${
				coded
					.filter((c) => !only || c.frame === only)
					.map(
						(c) =>
							`${c.frame} ${c.source}→${c.targets.join('+')} ${c.confidence} (${c.cues.map((q) => `${q.rule}:"${article.text.slice(q.start, q.end)}"`).join(' ')})`
					)
					.join('; ') || 'nothing'
			}\n    ${article.text.slice(g.start, g.end).replace(/\s+/g, ' ')}`
		);
	}
	if (lines.length)
		console.log(`\n== ${doc.key} ${doc.outlet} (${doc.file} row ${doc.row})\n${lines.join('\n')}`);
}
console.log(
	`\ndev half${process.argv.includes('--train') ? ' and training set' : ''}${only ? `, ${only}` : ''}: ${tally.tp} right, ${tally.fp} false, ${tally.fn} missed`
);
