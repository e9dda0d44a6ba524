// Files waiting to be imported: one folder per upload under the system's temp folder (never in the
// repository), streamed to disk as they arrive, removed on commit or cancel and after 24 hours.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import {
	ACCEPTED_EXTENSIONS,
	extensionOf,
	formatBytes,
	MAX_UPLOAD_BYTES
} from '$lib/import-ui/files';

/** Uploads older than this are removed by the next sweep, whatever became of them. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

const MANIFEST = 'files.json';
const ID = /^[0-9a-f]{32}$/;

/** A refusal with the HTTP status that fits it and a message for the user. */
export class UploadError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
		this.name = 'UploadError';
	}
}

/** A stored file: the name the user gave it, where it is in the folder, its size. */
export interface UploadedFile {
	name: string;
	stored: string;
	bytes: number;
}

export function uploadRoot(): string {
	return join(tmpdir(), 'parallax-uploads');
}

function folderOf(root: string, id: string): string {
	if (!ID.test(id)) throw new UploadError(404, 'There is no such upload.');
	return join(root, id);
}

async function manifestOf(folder: string): Promise<UploadedFile[]> {
	try {
		return JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as UploadedFile[];
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			throw new UploadError(404, 'This upload is gone (cancelled, imported or over a day old).');
		throw error;
	}
}

/** Starts an upload: a new empty folder with a random id nobody can guess. */
export async function createUpload(root = uploadRoot()): Promise<string> {
	const id = randomBytes(16).toString('hex');
	const folder = join(root, id);
	await mkdir(folder, { recursive: true });
	await writeFile(join(folder, MANIFEST), '[]');
	return id;
}

/** The name a user gave a file, as it may be shown: its last path part, without control characters. */
export function cleanFileName(name: string): string {
	// eslint-disable-next-line no-control-regex
	const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
	return base.slice(0, 200);
}

/**
 * Streams one file's bytes into the upload's folder. Refuses names the import does not read, a
 * second file of the same name, and anything past the upload's size limit; a file that does not
 * arrive whole (refused, or the client gone) leaves nothing behind.
 */
export async function addUploadFile(
	id: string,
	name: string,
	body: ReadableStream<Uint8Array> | null,
	root = uploadRoot(),
	limit = MAX_UPLOAD_BYTES
): Promise<UploadedFile> {
	const folder = folderOf(root, id);
	const files = await manifestOf(folder);
	const clean = cleanFileName(name);
	if (!clean) throw new UploadError(400, 'The file has no name.');
	if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(clean)))
		throw new UploadError(
			415,
			`${clean} is not a file Parallax imports (it reads ${ACCEPTED_EXTENSIONS.join(', ')}).`
		);
	if (files.some((file) => file.name === clean))
		throw new UploadError(409, `${clean} is already in this upload.`);
	if (!body) throw new UploadError(400, `${clean} arrived empty.`);
	const already = files.reduce((sum, file) => sum + file.bytes, 0);
	const stored = `${String(files.length + 1).padStart(3, '0')}${extensionOf(clean)}`;
	const path = join(folder, stored);
	let bytes = 0;
	const count = new Transform({
		transform(chunk: Buffer, _encoding, next) {
			bytes += chunk.length;
			if (already + bytes > limit)
				next(
					new UploadError(
						413,
						`The files come to more than ${formatBytes(limit)}; one import takes at most that.`
					)
				);
			else next(null, chunk);
		}
	});
	try {
		await pipeline(
			Readable.fromWeb(body as WebReadableStream<Uint8Array>),
			count,
			createWriteStream(path)
		);
	} catch (error) {
		await rm(path, { force: true });
		if (error instanceof UploadError) throw error;
		// The server's own request limit (adapter-node's BODY_SIZE_LIMIT) says 413 with its figures.
		if ((error as { status?: number }).status === 413)
			throw new UploadError(
				413,
				`${clean} is more than this server accepts in one request (${(error as Error).message}); start it with BODY_SIZE_LIMIT=600M`
			);
		throw new UploadError(400, `${clean} did not arrive whole; send it again.`);
	}
	const file = { name: clean, stored, bytes };
	await writeFile(join(folder, MANIFEST), JSON.stringify([...files, file]));
	return file;
}

/** The upload's files as the import reads them: each one's name and where it is on disk. */
export async function uploadPaths(
	id: string,
	root = uploadRoot()
): Promise<{ name: string; path: string }[]> {
	const folder = folderOf(root, id);
	const files = await manifestOf(folder);
	return files.map((file) => ({ name: file.name, path: join(folder, file.stored) }));
}

/** The upload's files, without reading them. */
export async function listUpload(id: string, root = uploadRoot()): Promise<UploadedFile[]> {
	return manifestOf(folderOf(root, id));
}

/** Removes an upload and its files; removing one that is gone is not an error. */
export async function removeUpload(id: string, root = uploadRoot()): Promise<void> {
	await rm(folderOf(root, id), { recursive: true, force: true });
}

/** Removes uploads last touched more than a day before `now`; returns the ids removed. */
export async function sweepUploads(now = Date.now(), root = uploadRoot()): Promise<string[]> {
	let entries: string[];
	try {
		entries = await readdir(root);
	} catch {
		return [];
	}
	const removed: string[] = [];
	for (const entry of entries) {
		if (!ID.test(entry)) continue;
		const folder = join(root, entry);
		const info = await stat(folder).catch(() => null);
		if (info && now - info.mtimeMs > UPLOAD_LIFETIME_MS) {
			await rm(folder, { recursive: true, force: true });
			removed.push(entry);
		}
	}
	return removed;
}
