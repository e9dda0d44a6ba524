// Drawing articles from the real corpora and writing blind coding sheets: shared by the gold's
// sampler (sample.ts) and the training set's (train-sample.ts).
import type { ReadArticle } from '../../src/lib/engine';
import { seededRandom } from '../../src/lib/engine/evaluation/seeded-random';
import { segment, sha256 } from './corpora';

/**
 * Draws per file: stratified by outlet, then among articles naming both rival sides, then (if
 * asked) among those that also use a word of refusal or cooperation, where the rarer frames live.
 */
export type Plan = Record<string, { stratified: number; bothSides: number; refusalWords?: number }>;

export interface SampledArticle {
	/** The article's key on the coding sheets: a01, a02, … (t001, … in the training set). */
	key: string;
	file: string;
	row: number | null;
	sourceId: string | null;
	outlet: string;
	draw: 'stratified' | 'both sides' | 'refusal words';
	/** The round that drew it, from 1. */
	round: number;
	textHash: string;
	/** Units as [start, end) into the text as read: lines, then sentences within a line. */
	units: [number, number][];
}

// Which side a text names, for drawing only (the codebook's sides, by their common names).
export const WEST =
	/\b(?:United States|U\.S\.|US|Washington|America|American|Pentagon|White House|Obama|Trump|Kerry|Tillerson|coalition|NATO|Britain|British|UK|France|French|Israel|Turkey|Turkish|Saudi|rebels?|opposition)\b/;
export const EAST =
	/\b(?:Russia|Russian|Moscow|Kremlin|Putin|Lavrov|Damascus|Assad|Syrian government|Syrian army|regime|Iran|Iranian|Tehran|Hezbollah)\b/;
/** Words of refusal and of joint action, for drawing only: most real articles carry neither. */
export const REFUSAL_WORDS =
	/\b(?:refus\w*|reject\w*|veto\w*|block(?:ed|s|ing)?|rebuff\w*|declin\w*|snub\w*|won't|will not|cooperat\w*|coordinat\w*|truce|cease-?fire|joint|negotiat\w*)\b/i;

/**
 * A top-up round's plan: for each of `files` in order, `counts[i]` draws of one kind (among
 * articles naming both sides, or those with words of refusal too), and none stratified.
 */
export function topUp(
	files: readonly string[],
	kind: 'bothSides' | 'refusalWords',
	...counts: number[]
): Plan {
	return Object.fromEntries(
		files.map((file, i) => [file, { stratified: 0, bothSides: 0, [kind]: counts[i] ?? 0 }])
	);
}

/** `count` articles drawn in turn from each outlet (shuffled), without repeats. */
export function drawStratified(articles: ReadArticle[], count: number, random: () => number) {
	const byOutlet = new Map<string, ReadArticle[]>();
	for (const a of articles)
		byOutlet.set(a.outlet.name, [...(byOutlet.get(a.outlet.name) ?? []), a]);
	const pools = [...byOutlet.values()].map((pool) => shuffle(pool, random));
	shuffle(pools, random);
	const drawn: ReadArticle[] = [];
	for (let round = 0; drawn.length < count && pools.some((p) => p.length > round); round++)
		for (const pool of pools) if (pool[round] && drawn.length < count) drawn.push(pool[round]!);
	return drawn;
}

export function shuffle<T>(items: T[], random: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}

/** A coding sheet: a header per article, then one line per unit, `[aNN:N] text`. */
export function sheetText(
	sheet: readonly SampledArticle[],
	texts: ReadonlyMap<string, ReadArticle>
): string {
	const lines: string[] = [];
	for (const article of sheet) {
		const a = texts.get(article.key)!;
		lines.push(
			`=== ARTICLE ${article.key} | ${a.outlet.name} | ${a.published?.iso ?? 'undated'} | ${a.title ?? '(no title)'}`
		);
		article.units.forEach(([s, e], n) =>
			lines.push(`[${article.key}:${n + 1}] ${a.text.slice(s, e).replace(/\s+/g, ' ')}`)
		);
		lines.push('');
	}
	return lines.join('\n');
}

export const unitCount = (articles: readonly SampledArticle[]) =>
	articles.reduce((n, a) => n + a.units.length, 0);

/**
 * Draws the rounds of a sample, seeded: in each, per file in the plan's order, articles
 * stratified by outlet and then among those naming both sides, from the articles not drawn in an
 * earlier round. `eachRound` gets the round's draws, its random stream and the drawn texts, to
 * write its sheets.
 */
export function drawRounds(
	corpora: ReadonlyMap<string, ReadArticle[]>,
	rounds: readonly { seed: number; plan: Plan }[],
	keyOf: (n: number) => string,
	eachRound: (round: {
		number: number;
		drawn: SampledArticle[];
		random: () => number;
		texts: ReadonlyMap<string, ReadArticle>;
	}) => void
): { sampled: SampledArticle[]; texts: Map<string, ReadArticle> } {
	const sampled: SampledArticle[] = [];
	const texts = new Map<string, ReadArticle>();
	const drawnRows = new Set<string>();
	for (const [r, round] of rounds.entries()) {
		const random = seededRandom(round.seed);
		const drawn: SampledArticle[] = [];
		for (const [file, plan] of Object.entries(round.plan)) {
			const articles = corpora.get(file)!.filter((a) => !drawnRows.has(`${file}:${a.row}`));
			const first = drawStratified(articles, plan.stratified, random);
			const taken = new Set(first);
			const both = articles.filter((a) => !taken.has(a) && WEST.test(a.text) && EAST.test(a.text));
			const second = drawStratified(both, plan.bothSides, random);
			const lists: [SampledArticle['draw'], ReadArticle[]][] = [
				['stratified', first],
				['both sides', second]
			];
			// Drawn only where asked, so the earlier rounds' random streams stay as they were.
			if (plan.refusalWords) {
				const inSecond = new Set(second);
				const worded = both.filter((a) => !inSecond.has(a) && REFUSAL_WORDS.test(a.text));
				lists.push(['refusal words', drawStratified(worded, plan.refusalWords, random)]);
			}
			for (const [draw, list] of lists)
				for (const article of list) {
					const key = keyOf(sampled.length + 1);
					texts.set(key, article);
					drawnRows.add(`${file}:${article.row}`);
					const entry: SampledArticle = {
						key,
						file,
						row: article.row,
						sourceId: article.id,
						outlet: article.outlet.name,
						draw,
						round: r + 1,
						textHash: sha256(article.text),
						units: segment(article.text)
					};
					sampled.push(entry);
					drawn.push(entry);
				}
		}
		eachRound({ number: r + 1, drawn, random, texts });
	}
	return { sampled, texts };
}

/**
 * `count` sheets of about equal units, articles whole: each article, longest first, goes to the
 * lightest sheet; within a sheet the articles are shuffled.
 */
export function balanceSheets(
	drawn: readonly SampledArticle[],
	count: number,
	random: () => number
): SampledArticle[][] {
	const sheets: SampledArticle[][] = Array.from({ length: count }, () => []);
	for (const article of [...drawn].sort((a, b) => b.units.length - a.units.length))
		sheets.reduce((min, sheet) => (unitCount(sheet) < unitCount(min) ? sheet : min)).push(article);
	for (const sheet of sheets) shuffle(sheet, random);
	return sheets;
}
