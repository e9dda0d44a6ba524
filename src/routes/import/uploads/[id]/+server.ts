// One upload: PUT adds a file (the raw body, streamed to disk), DELETE cancels the upload and
// ends any worker reading or holding it.
import { json } from '@sveltejs/kit';
import { failure, importJobs } from '../../jobs.server';
import { addUploadFile, removeUpload } from '../../uploads.server';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = async ({ params, request, url }) => {
	try {
		// A file added changes what there is to read: any reading under way is out of date.
		importJobs().cancel(params.id);
		const file = await addUploadFile(params.id, url.searchParams.get('name') ?? '', request.body);
		return json({ name: file.name, bytes: file.bytes }, { status: 201 });
	} catch (error) {
		return failure(error, 'store the file');
	}
};

export const DELETE: RequestHandler = async ({ params }) => {
	try {
		importJobs().cancel(params.id);
		await removeUpload(params.id);
		return new Response(null, { status: 204 });
	} catch (error) {
		return failure(error, 'remove the upload');
	}
};
