// The page's client for the import endpoints: start an upload, review it, import it, or drop it.
import {
	type CommitRequest,
	type CommitResult,
	type ImportReview,
	type ReadingProgress,
	type ReviewChoices,
	type ReviewStatus
} from './review';

/** How often the page asks how far the server has got. */
export const POLL_MS = 250;

export interface ReviewOptions {
	/** Stops asking (the server's reading is ended by removing the upload). */
	signal?: AbortSignal;
	/** Each answer while the server is still reading: which file, how many rows, how many bytes. */
	onProgress?: (progress: ReadingProgress | null) => void;
	/** Each answer while the upload waits for a worker: how many uploads are ahead of it. */
	onWaiting?: (ahead: number) => void;
}

export interface CommitOptions {
	/** Articles written so far, of all, while the one transaction runs. */
	onProgress?: (written: number, total: number) => void;
}

export interface ImportApi {
	/** Starts an upload on the server; its id names it in every later call. */
	createUpload(): Promise<string>;
	/** Where one file of the upload is sent (PUT, the file as the body). */
	fileUrl(upload: string, name: string): string;
	/**
	 * Has the server read the uploaded files under the choices (in a worker) and waits for its
	 * report, telling how far it has got; writes nothing.
	 */
	review(
		upload: string,
		choices: ReviewChoices | null,
		options?: ReviewOptions
	): Promise<ImportReview>;
	/** Imports the good rows as a new corpus, in one transaction, telling how far the write is. */
	commit(upload: string, request: CommitRequest, options?: CommitOptions): Promise<CommitResult>;
	/** Forgets the upload and its files; also when the page is being left (keepalive). */
	remove(upload: string): Promise<void>;
}

/** Thrown for an answer that is not a success; the message is the server's, for the user. */
export class ImportRequestError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
		this.name = 'ImportRequestError';
	}
}

async function answer<T>(response: Response): Promise<T> {
	const text = await response.text();
	let body: unknown;
	try {
		body = text ? JSON.parse(text) : null;
	} catch {
		body = null;
	}
	if (!response.ok) {
		const message =
			body && typeof body === 'object' && 'message' in body
				? String(body.message)
				: `Parallax answered with status ${response.status}.`;
		throw new ImportRequestError(response.status, message);
	}
	return body as T;
}

/** Resolves after `ms`, or rejects at once when the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const timer = setTimeout(resolve, ms);
		signal?.addEventListener(
			'abort',
			() => {
				clearTimeout(timer);
				reject(signal.reason);
			},
			{ once: true }
		);
	});
}

/** The endpoints under `base` (the `/import/uploads` route as resolved for this app). */
export function importApi(base: string, fetcher: typeof fetch = fetch): ImportApi {
	const json = (body: unknown): RequestInit => ({
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	const at = (upload: string) => `${base}/${encodeURIComponent(upload)}`;
	return {
		async createUpload() {
			const { id } = await answer<{ id: string }>(await fetcher(base, { method: 'POST' }));
			return id;
		},
		fileUrl: (upload, name) => `${at(upload)}?name=${encodeURIComponent(name)}`,
		async review(upload, choices, { signal, onProgress, onWaiting } = {}) {
			const url = `${at(upload)}/review`;
			let status = await answer<ReviewStatus>(
				await fetcher(url, { ...json(choices ?? {}), signal })
			);
			for (;;) {
				if (status.state === 'ready') return status.review;
				if (status.state === 'failed') throw new ImportRequestError(500, status.message);
				if (status.state === 'reading') onProgress?.(status.progress);
				if (status.state === 'queued') onWaiting?.(status.ahead);
				await pause(POLL_MS, signal);
				status = await answer<ReviewStatus>(await fetcher(url, { signal, cache: 'no-store' }));
			}
		},
		async commit(upload, request, { onProgress } = {}) {
			let writing = true;
			const written = fetcher(`${at(upload)}/commit`, json(request))
				.then((response) => answer<CommitResult>(response))
				.finally(() => (writing = false));
			if (onProgress)
				void (async () => {
					while (writing) {
						await pause(POLL_MS * 2);
						if (!writing) return;
						const response = await fetcher(`${at(upload)}/review`, { cache: 'no-store' });
						const status = await answer<ReviewStatus>(response).catch(() => null);
						if (writing && status?.state === 'writing') onProgress(status.written, status.total);
					}
				})().catch(() => {});
			return written;
		},
		async remove(upload) {
			await fetcher(at(upload), { method: 'DELETE', keepalive: true });
		}
	};
}
