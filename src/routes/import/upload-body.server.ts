// A request body written to a file as it arrives. A body that is refused midway (too big, the
// upload cancelled) is still read to its end and dropped: cutting the request instead resets the
// connection, and the browser or curl then shows a network error rather than the refusal.
import { open, rm } from 'node:fs/promises';
import { MAX_UPLOAD_BYTES } from '$lib/import-ui/files';

/** Bytes read and dropped after a refusal at most; past them the connection is cut after all. */
export const DISCARD_BYTES = MAX_UPLOAD_BYTES;

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, most: number) {
	let dropped = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return;
			dropped += value.length;
			if (dropped > most) {
				await reader.cancel();
				return;
			}
		}
	} catch {
		// The client went away, or the server's own limit ended the body: nothing more to read.
	}
}

/** Reads and drops a body nobody will store (in the background), so its sender gets the answer. */
export function discardBody(body: ReadableStream<Uint8Array> | null, most = DISCARD_BYTES): void {
	if (body && !body.locked) void discardRest(body.getReader(), most);
}

/** The body broke off before its end (the client went away, or the server's own limit ended it). */
export class BodyBroken extends Error {
	constructor(readonly cause: unknown) {
		super('The request body broke off.');
		this.name = 'BodyBroken';
	}
}

export interface WriteBodyOptions {
	/** Called with the bytes so far before each part is written; throws to refuse the body. */
	check: (bytes: number) => void;
	/** Aborting stops the write at once: the promise rejects with the signal's reason. */
	signal: AbortSignal;
}

/**
 * Writes `body` to a new file at `path` and resolves with its size. On any failure the file is
 * removed and the promise rejects with the cause: BodyBroken when the body broke off, `check`'s
 * refusal, the signal's reason, or the file system's error.
 */
export async function writeBody(
	body: ReadableStream<Uint8Array>,
	path: string,
	{ check, signal }: WriteBodyOptions
): Promise<number> {
	// Opened first: a file that cannot be made leaves the body unread, for the caller to read out.
	const file = await open(path, 'wx');
	const reader = body.getReader();
	const aborted = new Promise<never>((_, reject) => {
		if (signal.aborted) reject(signal.reason);
		signal.addEventListener('abort', () => reject(signal.reason), { once: true });
	});
	aborted.catch(() => {});
	let broken = false;
	let ended = false;
	const read = () =>
		reader.read().catch((error: unknown) => {
			broken = true;
			throw new BodyBroken(error);
		});
	let bytes = 0;
	try {
		for (;;) {
			const next = await Promise.race([read(), aborted]);
			if (next.done) {
				ended = true;
				break;
			}
			bytes += next.value.length;
			check(bytes);
			await Promise.race([file.write(next.value), aborted]);
		}
		await file.close();
		return bytes;
	} catch (error) {
		await file.close().catch(() => {});
		await rm(path, { force: true });
		if (!broken && !ended) void discardRest(reader, DISCARD_BYTES);
		throw error;
	}
}
