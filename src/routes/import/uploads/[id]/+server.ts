// One upload: PUT adds a file (the raw body, streamed to disk), DELETE cancels the upload, ending
// any worker reading or holding it and any file still arriving.
import { json } from '@sveltejs/kit';
import { cancelImport, failure, uploadRequestRefusal } from '../../jobs.server';
import { importSettings } from '../../settings.server';
import { addUploadFile, removeUpload } from '../../uploads.server';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = async ({ params, request, url }) => {
	const refusal = uploadRequestRefusal(request, url);
	if (refusal) return refusal;
	try {
		// A file added changes what there is to read: any reading under way is out of date.
		cancelImport(params.id);
		const { uploadQuotaBytes, uploadIdleMs } = importSettings();
		const length = Number(request.headers.get('content-length') ?? NaN);
		const file = await addUploadFile(params.id, url.searchParams.get('name') ?? '', request.body, {
			declared: Number.isFinite(length) ? length : undefined,
			quota: uploadQuotaBytes,
			idleMs: uploadIdleMs
		});
		return json({ name: file.name, bytes: file.bytes }, { status: 201 });
	} catch (error) {
		return failure(error, 'store the file');
	}
};

export const DELETE: RequestHandler = async ({ params, request, url }) => {
	const refusal = uploadRequestRefusal(request, url);
	if (refusal) return refusal;
	try {
		cancelImport(params.id);
		await removeUpload(params.id);
		return new Response(null, { status: 204 });
	} catch (error) {
		return failure(error, 'remove the upload');
	}
};
