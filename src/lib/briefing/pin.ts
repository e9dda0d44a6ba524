// Pinning from the dashboard: what a chart's pin keeps of the URL, and the request that adds a pin
// to the current briefing (the most recently changed one, or a new one).
import type { ArticleSummary } from '$lib/coded-corpus';
import type { BriefingPin, QuotePin } from './items';

/** Result of a pin: the briefing it went to and how many items that briefing now holds. */
export interface PinResult {
	briefing: { id: number; name: string };
	items: number;
}

/** What a pinned quote keeps of its article: enough to name and link it later. */
export function pinnedArticle(article: ArticleSummary): QuotePin['article'] {
	const { id, outlet, title, dateLabel, url } = article;
	return { id, outlet, title, dateLabel, url };
}

/** The dashboard query a chart is shown under, without the corpus and the evidence panel. */
export function viewQuery(params: URLSearchParams): string {
	const kept = new URLSearchParams();
	for (const [name, value] of params)
		if (name !== 'corpus' && !name.startsWith('ev-')) kept.append(name, value);
	return kept.toString();
}

/** Posts the pin; resolves with a sentence for the user, or rejects with the server's reason. */
export async function pinToBriefing(url: string, pin: BriefingPin): Promise<string> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ pin })
	});
	const body = (await response.json().catch(() => null)) as
		(PinResult & { message?: string }) | null;
	if (!response.ok || !body?.briefing)
		throw new Error(body?.message ?? `Parallax answered with status ${response.status}`);
	return `Pinned to “${body.briefing.name}” (item ${body.items}).`;
}
