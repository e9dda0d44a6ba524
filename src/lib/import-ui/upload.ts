// Sends picked files to the server one after another with XMLHttpRequest, the one browser API that
// reports upload progress, so the page can show bytes sent and cancel midway.

/** How far an upload has come, over all its files. */
export interface UploadProgress {
	loaded: number;
	total: number;
	/** The file being sent, and its 0-based position among the files. */
	file: string;
	index: number;
	files: number;
}

/** What the server answered: the status and the body as text. */
export interface SentFile {
	status: number;
	body: string;
}

/** Sends one body to a URL, reporting bytes sent; `abort` stops it and rejects `done`. */
export type SendFile = (
	url: string,
	body: Blob,
	onProgress: (loaded: number) => void
) => { done: Promise<SentFile>; abort: () => void };

/** The upload was cancelled by the user. */
export class UploadCancelled extends Error {
	constructor() {
		super('The upload was cancelled.');
		this.name = 'UploadCancelled';
	}
}

/** The server or the network refused a file; the message says why in the user's words. */
export class UploadFailed extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UploadFailed';
	}
}

/** "12.5 MB of 40.0 MB": computed by the caller with formatBytes; here only the share. */
export function percentOf(loaded: number, total: number): number {
	if (total <= 0) return 100;
	return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}

/** The server's reason from an error body: `{ "message": … }` as SvelteKit sends it, or the text. */
export function failureMessage({ status, body }: SentFile): string {
	let message = body.trim();
	try {
		const parsed: unknown = JSON.parse(body);
		if (parsed && typeof parsed === 'object' && 'message' in parsed)
			message = String(parsed.message);
	} catch {
		// Not JSON: the text as it came (adapter-node's body limit answers in plain text).
	}
	if (status === 0) return 'The connection to Parallax was lost while sending the files.';
	return message || `Parallax answered with status ${status}.`;
}

/** The browser's XMLHttpRequest as a SendFile: PUT with the file as the raw body. */
export const sendWithXhr: SendFile = (url, body, onProgress) => {
	const xhr = new XMLHttpRequest();
	const done = new Promise<SentFile>((resolve, reject) => {
		xhr.upload.addEventListener('progress', (event) => onProgress(event.loaded));
		xhr.addEventListener('load', () => resolve({ status: xhr.status, body: xhr.responseText }));
		xhr.addEventListener('error', () => resolve({ status: 0, body: '' }));
		xhr.addEventListener('abort', () => reject(new UploadCancelled()));
		xhr.open('PUT', url);
		xhr.setRequestHeader('content-type', 'application/octet-stream');
		xhr.send(body);
	});
	return { done, abort: () => xhr.abort() };
};

/**
 * Sends each file to `urlFor(file)` in turn, reporting progress over all of them. Resolves when
 * the last is stored; rejects with UploadCancelled when `signal` aborts (the request in flight is
 * aborted too) and with UploadFailed when the server refuses a file.
 */
export async function uploadFiles<F extends Blob & { name: string }>(
	files: readonly F[],
	urlFor: (file: F) => string,
	options: {
		onProgress?: (progress: UploadProgress) => void;
		signal?: AbortSignal;
		send?: SendFile;
	} = {}
): Promise<void> {
	const send = options.send ?? sendWithXhr;
	const total = files.reduce((sum, file) => sum + file.size, 0);
	let sent = 0;
	for (const [index, file] of files.entries()) {
		if (options.signal?.aborted) throw new UploadCancelled();
		const report = (loaded: number) =>
			options.onProgress?.({
				loaded: sent + Math.min(loaded, file.size),
				total,
				file: file.name,
				index,
				files: files.length
			});
		report(0);
		const request = send(urlFor(file), file, report);
		const abort = () => request.abort();
		options.signal?.addEventListener('abort', abort);
		try {
			const answer = await request.done;
			if (answer.status < 200 || answer.status >= 300)
				throw new UploadFailed(failureMessage(answer));
		} finally {
			options.signal?.removeEventListener('abort', abort);
		}
		report(file.size);
		sent += file.size;
	}
}
