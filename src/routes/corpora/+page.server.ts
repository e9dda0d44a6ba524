import { fail } from '@sveltejs/kit';
import { defaultCodebook } from '$lib/engine/codebook';
import { takeFlash } from '$lib/manage/flash.server';
import { appStore } from '$lib/server/app-store';
import {
	CorpusAdminError,
	listManagedCorpora,
	recodeCorpus,
	renameCorpus
} from '$lib/server/corpus-admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies }) => ({
	corpora: listManagedCorpora(appStore(), defaultCodebook),
	codebook: { id: defaultCodebook.id, version: defaultCodebook.version },
	flash: takeFlash(cookies)
});

const text = (data: FormData, key: string) => {
	const value = data.get(key);
	return typeof value === 'string' ? value : '';
};

export const actions = {
	rename: async ({ request }) => {
		const data = await request.formData();
		const slug = text(data, 'slug');
		const name = text(data, 'name');
		try {
			return { renamed: renameCorpus(appStore(), slug, name) };
		} catch (error) {
			if (!(error instanceof CorpusAdminError)) throw error;
			return fail(400, { refused: 'rename' as const, slug, name, ...describe(error) });
		}
	},
	recode: async ({ request }) => {
		const slug = text(await request.formData(), 'slug');
		try {
			const outcome = recodeCorpus(appStore(), slug, defaultCodebook);
			return {
				recoded: {
					slug,
					name: outcome.name,
					milliseconds: outcome.milliseconds,
					units: outcome.units,
					codebook: `${outcome.analysis.codebookId} v${outcome.analysis.codebookVersion}`
				}
			};
		} catch (error) {
			if (!(error instanceof CorpusAdminError)) throw error;
			return fail(400, { refused: 'recode' as const, slug, name: '', ...describe(error) });
		}
	}
} satisfies Actions;

function describe(error: CorpusAdminError) {
	return { field: error.field, reason: error.reason };
}
