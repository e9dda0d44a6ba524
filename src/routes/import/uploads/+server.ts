// Starts an upload: a fresh folder on the server for the files of one import.
import { json } from '@sveltejs/kit';
import { failure } from '../jobs.server';
import { createUpload, sweepUploads } from '../uploads.server';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async () => {
	try {
		// Uploads nobody imported or cancelled go after a day; starting a new one is a good moment.
		await sweepUploads();
		return json({ id: await createUpload() }, { status: 201 });
	} catch (error) {
		return failure(error, 'start the upload');
	}
};
