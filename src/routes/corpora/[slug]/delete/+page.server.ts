import { error, fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { defaultCodebook } from '$lib/engine/codebook';
import { setFlash } from '$lib/manage/flash.server';
import { plural } from '$lib/manage/format';
import { appStore } from '$lib/server/app-store';
import { CorpusAdminError, deleteCorpus, getManagedCorpus } from '$lib/server/corpus-admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	try {
		return { corpus: getManagedCorpus(appStore(), params.slug, defaultCodebook) };
	} catch (cause) {
		if (cause instanceof CorpusAdminError)
			error(404, `There is no corpus called “${params.slug}”.`);
		throw cause;
	}
};

export const actions = {
	default: ({ params, cookies }) => {
		let outcome;
		try {
			outcome = deleteCorpus(appStore(), params.slug);
		} catch (cause) {
			if (!(cause instanceof CorpusAdminError)) throw cause;
			return fail(400, { reason: cause.reason });
		}
		setFlash(
			cookies,
			`Deleted “${outcome.name}” and its ${plural(outcome.articles, 'article')}. Its outlets are still in the outlets table.`
		);
		redirect(303, resolve('/corpora'));
	}
} satisfies Actions;
