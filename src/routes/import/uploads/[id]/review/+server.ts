// Reviews an upload under the user's choices: the validation report, nothing written.
import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { reportOf } from '$lib/server/import';
import { readChoices, REVIEW_PROBLEMS, type ImportReview } from '$lib/import-ui/review';
import { failure, planUpload } from '../../../plans.server';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	try {
		const choices = readChoices(await request.json().catch(() => null));
		const plan = await planUpload(appStore(), params.id, choices);
		const review: ImportReview = { ...reportOf(plan, REVIEW_PROBLEMS), upload: params.id };
		return json(review);
	} catch (error) {
		return failure(error, 'read the files');
	}
};
