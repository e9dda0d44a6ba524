// Starts an upload: a fresh folder on the server for the files of one import.
import { json } from '@sveltejs/kit';
import { failure, uploadRequestRefusal } from '../jobs.server';
import { createUpload } from '../uploads.server';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, url }) => {
	const refusal = uploadRequestRefusal(request, url);
	if (refusal) return refusal;
	try {
		return json({ id: await createUpload() }, { status: 201 });
	} catch (error) {
		return failure(error, 'start the upload');
	}
};
