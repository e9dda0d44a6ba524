// Files waiting to be imported: one folder per upload under the system's temp folder (never in the
// repository), streamed to disk as they arrive, removed on commit or cancel, and swept once left
// unused for a while. All uploads together stay under a disk quota; a file being written is known,
// so cancelling its upload stops the write and a sweep leaves it alone.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	ACCEPTED_EXTENSIONS,
	extensionOf,
	formatBytes,
	MAX_UPLOAD_BYTES
} from '$lib/import-ui/files';
import { DEFAULT_SETTINGS, idleWords } from './settings.server';
import { BodyBroken, discardBody, writeBody } from './upload-body.server';

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

/** A file being written: its upload's folder aborts it on removal and waits for it to let go. */
interface Write {
	controller: AbortController;
	/** The bytes it announced (Content-Length), kept for it in the quota; 0 when unknown. */
	declared: number;
	written: number;
	done: Promise<void>;
}

const writing = new Map<string, Write>();
const removing = new Set<string>();

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
			throw new UploadError(
				404,
				'This upload is gone (cancelled, imported, or removed after being left unused).'
			);
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

/** Marks the upload as in use now: the sweep measures how long it was left from here. */
export async function touchUpload(id: string, root = uploadRoot(), now = new Date()) {
	await utimes(folderOf(root, id), now, now).catch(() => {});
}

/** The name a user gave a file, as it may be shown: its last path part, without control characters. */
export function cleanFileName(name: string): string {
	// eslint-disable-next-line no-control-regex
	const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
	return base.slice(0, 200);
}

/**
 * The disk all uploads under `root` take, with what files being written have announced beyond what
 * they have written so far; `except` is a write left out of the count (its own).
 */
export async function spaceTaken(root = uploadRoot(), except?: Write): Promise<number> {
	let total = 0;
	for (const entry of await readdir(root).catch(() => [] as string[])) {
		if (!ID.test(entry)) continue;
		const folder = join(root, entry);
		for (const name of await readdir(folder).catch(() => [] as string[]))
			total += (await stat(join(folder, name)).catch(() => null))?.size ?? 0;
		const write = writing.get(folder);
		if (write && write !== except) total += Math.max(0, write.declared - write.written);
	}
	return total;
}

export interface AddFileOptions {
	root?: string;
	/** One upload's files in all take at most this. */
	limit?: number;
	/** All uploads together take at most this. */
	quota?: number;
	/** The length the request announced (Content-Length), checked before any byte is read. */
	declared?: number;
	/** For the quota's message: how long an unused upload is kept. */
	idleMs?: number;
}

/**
 * Streams one file's bytes into the upload's folder. Refuses names the import does not read, a
 * second file of the same name, a file while another of the upload is arriving, and anything past
 * the upload's limit or the quota (before the body when its length is announced). A file that does
 * not arrive whole (refused, cancelled, or the client gone) leaves nothing behind, and a refused
 * body is read to its end so its sender gets the answer.
 */
export async function addUploadFile(
	id: string,
	name: string,
	body: ReadableStream<Uint8Array> | null,
	options: AddFileOptions = {}
): Promise<UploadedFile> {
	try {
		const folder = folderOf(options.root ?? uploadRoot(), id);
		const clean = cleanFileName(name);
		if (writing.has(folder))
			throw new UploadError(
				409,
				`Another file of this upload is still arriving; send ${clean || 'this one'} after it.`
			);
		let settle = () => {};
		const write: Write = {
			controller: new AbortController(),
			declared: Math.max(0, options.declared ?? 0),
			written: 0,
			done: new Promise((resolve) => (settle = resolve))
		};
		writing.set(folder, write);
		try {
			return await storeFile(folder, clean, body, write, options);
		} finally {
			writing.delete(folder);
			settle();
		}
	} finally {
		// Refused before its first byte was read: read it out all the same.
		discardBody(body);
	}
}

