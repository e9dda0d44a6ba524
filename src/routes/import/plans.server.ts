// Plans of uploads under review, kept in memory for the latest choices of a few uploads so that
// importing (or downloading the bad rows) does not read the files again; any miss re-plans.
import { json } from '@sveltejs/kit';
import { planImport, type ImportFile, type ImportPlan } from '$lib/server/import';
import type { Store } from '$lib/server/store';
import type { FileChoice, ReviewChoices } from '$lib/import-ui/review';
import { readUpload, UploadError } from './uploads.server';

/** Plans hold every article's text: only the last few uploads keep theirs. */
const KEPT_PLANS = 2;
const plans = new Map<string, { key: string; plan: ImportPlan }>();

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

/** The upload's plan under the choices: from memory when they are the last ones, else read anew. */
export async function planUpload(
	store: Store,
	upload: string,
	choices: ReviewChoices
): Promise<ImportPlan> {
	const key = JSON.stringify(choices);
	const kept = plans.get(upload);
	if (kept?.key === key) return kept.plan;
	const files: ImportFile[] = (await readUpload(upload)).map((file) => ({
		...file,
		...choiceFor(file.name, choices)
	}));
	const plan = planImport(files, { store });
	plans.delete(upload);
	plans.set(upload, { key, plan });
	for (const old of plans.keys()) if (plans.size > KEPT_PLANS) plans.delete(old);
	return plan;
}

export function forgetPlan(upload: string): void {
	plans.delete(upload);
}

/** An error as the page expects it: `{ message }` with a status; unexpected ones are logged. */
export function failure(error: unknown, what: string): Response {
	if (error instanceof UploadError)
		return json({ message: error.message }, { status: error.status });
	console.error(`Import: ${what} failed`, error);
	return json(
		{ message: `Parallax could not ${what}: ${(error as Error).message ?? String(error)}` },
		{ status: 500 }
	);
}
