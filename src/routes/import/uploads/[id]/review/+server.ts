// Reviews an upload under the user's choices: POST starts reading it in a worker (or finds that
// queued, under way or done), GET tells where it stands. Nothing is written.
import { json } from '@sveltejs/kit';
import type { JobStatus } from '$lib/server/import/jobs/import-jobs';
import { readChoices, type ReviewStatus } from '$lib/import-ui/review';
import {
	failure,
	importJobs,
	jobFiles,
	sweepUnusedUploads,
	uploadRequestRefusal
} from '../../../jobs.server';
import { touchUpload } from '../../../uploads.server';
import type { RequestHandler } from './$types';

function statusOf(upload: string, status: JobStatus): ReviewStatus {
	return status.state === 'ready'
		? { state: 'ready', review: { ...status.report, upload } }
		: status;
}

export const POST: RequestHandler = async ({ params, request, url }) => {
	const refusal = uploadRequestRefusal(request, url);
	if (refusal) return refusal;
	try {
		const choices = readChoices(await request.json().catch(() => null));
		const status = importJobs().review(params.id, await jobFiles(params.id, choices));
		return json(statusOf(params.id, status), { status: status.state === 'ready' ? 200 : 202 });
	} catch (error) {
		return failure(error, 'read the files');
	}
};

export const GET: RequestHandler = async ({ params }) => {
	sweepUnusedUploads();
	const status = importJobs().status(params.id);
	if (!status)
		return json(
			{ message: 'Nothing is reading this upload: it was cancelled or imported.' },
			{ status: 404 }
		);
	// A page waiting on it is using it: the sweep counts idle time from its last look.
	if (status.state !== 'ready' && status.state !== 'failed') await touchUpload(params.id);
	return json(statusOf(params.id, status), { headers: { 'cache-control': 'no-store' } });
};
