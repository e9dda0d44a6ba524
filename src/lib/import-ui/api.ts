// The page's client for the import endpoints: start an upload, review it, import it, or drop it.
import type { CommitRequest, CommitResult, ImportReview, ReviewChoices } from './review';

export interface ImportApi {
	/** Starts an upload on the server; its id names it in every later call. */
	createUpload(): Promise<string>;
	/** Where one file of the upload is sent (PUT, the file as the body). */
	fileUrl(upload: string, name: string): string;
	/** Reads the uploaded files under the choices and reports on them; writes nothing. */
	review(upload: string, choices: ReviewChoices | null): Promise<ImportReview>;
	/** Imports the good rows as a new corpus, in one transaction. */
	commit(upload: string, request: CommitRequest): Promise<CommitResult>;
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
		async review(upload, choices) {
			return answer<ImportReview>(await fetcher(`${at(upload)}/review`, json(choices ?? {})));
		},
		async commit(upload, request) {
			return answer<CommitResult>(await fetcher(`${at(upload)}/commit`, json(request)));
		},
		async remove(upload) {
			await fetcher(at(upload), { method: 'DELETE', keepalive: true });
		}
	};
}
