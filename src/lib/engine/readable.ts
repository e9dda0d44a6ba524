// Whether an article has readable text: a body sentence the coder can read. An article without one
// adds nothing to any share, so it is counted and named with why, never left as a silent zero.
// Words and counts only (no NLP): the import report, the CLI and the overview all say it from here.
import { possessive } from './text';

/** Why an article has no body sentence. */
export type NoTextReason = 'furniture' | 'headline' | 'empty';

/** The reasons in the order they are listed when equally many articles have them. */
export const NO_TEXT_REASONS: readonly NoTextReason[] = ['furniture', 'headline', 'empty'];

/** What decides it, measured on one article. */
export interface TextMeasure {
	/** Words in the whole text, as `countWords` counts them. */
	words: number;
	/** Body sentences. */
	body: number;
	/** Headline and caption units: text the reader sees, but not a body sentence. */
	headlinesAndCaptions: number;
}

/** Why the article measured has no body sentence, or null when it has one. */
export function noTextReason(measure: TextMeasure): NoTextReason | null {
	if (measure.body > 0) return null;
	if (measure.words === 0) return 'empty';
	return measure.headlinesAndCaptions > 0 ? 'headline' : 'furniture';
}

/** Each reason in words: a `label` to follow a count ("70 read as site furniture"), and what it means. */
export const NO_TEXT_WORDS: Readonly<Record<NoTextReason, { label: string; explanation: string }>> =
	{
		furniture: {
			label: 'read as site furniture',
			explanation:
				'every line reads as a dateline, byline, share or link line, or another piece of the page around an article'
		},
		headline: {
			label: 'only a headline or caption',
			explanation:
				'the text is a headline or photo caption alone, with no sentence of an article under it'
		},
		empty: {
			label: 'empty',
			explanation: 'the text holds no word, only spaces, punctuation or symbols'
		}
	};

/** One outlet's articles with no readable text, beside all its articles counted. */
export interface NoTextOutlet {
	outlet: string;
	/** Every article of the outlet counted, readable or not. */
	articles: number;
	/** Those with no body sentence. */
	noText: number;
	/** `noText` split by reason, most first; reasons no article has are left out. */
	reasons: { reason: NoTextReason; articles: number }[];
}

/**
 * Per outlet that has an article with no readable text: how many of its articles, and why. Outlets
 * with the most such articles come first, then by name.
 */
export function countNoText(
	articles: Iterable<{ outlet: string; noText: NoTextReason | null }>
): NoTextOutlet[] {
	const byOutlet = new Map<string, { articles: number; reasons: Map<NoTextReason, number> }>();
	for (const article of articles) {
		let entry = byOutlet.get(article.outlet);
		if (!entry) byOutlet.set(article.outlet, (entry = { articles: 0, reasons: new Map() }));
		entry.articles++;
		if (article.noText)
			entry.reasons.set(article.noText, (entry.reasons.get(article.noText) ?? 0) + 1);
	}
	const outlets: NoTextOutlet[] = [];
	for (const [outlet, entry] of byOutlet) {
		const reasons = [...entry.reasons]
			.map(([reason, count]) => ({ reason, articles: count }))
			.sort(
				(a, b) =>
					b.articles - a.articles ||
					NO_TEXT_REASONS.indexOf(a.reason) - NO_TEXT_REASONS.indexOf(b.reason)
			);
		const noText = reasons.reduce((sum, reason) => sum + reason.articles, 0);
		if (noText > 0) outlets.push({ outlet, articles: entry.articles, noText, reasons });
	}
	return outlets.sort((a, b) => b.noText - a.noText || a.outlet.localeCompare(b.outlet));
}

const number = new Intl.NumberFormat('en');

/** "(read as site furniture)", or "(70 read as site furniture, 2 empty)" when reasons differ. */
function why(entry: NoTextOutlet): string {
	const [only] = entry.reasons;
	if (entry.reasons.length === 1 && only) return `(${NO_TEXT_WORDS[only.reason].label})`;
	const parts = entry.reasons.map(
		(reason) => `${number.format(reason.articles)} ${NO_TEXT_WORDS[reason.reason].label}`
	);
	return `(${parts.join(', ')})`;
}

/** "72 of dailysabah's 74 articles have no readable text (read as site furniture)". */
export function describeNoText(entry: NoTextOutlet): string {
	const { outlet, articles, noText } = entry;
	const subject =
		articles === 1
			? `${possessive(outlet)} only article has`
			: noText === articles
				? `All ${number.format(articles)} of ${possessive(outlet)} articles have`
				: `${number.format(noText)} of ${possessive(outlet)} ${number.format(articles)} articles ${noText === 1 ? 'has' : 'have'}`;
	return `${subject} no readable text ${why(entry)}`;
}

/** "74 articles, 72 with no readable text": an article count that does not hide the unreadable. */
export function describeArticleCount(articles: number, noText: number): string {
	const count = `${number.format(articles)} ${articles === 1 ? 'article' : 'articles'}`;
	return noText === 0 ? count : `${count}, ${number.format(noText)} with no readable text`;
}
