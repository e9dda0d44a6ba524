import { describe, expect, it } from 'vitest';
import { importApi, ImportRequestError } from './api';
import type { ReviewStatus } from './review';

/** A fetch that answers each call with the next status, recording what was asked. */
function scripted(answers: (ReviewStatus | { status: number; body: unknown })[]) {
	const calls: string[] = [];
	const fetcher = (async (url: string, init?: RequestInit) => {
		calls.push(`${init?.method ?? 'GET'} ${url}`);
		const next = answers.shift()!;
		const [status, body] = 'state' in next ? [200, next] : [next.status, next.body];
		return new Response(JSON.stringify(body), { status });
	}) as typeof fetch;
	return { calls, fetcher };
}

const progress = (rows: number) => ({
	stage: 'parsing' as const,
	file: 'a.csv',
	fileIndex: 1,
	files: 1,
	rows,
	bytesDone: rows * 10,
	bytesTotal: 1000
});

const review = { upload: 'u1', totals: { good: 3 } } as unknown as ReviewStatus & {
	state: 'ready';
};

describe('importApi.review', () => {
	it('starts the reading, polls while the server reads, and tells each answer’s progress', async () => {
		const { calls, fetcher } = scripted([
			{ state: 'reading', progress: null },
			{ state: 'reading', progress: progress(40) },
			{ state: 'reading', progress: progress(90) },
			{ state: 'ready', review: review as never }
		]);
		const seen: (number | null)[] = [];
		const answer = await importApi('/import/uploads', fetcher).review(
			'u1',
			{ files: {} },
			{
				onProgress: (p) => seen.push(p?.rows ?? null)
			}
		);
		expect(answer).toEqual(review);
		expect(seen).toEqual([null, 40, 90]);
		expect(calls).toEqual([
			'POST /import/uploads/u1/review',
			'GET /import/uploads/u1/review',
			'GET /import/uploads/u1/review',
			'GET /import/uploads/u1/review'
		]);
	});

	it('tells how many uploads are ahead while this one waits for a worker, then the reading', async () => {
		const { fetcher } = scripted([
			{ state: 'queued', ahead: 2 },
			{ state: 'queued', ahead: 0 },
			{ state: 'reading', progress: progress(40) },
			{ state: 'ready', review: review as never }
		]);
		const seen: string[] = [];
		await importApi('/b', fetcher).review('u1', null, {
			onWaiting: (ahead) => seen.push(`waiting ${ahead}`),
			onProgress: (p) => seen.push(`read ${p?.rows}`)
		});
		expect(seen).toEqual(['waiting 2', 'waiting 0', 'read 40']);
	});

	it('throws the server’s reason when the reading failed', async () => {
		const { fetcher } = scripted([
			{ state: 'reading', progress: null },
			{ state: 'failed', message: 'Parallax ran out of memory reading these files.' }
		]);
		await expect(importApi('/b', fetcher).review('u1', null)).rejects.toEqual(
			new ImportRequestError(500, 'Parallax ran out of memory reading these files.')
		);
	});

	it('stops polling when its signal aborts', async () => {
		const { calls, fetcher } = scripted([
			{ state: 'reading', progress: null },
			{ state: 'reading', progress: null }
		]);
		const controller = new AbortController();
		const reviewing = importApi('/b', fetcher).review('u1', null, { signal: controller.signal });
		controller.abort(new Error('cancelled'));
		await expect(reviewing).rejects.toThrow('cancelled');
		expect(calls.length).toBeLessThanOrEqual(2);
	});
});

describe('importApi.commit', () => {
	it('polls how far the write is while the import request runs', async () => {
		let finish: (r: Response) => void = () => {};
		const polled: string[] = [];
		const fetcher = (async (url: string, init?: RequestInit) => {
			if (init?.method === 'POST') return new Promise<Response>((resolve) => (finish = resolve));
			polled.push(url);
			return new Response(JSON.stringify({ state: 'writing', written: 5, total: 10 }));
		}) as typeof fetch;
		const seen: [number, number][] = [];
		const committing = importApi('/b', fetcher).commit(
			'u1',
			{ files: {}, name: 'x' },
			{ onProgress: (written, total) => seen.push([written, total]) }
		);
		await new Promise((resolve) => setTimeout(resolve, 1200));
		finish(new Response(JSON.stringify({ slug: 'x' }), { status: 201 }));
		expect(await committing).toEqual({ slug: 'x' });
		expect(seen.length).toBeGreaterThan(0);
		expect(seen[0]).toEqual([5, 10]);
		expect(polled.every((url) => url === '/b/u1/review')).toBe(true);
	});
});
