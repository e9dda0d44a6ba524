import { describe, expect, it } from 'vitest';
import type { ImportApi } from './api';
import { ImportSession } from './import-session.svelte';
import type { ImportReview, ReviewChoices } from './review';
import { fileReport, importReview } from './testing/reviews';
import type { SendFile } from './upload';

const csv = (name: string, text = 'text,outlet\nhello,RT\n') => new File([text], name);

function reviewOf(choices: ReviewChoices | null): ImportReview {
	const mapping = choices?.files['a.csv']?.mapping ?? { text: 'text', outlet: 'outlet' };
	return importReview({ good: mapping.text === 'text' ? 1 : 0 }, [
		fileReport({ mapping, mappingFrom: choices ? 'explicit' : 'detected' })
	]);
}

/** An ImportApi that records what it is asked and answers at once. */
function fakeApi(overrides: Partial<ImportApi> = {}) {
	const calls: string[] = [];
	const api: ImportApi = {
		createUpload: async () => {
			calls.push('create');
			return 'u1';
		},
		fileUrl: (upload, name) => `/up/${upload}?name=${name}`,
		review: async (upload, choices) => {
			calls.push(`review ${upload} ${JSON.stringify(choices)}`);
			return reviewOf(choices);
		},
		commit: async (upload, request) => {
			calls.push(`commit ${upload} ${request.name}`);
			return { corpusId: 2, slug: 'a', imported: 1, duplicates: 0, skippedBad: 0, noText: 0 };
		},
		remove: async (upload) => {
			calls.push(`remove ${upload}`);
		},
		...overrides
	};
	return { api, calls };
}

const instantSend: SendFile = (url, body, onProgress) => ({
	done: Promise.resolve().then(() => {
		onProgress(body.size);
		return { status: 201, body: '{}' };
	}),
	abort: () => {}
});

describe('ImportSession', () => {
	it('sends the files, reviews them and names the corpus after them', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		expect(session.phase).toBe('review');
		expect(session.name).toBe('a');
		expect(session.progress).toMatchObject({ loaded: 21, total: 21 });
		expect(session.mappings).toEqual({ 'a.csv': { text: 'text', outlet: 'outlet' } });
		expect(session.verdict).toEqual({ canImport: true, label: 'Import 1 good row', blockers: [] });
		expect(calls).toEqual(['create', 'review u1 null']);
	});

	it('shows how many uploads are ahead while the server has not started reading this one', async () => {
		let waited: (number | null)[] = [];
		const { api } = fakeApi({
			review: async (_upload, choices, options) => {
				options?.onWaiting?.(3);
				waited.push(session.waiting);
				options?.onWaiting?.(0);
				waited.push(session.waiting);
				options?.onProgress?.(null);
				waited.push(session.waiting);
				return reviewOf(choices);
			}
		});
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		expect(waited).toEqual([3, 0, null]);
		expect(session.phase).toBe('review');
		waited = [];
		await session.setDateOrder('a.csv', 'dmy');
		expect(waited).toEqual([3, 0, null]);
		expect(session.waiting).toBe(null);
	});

	it('refuses a pick the import cannot read, sending nothing', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.docx')]);
		expect(session.phase).toBe('choose');
		expect(session.error).toBe(
			'a.docx is not a file Parallax imports (it reads .csv, .tsv, .json, .jsonl, .txt, .zip).'
		);
		expect(calls).toEqual([]);
	});

	it('re-reviews with the whole mapping when a role moves to another column', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		await session.setRole('a.csv', 'outlet', '');
		expect(calls.at(-1)).toBe(
			'review u1 {"files":{"a.csv":{"mapping":{"text":"text","outlet":""}}}}'
		);
		expect(session.review?.files[0]?.mapping).toEqual({ text: 'text', outlet: '' });
	});

	it('sends a date order chosen for one file with that file only', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		await session.setDateOrder('a.csv', 'dmy');
		expect(calls.at(-1)).toBe('review u1 {"files":{"a.csv":{"dateOrder":"dmy"}}}');
	});

	it('does not re-review a mapping without a text column, and blocks the import', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		await session.setRole('a.csv', 'text', '');
		expect(calls).toEqual(['create', 'review u1 null']);
		expect(session.verdict?.blockers).toEqual([
			'a.csv: Choose the column that holds the article text.'
		]);
	});

	it('cancels a reviewed upload: removes it and starts over', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		await session.cancel();
		expect(session.phase).toBe('choose');
		expect(session.review).toBe(null);
		expect(session.status).toBe(
			'Import cancelled: nothing was written, and the uploaded files were removed.'
		);
		expect(calls.at(-1)).toBe('remove u1');
	});

	it('cancels mid-upload: aborts the request and removes the upload', async () => {
		const { api, calls } = fakeApi();
		let aborted = false;
		const hanging: SendFile = () => {
			let reject: (error: Error) => void = () => {};
			const done = new Promise<never>((_, no) => (reject = no));
			return {
				done,
				abort: () => {
					aborted = true;
					reject(new Error('aborted'));
				}
			};
		};
		const session = new ImportSession(api, { send: hanging });
		const started = session.start([csv('a.csv')]);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(session.phase).toBe('uploading');
		await session.cancel();
		await started;
		expect(aborted).toBe(true);
		expect(session.phase).toBe('choose');
		expect(session.error).toBe(null);
		expect(calls).toContain('remove u1');
		expect(calls.filter((call) => call.startsWith('review'))).toEqual([]);
	});

	it('imports the reviewed upload under the name given', async () => {
		const { api, calls } = fakeApi();
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		session.name = '  My corpus ';
		expect(await session.commit()).toEqual({
			corpusId: 2,
			slug: 'a',
			imported: 1,
			duplicates: 0,
			skippedBad: 0,
			noText: 0
		});
		expect(session.phase).toBe('done');
		expect(calls.at(-1)).toBe('commit u1 My corpus');
	});

	it('keeps the review and says why when the import fails', async () => {
		const { api } = fakeApi({
			commit: async () => {
				throw new Error('A corpus called “a” exists already.');
			}
		});
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		expect(await session.commit()).toBe(null);
		expect(session.phase).toBe('review');
		expect(session.error).toBe('A corpus called “a” exists already.');
	});

	it('goes back to the start and removes the upload when the review fails', async () => {
		const { api, calls } = fakeApi({
			review: async () => {
				throw new Error('a.csv is not valid');
			}
		});
		const session = new ImportSession(api, { send: instantSend });
		await session.start([csv('a.csv')]);
		expect(session.phase).toBe('choose');
		expect(session.error).toBe('a.csv is not valid');
		expect(calls.at(-1)).toBe('remove u1');
	});
});
