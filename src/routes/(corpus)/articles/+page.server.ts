import { appStore } from '$lib/server/app-store';
import { listArticles } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { corpus } = await parent();
	return { articles: listArticles(appStore(), corpus.id) };
};
