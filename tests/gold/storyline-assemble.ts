// Assembles the real-article storyline gold from the blind coders' files (storyline-brief.md):
// the adjudicated file of each sheet is the gold; the two coders' files give the agreement.
// Agreement is read on the question the scorer asks: for every pair of units from different
// articles of a sheet, are they one storyline? Cohen's κ over all such pairs, and the pairwise
// F1 of one coder against the other over the units either placed.
//   node --import tsx tests/gold/storyline-assemble.ts CODING_DIR
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cohensKappa } from '../../src/lib/engine/evaluation/agreement';
import {
	scoreStorylines,
	type GoldStoryline
} from '../../src/lib/engine/evaluation/score-storylines';
import { STORYLINE_SAMPLE, type StorylineSampled, type StorylineSheet } from './storyline-sample';

export const STORYLINE_GOLD = join(
	import.meta.dirname,
	'..',
	'fixtures',
	'gold',
	'storylines.json'
);

interface CoderFile {
	coder: string;
	sheet: string;
	storylines: { id: string; title: string; units: string[] }[];
	decisions?: string[];
}

export interface RealStoryline extends GoldStoryline {
	sheet: string;
	split: 'dev' | 'test';
	title: string;
}

/** A coder's storylines as spans (`file` is the article's sheet key), refusing unknown ids. */
export function spansOf(coded: CoderFile, documents: ReadonlyMap<string, StorylineSampled>) {
	const seen = new Set<string>();
	return coded.storylines.map((s): GoldStoryline & { title: string } => ({
		id: `${coded.sheet}-${s.id}`,
		title: s.title,
		units: s.units.map((ref) => {
			const [key, n] = ref.split(':');
			const span = documents.get(key ?? '')?.units[Number(n) - 1];
			if (!span) throw new Error(`${coded.coder} ${coded.sheet}: no unit ${ref} on the sheet`);
			if (seen.has(ref)) throw new Error(`${coded.coder} ${coded.sheet}: ${ref} placed twice`);
			seen.add(ref);
			return { file: key!, start: span[0], end: span[1] };
		})
	}));
}

/** κ over every cross-article pair of the sheet's units: linked by coder a, by coder b. */
export function pairKappa(
	sheet: readonly StorylineSampled[],
	a: readonly GoldStoryline[],
	b: readonly GoldStoryline[]
) {
	const units: string[] = sheet.flatMap((d) => d.units.map(([start]) => `${d.key}@${start}`));
	const storyOf = (coded: readonly GoldStoryline[]) =>
		new Map<string, string>(
			coded.flatMap((s) => s.units.map((u) => [`${u.file}@${u.start}`, s.id] as const))
		);
	const [sa, sb] = [storyOf(a), storyOf(b)];
	const ya: boolean[] = [];
	const yb: boolean[] = [];
	for (let i = 0; i < units.length; i++)
		for (let j = i + 1; j < units.length; j++) {
			const [x, y] = [units[i]!, units[j]!];
			if (x.split('@')[0] === y.split('@')[0]) continue;
			ya.push(sa.has(x) && sa.get(x) === sa.get(y));
			yb.push(sb.has(x) && sb.get(x) === sb.get(y));
		}
	return {
		kappa: cohensKappa(ya, yb),
		pairs: ya.length,
		linkedA: ya.filter(Boolean).length,
		linkedB: yb.filter(Boolean).length
	};
}

/** Pairwise F1 of b's storylines against a's, over the units either placed (symmetric). */
export function pairF1(a: readonly GoldStoryline[], b: readonly GoldStoryline[]) {
	const asPredicted = (coded: readonly GoldStoryline[]) =>
		coded.map((s) => ({
			id: s.id,
			units: s.units.map((u) => ({ document: u.file, start: u.start, end: u.end }))
		}));
	// Scored over a's units only, then b's: the mean of both directions is symmetric.
	return (scoreStorylines(a, asPredicted(b)).f1 + scoreStorylines(b, asPredicted(a)).f1) / 2;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
	const dir = process.argv[2];
	if (!dir) throw new Error('usage: storyline-assemble.ts CODING_DIR');
	const sample = JSON.parse(readFileSync(STORYLINE_SAMPLE, 'utf8')) as {
		sheets: StorylineSheet[];
		documents: StorylineSampled[];
	};
	const read = (sheet: string, who: string) => {
		const path = join(dir, `${sheet}.${who}.json`);
		return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CoderFile) : null;
	};
	const agreement: Record<string, unknown> = {};
	const storylines: RealStoryline[] = [];
	const documents: StorylineSampled[] = [];
	for (const spec of sample.sheets) {
		const sheet = sample.documents.filter((d) => d.sheet === spec.sheet);
		const byKey = new Map(sheet.map((d) => [d.key, d]));
		const [a, b, final] = ['A', 'B', 'adjudicated'].map((who) => read(spec.sheet, who));
		if (!a || !b) {
			console.log(`${spec.sheet}: not yet coded by both coders`);
			continue;
		}
		const [sa, sb] = [a, b].map((f) => spansOf(f, byKey));
		const k = pairKappa(sheet, sa!, sb!);
		const f1 = pairF1(sa!, sb!);
		agreement[spec.sheet] = {
			...k,
			pairwiseF1: f1,
			storylinesA: sa!.length,
			storylinesB: sb!.length
		};
		console.log(
			`${spec.sheet} (${spec.split}): κ ${k.kappa.toFixed(3)} over ${k.pairs} pairs ` +
				`(linked A ${k.linkedA}, B ${k.linkedB}); coder pairwise F1 ${f1.toFixed(3)}; ` +
				`storylines A ${sa!.length}, B ${sb!.length}`
		);
		if (!final) {
			console.log(`${spec.sheet}: not yet adjudicated; left out of the gold`);
			continue;
		}
		const sf = spansOf(final, byKey);
		storylines.push(...sf.map((s) => ({ ...s, sheet: spec.sheet, split: spec.split })));
		documents.push(...sheet);
	}
	if (storylines.length === 0) {
		console.log('no sheet is adjudicated yet: the gold is not written');
		process.exit(0);
	}
	writeFileSync(
		STORYLINE_GOLD,
		JSON.stringify(
			{
				about:
					'Real-article storyline gold: each sheet (a window of days of FA-KES or the NewsAPI feeds, tests/gold/storyline-sample.ts) coded blind by two coders under tests/gold/storyline-brief.md, differences settled by a third reading. Texts stay in ../shared/corpora: documents name file, row and the sha256 of the text as read; a unit is a span of that text, its `file` the article key. Scored pairwise as seeds.storylines.json is.',
				agreement,
				documents,
				storylines
			},
			null,
			'\t'
		) + '\n'
	);
}
