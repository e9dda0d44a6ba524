// Reviews an upload under the user's choices: POST starts reading it in a worker (or finds that
// under way or done), GET tells where it stands. Nothing is written.
import { json } from '@sveltejs/kit';
import type { JobStatus } from '$lib/server/import/jobs/import-jobs';
import { readChoices, type ReviewStatus } from '$lib/import-ui/review';
import { failure, importJobs, jobFiles } from '../../../jobs.server';
import type { RequestHandler } from './$types';

function statusOf(upload: string, status: JobStatus): ReviewStatus {
	return status.state === 'ready'
		? { state: 'ready', review: { ...status.report, upload } }
		: status;
}

export const POST: RequestHandler = async ({ params, request }) => {
	try {
		const choices = readChoices(await request.json().catch(() => null));
		const status = importJobs().review(params.id, await jobFiles(params.id, choices));
		return json(statusOf(params.id, status), { status: status.state === 'ready' ? 200 : 202 });
	} catch (error) {
		return failure(error, 'read the files');
	}
};

export const GET: RequestHandler = ({ params }) => {
	const status = importJobs().status(params.id);
	if (!status)
		return json(
			{ message: 'Nothing is reading this upload: it was cancelled, imported, or set aside.' },
			{ status: 404 }
		);
	return json(statusOf(params.id, status), { headers: { 'cache-control': 'no-store' } });
};
