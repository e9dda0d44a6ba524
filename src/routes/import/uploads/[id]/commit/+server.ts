// Imports a reviewed upload as a new corpus, whole or not at all, then removes the upload.
import { json } from '@sveltejs/kit';
import { InputError } from '$lib/engine/input-error';
import { appStore } from '$lib/server/app-store';
import { commitImport, reportOf } from '$lib/server/import';
import { importVerdict, readCommitRequest } from '$lib/import-ui/review';
import { failure, forgetPlan, planUpload } from '../../../plans.server';
import { removeUpload } from '../../../uploads.server';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	try {
		const wanted = readCommitRequest(await request.json().catch(() => null));
		const store = appStore();
		const plan = await planUpload(store, params.id, { files: wanted.files });
		// The page asks the same questions; a request that skips them is refused all the same.
		const verdict = importVerdict({ ...reportOf(plan, 0), upload: params.id }, wanted.name);
		if (!verdict.canImport) return json({ message: verdict.blockers.join(' ') }, { status: 409 });
		const result = commitImport(store, plan, {
			name: wanted.name,
			description: wanted.description
		});
		forgetPlan(params.id);
		await removeUpload(params.id);
		return json(result, { status: 201 });
	} catch (error) {
		if (error instanceof InputError) return json({ message: error.message }, { status: 400 });
		return failure(error, 'import the corpus');
	}
};
