// Every problem of a reviewed upload as CSV (file, row, field, reason), formulas neutralised.
import { badRowsCsv, badRowsFileName } from '$lib/import-ui/bad-rows';
import { readChoices } from '$lib/import-ui/review';
import { failure, importJobs, jobFiles, sweepUnusedUploads } from '../../../jobs.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	sweepUnusedUploads();
	try {
		let choices: unknown = null;
		try {
			choices = JSON.parse(url.searchParams.get('choices') ?? 'null');
		} catch {
			choices = null;
		}
		const files = await jobFiles(params.id, readChoices(choices));
		const problems = await importJobs().problems(params.id, files);
		const name = badRowsFileName(url.searchParams.get('name') ?? '');
		return new Response(`\uFEFF${badRowsCsv(problems)}`, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${name}"`,
				'cache-control': 'no-store'
			}
		});
	} catch (error) {
		return failure(error, 'list the bad rows');
	}
};
