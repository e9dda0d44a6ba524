// Imports a reviewed upload as a new corpus, whole or not at all, then removes the upload. The
// write runs in the upload's worker; the page polls the review endpoint for how far it has got.
import { json } from '@sveltejs/kit';
import { importVerdict, readCommitRequest } from '$lib/import-ui/review';
import { failure, importJobs, jobFiles, uploadRequestRefusal } from '../../../jobs.server';
import { removeUpload } from '../../../uploads.server';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request, url }) => {
	const refusal = uploadRequestRefusal(request, url);
	if (refusal) return refusal;
	try {
		const wanted = readCommitRequest(await request.json().catch(() => null));
		const files = await jobFiles(params.id, { files: wanted.files });
		const result = await importJobs().commit(
			params.id,
			files,
			{ name: wanted.name, description: wanted.description },
			// The page asks the same questions; a request that skips them is refused all the same.
			(report) => {
				const verdict = importVerdict({ ...report, upload: params.id }, wanted.name);
				return verdict.canImport ? null : verdict.blockers.join(' ');
			}
		);
		await removeUpload(params.id);
		return json(result, { status: 201 });
	} catch (error) {
		return failure(error, 'import the corpus');
	}
};