async function storeFile(
	folder: string,
	clean: string,
	body: ReadableStream<Uint8Array> | null,
	write: Write,
	options: AddFileOptions
): Promise<UploadedFile> {
	if (removing.has(folder)) throw cancelled(clean);
	const files = await manifestOf(folder);
	if (!clean) throw new UploadError(400, 'The file has no name.');
	if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(clean)))
		throw new UploadError(
			415,
			`${clean} is not a file Parallax imports (it reads ${ACCEPTED_EXTENSIONS.join(', ')}).`
		);
	if (files.some((file) => file.name === clean))
		throw new UploadError(409, `${clean} is already in this upload.`);
	if (!body) throw new UploadError(400, `${clean} arrived empty.`);
	const limit = options.limit ?? MAX_UPLOAD_BYTES;
	const quota = options.quota ?? Infinity;
	const already = files.reduce((sum, file) => sum + file.bytes, 0);
	if (write.declared > 0 && already + write.declared > limit)
		throw new UploadError(
			413,
			already === 0
				? `${clean} is ${formatBytes(write.declared)}; one import takes at most ${formatBytes(limit)} in all. Import the files in smaller parts.`
				: `With ${clean} (${formatBytes(write.declared)}) this import would come to ${formatBytes(already + write.declared)}; one import takes at most ${formatBytes(limit)} in all. Import the files in smaller parts.`
		);
	// What the other uploads take: this file is checked against what is left.
	const taken = quota === Infinity ? 0 : await spaceTaken(options.root ?? uploadRoot(), write);
	const full = () =>
		new UploadError(
			413,
			`Parallax keeps at most ${formatBytes(quota)} of uploads waiting to be imported, and ${formatBytes(taken)} are taken. Import or cancel the uploads waiting, or try again later: uploads left unused for ${idleWords(options.idleMs ?? DEFAULT_SETTINGS.uploadIdleMs)} are removed.`
		);
	if (taken + write.declared > quota) throw full();
	const stored = `${String(files.length + 1).padStart(3, '0')}${extensionOf(clean)}`;
	let bytes: number;
	try {
		bytes = await writeBody(body, join(folder, stored), {
			signal: write.controller.signal,
			check: (bytes) => {
				if (already + bytes > limit)
					throw new UploadError(
						413,
						`The files come to more than ${formatBytes(limit)}; one import takes at most that.`
					);
				if (taken + bytes > quota) throw full();
				write.written = bytes;
			}
		});
	} catch (error) {
		if (write.controller.signal.aborted) throw cancelled(clean);
		if (!(error instanceof BodyBroken)) throw error;
		// The server's own request limit (adapter-node's BODY_SIZE_LIMIT) says 413 with its figures.
		const cause = error.cause as { status?: number; message?: string };
		if (cause?.status === 413)
			throw new UploadError(
				413,
				`${clean} is more than this server accepts in one request (${cause.message}); start it with BODY_SIZE_LIMIT=600M`
			);
		throw new UploadError(400, `${clean} did not arrive whole; send it again.`);
	}
	if (write.controller.signal.aborted) throw cancelled(clean);
	const file = { name: clean, stored, bytes };
	await writeFile(join(folder, MANIFEST), JSON.stringify([...files, file]));
	await utimes(folder, new Date(), new Date());
	return file;
}

function cancelled(name: string): UploadError {
	return new UploadError(410, `The upload was cancelled while ${name || 'a file'} was being sent.`);
}

/** The upload's files as the import reads them (each one's name and where it is on disk). */
export async function uploadPaths(
	id: string,
	root = uploadRoot()
): Promise<{ name: string; path: string }[]> {
	const folder = folderOf(root, id);
	const files = await manifestOf(folder);
	await touchUpload(id, root);
	return files.map((file) => ({ name: file.name, path: join(folder, file.stored) }));
}

/** The upload's files, without reading them. */
export async function listUpload(id: string, root = uploadRoot()): Promise<UploadedFile[]> {
	return manifestOf(folderOf(root, id));
}

/**
 * Removes an upload and its files; a file being written to it is stopped first (its request
 * answers 410). Removing one that is gone is not an error.
 */
export async function removeUpload(id: string, root = uploadRoot()): Promise<void> {
	const folder = folderOf(root, id);
	removing.add(folder);
	try {
		const write = writing.get(folder);
		if (write) {
			write.controller.abort(new Error('The upload was removed.'));
			await write.done;
		}
		await rm(folder, { recursive: true, force: true });
	} finally {
		removing.delete(folder);
	}
}

/**
 * Removes the uploads under `root` unused for longer than `idleMs` before `now` (a file still
 * arriving counts as use); returns the ids removed.
 */
export async function sweepUploads(
	now = Date.now(),
	root = uploadRoot(),
	idleMs = DEFAULT_SETTINGS.uploadIdleMs
): Promise<string[]> {
	const removed: string[] = [];
	for (const entry of await readdir(root).catch(() => [] as string[])) {
		if (!ID.test(entry) || writing.has(join(root, entry))) continue;
		const info = await stat(join(root, entry)).catch(() => null);
		if (info && now - info.mtimeMs > idleMs) {
			await removeUpload(entry, root);
			removed.push(entry);
		}
	}
	return removed;
}
