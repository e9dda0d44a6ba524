// What a share is a share of. The analyst chooses, in the URL (`per`), and every chart, its
// evidence, its CSV and its export source line say it in these words.

export const DENOMINATORS = ['coded', 'sentences', 'articles'] as const;
export type Denominator = (typeof DENOMINATORS)[number];

export const DEFAULT_DENOMINATOR: Denominator = 'coded';

export interface DenominatorWords {
	/** The chart-level name: "Share of coded sentences". */
	label: string;
	/** The filter bar's choice, after "Shares of": "coded sentences". */
	option: string;
	/** What the numerator counts: "sentences", "articles". */
	counts: { one: string; many: string };
	/** What the base counts, as "of 12 …": "coded sentences". */
	base: { one: string; many: string };
	/** "share of the outlet's coded sentences": axes, notes and source lines. */
	phrase: string;
	/** `denominator_kind` in a CSV. */
	kind: string;
	/** Whether the number is read per 1,000 rather than as a percentage. */
	perThousand: boolean;
}

export const DENOMINATOR_WORDS: Record<Denominator, DenominatorWords> = {
	coded: {
		label: 'Share of coded sentences',
		option: 'coded sentences',
		counts: { one: 'sentence', many: 'sentences' },
		base: { one: 'coded sentence', many: 'coded sentences' },
		phrase: 'share of the outlet’s coded sentences',
		kind: 'coded_sentences',
		perThousand: false
	},
	sentences: {
		label: 'Per 1,000 sentences',
		option: 'all sentences, per 1,000',
		counts: { one: 'sentence', many: 'sentences' },
		base: { one: 'sentence', many: 'sentences' },
		phrase: 'sentences per 1,000 of the outlet’s sentences',
		kind: 'sentences',
		perThousand: true
	},
	articles: {
		label: 'Share of articles',
		option: 'articles',
		counts: { one: 'article', many: 'articles' },
		base: { one: 'article', many: 'articles' },
		phrase: 'share of the outlet’s articles with text',
		kind: 'articles',
		perThousand: false
	}
};

/** The denominator a `per` parameter names; anything else is the default. */
export function readDenominator(value: string | null): Denominator {
	return (DENOMINATORS as readonly string[]).includes(value ?? '')
		? (value as Denominator)
		: DEFAULT_DENOMINATOR;
}

/** A share's figure without its unit: "67" (percent), or "12.5" per 1,000 (one decimal below 10). */
function figure(share: number, denominator: Denominator): string {
	if (!DENOMINATOR_WORDS[denominator].perThousand) return String(Math.round(share * 100));
	const rate = share * 1000;
	return rate < 10 ? rate.toFixed(1).replace(/\.0$/, '') : String(Math.round(rate));
}

const unitOf = (denominator: Denominator) =>
	DENOMINATOR_WORDS[denominator].perThousand ? '' : '%';

/** A share as the denominator reads it: "67%", or "12.5" per 1,000. */
export function formatShare(share: number, denominator: Denominator): string {
	return `${figure(share, denominator)}${unitOf(denominator)}`;
}

/** An interval as the denominator reads it: "21–100%", or "2.6–36" per 1,000. */
export function formatInterval(low: number, high: number, denominator: Denominator): string {
	return `${figure(low, denominator)}–${figure(high, denominator)}${unitOf(denominator)}`;
}
