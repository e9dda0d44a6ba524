// Prints the codes whose frame is right but whose source is wrong, on the data the coder may be
// tuned on: the real gold's dev half and the training set (never the test half). Each line says
// whether the rules or the learned component made the code.
//   node --import tsx tests/gold/direction-errors.ts [frame]
import { analyzeText, defaultCodebook, overlaps } from '../../src/lib/engine';
import { actorIdOf } from '../../src/lib/engine/actors';
import { tunableDocuments, withTexts } from './corpora';

const frame = process.argv[2] ?? 'accusation';
const docs = tunableDocuments(true);
const id = (name: string | null | undefined) => (name ? actorIdOf(defaultCodebook, name) : null);
const tally = new Map<string, number>();
for (const { doc, article } of withTexts(docs)) {
	const units = analyzeText(article.text, defaultCodebook, {
		title: article.title,
		outlet: article.outlet.name
	});
	for (const g of doc.units.filter((u) => u.frames.includes(frame)))
		for (const unit of units.filter((u) => overlaps(u, g)))
			for (const code of unit.frames.filter((c) => c.frame === frame)) {
				const by = code.cues.some((c) => c.rule.startsWith('learned')) ? 'learned' : 'rules';
				const right = id(g.source) !== null && id(g.source) === id(code.source);
				tally.set(
					`${by} ${right ? 'right' : 'wrong'}`,
					(tally.get(`${by} ${right ? 'right' : 'wrong'}`) ?? 0) + 1
				);
				if (!right)
					console.log(
						`[${by}] ${doc.key} ${doc.outlet}: gold ${g.source}→${(g.targets ?? []).join('+')}; engine ${code.source}→${code.targets.join('+')}\n    ${unit.text.slice(0, 240)}`
					);
			}
}
console.log(Object.fromEntries(tally));
