// Opens the store (and imports the seeds on a fresh one) before the first request, so a broken
// database stops the server at start with a clear message instead of failing page by page.
import type { ServerInit } from '@sveltejs/kit';
import { InputError } from '$lib/engine';
import { appStore } from '$lib/server/app-store';
import { StoreError } from '$lib/server/store';
import { sweepUnusedUploads } from './routes/import/jobs.server';

export const init: ServerInit = () => {
	try {
		appStore();
		// Uploads a previous run left unfinished are swept from the start, not at the first upload.
		sweepUnusedUploads();
	} catch (error) {
		if (error instanceof StoreError || error instanceof InputError) {
			console.error(`Parallax cannot start.\n${error.message}`);
			process.exit(1);
		}
		throw error;
	}
};
