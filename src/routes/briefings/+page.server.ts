import { fail, redirect } from '@sveltejs/kit';
import { BriefingError } from '$lib/briefing/items';
import { appStore } from '$lib/server/app-store';
import { createBriefing, listBriefings } from '$lib/server/briefings';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ briefings: listBriefings(appStore()) });

export const actions = {
	create: async ({ request }) => {
		const name = String((await request.formData()).get('name') ?? '');
		let id: number;
		try {
			id = createBriefing(appStore(), name);
		} catch (error) {
			if (error instanceof BriefingError) return fail(400, { name, message: error.message });
			throw error;
		}
		redirect(303, `/briefings/${id}`);
	}
} satisfies Actions;
