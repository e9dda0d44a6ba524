import { error } from '@sveltejs/kit';
import { defaultCodebook } from '$lib/engine/codebook';
import { appStore } from '$lib/server/app-store';
import { getArticle } from '$lib/server/articles';
import { loadArticleUnits } from '$lib/server/coded-corpus';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const store = appStore();
	const id = Number(params.id);
	const article = Number.isSafeInteger(id) && id > 0 ? getArticle(store, id) : undefined;
	if (!article) error(404, `There is no article ${params.id}.`);
	const units = loadArticleUnits(store, article, defaultCodebook);
	const named = new Set(
		units.flatMap((unit) => [
			...unit.actors,
			...unit.codes.flatMap((code) => [...(code.source ? [code.source] : []), ...code.targets])
		])
	);
	return {
		article,
		units,
		codebook: {
			id: defaultCodebook.id,
			version: defaultCodebook.version,
			label: defaultCodebook.label,
			frames: defaultCodebook.frames.map(({ id, label, definition }) => ({ id, label, definition }))
		},
		/** Labels of the gazetteer actors this article names, for its chips and code details. */
		actors: defaultCodebook.actors
			.filter((actor) => named.has(actor.id))
			.map(({ id, label }) => ({ id, label }))
	};
};
