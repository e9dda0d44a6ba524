import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { listArticles, listCorpora } from '$lib/server/articles';
import { SEED_SLUG } from '$lib/server/seed-corpus';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const store = appStore();
	const corpora = listCorpora(store);
	const slug = url.searchParams.get('corpus') ?? SEED_SLUG;
	const corpus = corpora.find((candidate) => candidate.slug === slug);
	if (!corpus) error(404, `There is no corpus called “${slug}”.`);
	return { corpora, corpus, articles: listArticles(store, corpus.id) };
};
