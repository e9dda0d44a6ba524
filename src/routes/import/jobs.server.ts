// The import's worker threads as the endpoints use them: one shared set for the running server, an
// upload's files paired with the choices the user made for each, and what every upload endpoint
// checks first.
import { json } from '@sveltejs/kit';
import { appStore } from '$lib/server/app-store';
import { readConfig } from '$lib/server/config';
import { ImportJobError, ImportJobs, type JobFile } from '$lib/server/import/jobs/import-jobs';
import { REVIEW_PROBLEMS, type FileChoice, type ReviewChoices } from '$lib/import-ui/review';
import { crossSiteRefusal, fromImportPage } from './same-origin.server';
import { importSettings } from './settings.server';
import { discardBody } from './upload-body.server';
import { ensureUploadSweeps } from './upload-sweeps.server';
import { uploadPaths, UploadError } from './uploads.server';

let jobs: ImportJobs | undefined;

/** The server's import workers; the store is opened (and seeded) before any worker opens it. */
export function importJobs(): ImportJobs {
	if (jobs) return jobs;
	appStore();
	jobs = new ImportJobs({
		dbPath: readConfig().dbPath,
		reportLimit: REVIEW_PROBLEMS,
		workers: importSettings().importWorkers
	});
	return jobs;
}

/** Ends the upload's import, if one was started (no store is opened just to find none was). */
export function cancelImport(upload: string): void {
	jobs?.cancel(upload);
}

/** Unused uploads are swept from the first request to the upload API on (and their imports ended). */
export function sweepUnusedUploads(): void {
	ensureUploadSweeps(cancelImport);
}

/**
 * What every upload endpoint that changes an upload asks first: that it comes from the import page
 * (and, as every endpoint does, that unused uploads are swept). Answers the refusal, or null.
 */
export function uploadRequestRefusal(request: Request, url: URL): Response | null {
	sweepUnusedUploads();
	if (request.method === 'GET' || request.method === 'HEAD' || fromImportPage(request, url))
		return null;
	discardBody(request.body);
	return crossSiteRefusal();
}

/**
 * The choice for an uploaded file: its own, or for a .zip the first one made for any of its
 * members (the import applies an archive's choice to all of them).
 */
export function choiceFor(name: string, choices: ReviewChoices): FileChoice | undefined {
	const own = choices.files[name];
	if (own) return own;
	if (!name.toLowerCase().endsWith('.zip')) return undefined;
	const member = Object.keys(choices.files).find((file) => file.startsWith(`${name}/`));
	return member === undefined ? undefined : choices.files[member];
}

/** The upload's files on disk, each with the mapping and date order chosen for it. */
export async function jobFiles(upload: string, choices: ReviewChoices): Promise<JobFile[]> {
	return (await uploadPaths(upload)).map((file) => ({ ...file, ...choiceFor(file.name, choices) }));
}

/**
 * An error as the page expects it: `{ message }` with a status. Unexpected ones are logged, and
 * the user is told what failed, never the error itself (it may name a path on the server).
 */
export function failure(error: unknown, what: string): Response {
	if (error instanceof UploadError)
		return json({ message: error.message }, { status: error.status });
	if (error instanceof ImportJobError)
		return json({ message: error.message }, { status: error.input ? 409 : 500 });
	console.error(`Import: ${what} failed`, error);
	return json({ message: `Parallax could not ${what}; the server log says why.` }, { status: 500 });
}
