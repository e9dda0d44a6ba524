// How a storyline presents itself: the terms its articles share, a short label from them
// ("Russia · campaign start · 30 Sep 2015") and an id stable across runs.
import { describeTerm } from './terms';

/** A member as labelling reads it: its article, term keys and coded frames. */
export interface LabelledUnit {
	document: string;
	keys: readonly string[];
	frames: readonly string[];
}

function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
}

/** Slug of the label plus a hash of the member spans: readable in a URL, unique per membership. */
export function storylineId(label: string, spans: readonly string[]): string {
	const hash = fnv1a([...spans].sort().join('|'));
	const readable = slug(label);
	return readable ? `${readable}-${hash}` : hash;
}

/**
 * Terms held by units of at least two of the storyline's articles, most telling first (articles
 * holding it × rarity); frames by how many members carry them.
 */
export function describeStoryline(members: readonly LabelledUnit[], idf: Map<string, number>) {
	const articles = new Map<string, Set<string>>();
	for (const { keys, document } of members) {
		for (const key of keys) {
			const docs = articles.get(key);
			if (docs) docs.add(document);
			else articles.set(key, new Set([document]));
		}
	}
	// Frames and who-to-whom pairs are reported as frames; actor+concept pairs repeat their parts.
	const shared = [...articles.entries()]
		.filter(([key, docs]) => docs.size >= 2 && !'fpe'.includes(key[0] as string))
		.map(([key, docs]) => ({ key, articles: docs.size, idf: idf.get(key) ?? 0 }))
		.sort((a, b) => b.articles * b.idf - a.articles * a.idf || (a.key < b.key ? -1 : 1));
	const terms = [...new Set(shared.map(({ key }) => describeTerm(key)))].slice(0, 8);
	// The label names who most of the articles share, what they tell (the most telling concept,
	// then word) and when.
	const byCoverage = [...shared].sort(
		(a, b) => b.articles - a.articles || b.idf - a.idf || (a.key < b.key ? -1 : 1)
	);
	const first = (list: typeof shared, kind: string) => list.filter(({ key }) => key[0] === kind)[0];
	const parts = [
		first(byCoverage, 'a'),
		first(shared, 'c'),
		first(shared, 'w'),
		first(byCoverage, 'd') ?? first(byCoverage, 'm') ?? first(byCoverage, 'r')
	]
		.filter((part) => part !== undefined)
		.map(({ key }) => describeTerm(key));
	const label = [...new Set(parts)].join(' · ') || 'unlabelled';
	const counts = new Map<string, number>();
	for (const { frames } of members) {
		for (const frame of frames) counts.set(frame, (counts.get(frame) ?? 0) + 1);
	}
	const frames = [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.map(([frame]) => frame);
	return { terms, label, frames };
}
