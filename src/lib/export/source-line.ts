// The line every exported chart carries, so a slide says where its numbers come from.
import { describeConfidence } from '$lib/dashboard/confidence';
import { DENOMINATOR_WORDS, type Denominator } from '$lib/dashboard/denominators';
import type { DashboardView } from '$lib/dashboard/view';

export interface SourceFacts {
	articles: number;
	outlets: number;
	codebook: { id: string; version: string };
	/** The minimum confidence a code needed to be counted; null or absent when every code was. */
	minConfidence?: number | null;
	/** What the chart's shares are of; absent for a chart of counts (timeline, network). */
	denominator?: Denominator;
	/** The export's date, YYYY-MM-DD. */
	date: string;
}

const count = new Intl.NumberFormat('en');
const plural = (n: number, one: string, many: string) =>
	`${count.format(n)} ${n === 1 ? one : many}`;

/**
 * `Parallax · 5 articles from 5 outlets · codebook default v1.0.0 · 2026-11-23`, with
 * `· codes with confidence ≥ 0.8` after the codebook when a minimum confidence was set, and what
 * the shares are of (`· share of the outlet’s coded sentences, 95% intervals`) for a chart of shares.
 */
export function sourceLine(facts: SourceFacts): string {
	return [
		'Parallax',
		`${plural(facts.articles, 'article', 'articles')} from ${plural(facts.outlets, 'outlet', 'outlets')}`,
		`codebook ${facts.codebook.id} v${facts.codebook.version}`,
		facts.minConfidence == null ? null : describeConfidence(facts.minConfidence),
		facts.denominator ? `${DENOMINATOR_WORDS[facts.denominator].phrase}, 95% intervals` : null,
		facts.date
	]
		.filter((part) => part !== null)
		.join(' · ');
}

/** A date as YYYY-MM-DD in the user's own calendar day (not UTC's). */
export function localDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What a chart's source line says of the view it shows: its articles, outlets, codebook, the
 * minimum confidence its codes were counted at, and, for a chart of shares, what they are of.
 */
export function sourceFacts(
	view: DashboardView,
	{ shares = false }: { shares?: boolean } = {}
): Omit<SourceFacts, 'date'> {
	const { id, version } = view.corpus.codebook;
	return {
		articles: view.articles.length,
		outlets: new Set(view.articles.map((article) => article.outlet)).size,
		codebook: { id, version },
		minConfidence: view.filters.minConfidence,
		...(shares ? { denominator: view.filters.denominator } : {})
	};
}
