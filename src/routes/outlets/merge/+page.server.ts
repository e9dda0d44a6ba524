import { fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { setFlash } from '$lib/manage/flash.server';
import { listNames, plural } from '$lib/manage/format';
import { appStore } from '$lib/server/app-store';
import { mergeOutlets, OutletAdminError, planMerge } from '$lib/server/outlet-admin';
import type { Actions, PageServerLoad } from './$types';

/** The merge asked for: `into` once, `from` repeated (as the outlets page's form sends them). */
function readMerge(params: { get(key: string): unknown; getAll(key: string): unknown[] }) {
	const into = params.get('into');
	if (typeof into !== 'string' || into === '')
		throw new OutletAdminError('into', 'choose the outlet to merge into');
	const id = (field: 'into' | 'from', value: unknown) => {
		if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
		throw new OutletAdminError(field, `“${String(value)}” is not an outlet id`);
	};
	return { into: id('into', into), from: params.getAll('from').map((value) => id('from', value)) };
}

export const load: PageServerLoad = ({ url }) => {
	try {
		const { into, from } = readMerge(url.searchParams);
		return { plan: planMerge(appStore(), into, from), refused: null };
	} catch (error) {
		if (!(error instanceof OutletAdminError)) throw error;
		return { plan: null, refused: { field: error.field, reason: error.reason } };
	}
};

export const actions = {
	default: async ({ request, cookies }) => {
		const data = await request.formData();
		let outcome;
		try {
			const { into, from } = readMerge(data);
			outcome = mergeOutlets(appStore(), into, from);
		} catch (error) {
			if (!(error instanceof OutletAdminError)) throw error;
			return fail(400, { field: error.field, reason: error.reason });
		}
		const recoded = outcome.corpora.map((corpus) => corpus.name);
		setFlash(
			cookies,
			`Merged ${listNames(outcome.from.map((source) => source.name))} into ${outcome.into.name}: ` +
				`${plural(outcome.articles, 'article')} moved` +
				(recoded.length > 0 ? `; ${listNames(recoded)} will be coded again on the next view.` : '.')
		);
		redirect(303, `${resolve('/outlets')}#outlet-${outcome.into.id}`);
	}
} satisfies Actions;
