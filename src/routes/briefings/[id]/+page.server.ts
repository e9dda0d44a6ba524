// A briefing: its items in order, and the coded corpora its charts are drawn from.
import { error, fail, redirect } from '@sveltejs/kit';
import type { CodedCorpus } from '$lib/coded-corpus';
import { BriefingError } from '$lib/briefing/items';
import { defaultCodebook } from '$lib/engine/codebook';
import { appStore } from '$lib/server/app-store';
import { listCorpora } from '$lib/server/articles';
import {
	deleteBriefing,
	getBriefing,
	moveItem,
	removeItem,
	renameBriefing,
	setCaption
} from '$lib/server/briefings';
import { loadCodedCorpus } from '$lib/server/coded-corpus';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const store = appStore();
	const id = Number(params.id);
	const briefing = Number.isSafeInteger(id) ? getBriefing(store, id) : null;
	if (!briefing) error(404, `There is no briefing ${params.id}.`);
	const corpora = listCorpora(store);
	const coded: Record<string, CodedCorpus> = {};
	for (const item of briefing.items) {
		if (item.pin.kind !== 'chart' || item.pin.corpus in coded) continue;
		const corpus = corpora.find((candidate) => candidate.slug === item.pin.corpus);
		if (corpus) coded[corpus.slug] = loadCodedCorpus(store, corpus.id, defaultCodebook);
	}
	return {
		briefing,
		coded,
		corpusNames: Object.fromEntries(corpora.map((corpus) => [corpus.slug, corpus.name]))
	};
};

const field = (data: FormData, key: string) => String(data.get(key) ?? '');

/** Runs a change; a refusal goes back to the page as its message. */
function attempt(change: () => void) {
	try {
		change();
		return { done: true };
	} catch (problem) {
		if (problem instanceof BriefingError) return fail(400, { message: problem.message });
		throw problem;
	}
}

export const actions = {
	rename: async ({ request, params }) => {
		const name = field(await request.formData(), 'name');
		return attempt(() => renameBriefing(appStore(), Number(params.id), name));
	},
	caption: async ({ request }) => {
		const data = await request.formData();
		return attempt(() =>
			setCaption(appStore(), Number(field(data, 'item')), field(data, 'caption'))
		);
	},
	move: async ({ request }) => {
		const data = await request.formData();
		const by = field(data, 'by') === 'up' ? -1 : 1;
		return attempt(() => moveItem(appStore(), Number(field(data, 'item')), by));
	},
	remove: async ({ request }) => {
		const data = await request.formData();
		return attempt(() => removeItem(appStore(), Number(field(data, 'item'))));
	},
	delete: async ({ params }) => {
		const result = attempt(() => deleteBriefing(appStore(), Number(params.id)));
		if ('done' in result) redirect(303, '/briefings');
		return result;
	}
} satisfies Actions;
