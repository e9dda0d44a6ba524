import { error } from '@sveltejs/kit';
import { defaultCodebook } from '$lib/engine/codebook';
import { appStore } from '$lib/server/app-store';
import { listCorpora } from '$lib/server/articles';
import { loadCodedCorpus } from '$lib/server/coded-corpus';
import { SEED_SLUG } from '$lib/server/seed-corpus';
import type { LayoutServerLoad } from './$types';

// Reads only `corpus` from the URL, so changing a filter or selecting evidence never reloads data.
export const load: LayoutServerLoad = ({ url }) => {
	const store = appStore();
	const corpora = listCorpora(store);
	const slug = url.searchParams.get('corpus') ?? SEED_SLUG;
	const corpus = corpora.find((candidate) => candidate.slug === slug);
	if (!corpus) error(404, `There is no corpus called “${slug}”.`);
	return { corpora, corpus, coded: loadCodedCorpus(store, corpus.id, defaultCodebook) };
};
