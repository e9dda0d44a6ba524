import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { getArticle } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const id = Number(params.id);
	const article = Number.isSafeInteger(id) && id > 0 ? getArticle(appStore(), id) : undefined;
	if (!article) error(404, `There is no article ${params.id}.`);
	return { article };
};
