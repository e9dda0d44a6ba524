import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { send, serve } from '$lib/server/testing/node-http';
import {
	addUploadFile,
	cleanFileName,
	createUpload,
	listUpload,
	uploadPaths,
	removeUpload,
	sweepUploads,
	UploadError
} from './uploads.server';

const body = (text: string) => new Blob([text]).stream();

/** A body that sends some bytes, then fails as a dropped connection does. */
function broken(): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(new TextEncoder().encode('text\nhalf'));
			controller.error(new Error('connection reset'));
		}
	});
}

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'parallax-uploads-test-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('uploads', () => {
	it('stores files under their names and reads them back byte for byte', async () => {
		const id = await createUpload(root);
		expect(id).toMatch(/^[0-9a-f]{32}$/);
		await addUploadFile(id, 'a.csv', body('text\nhello\n'), { root });
		await addUploadFile(id, 'C:\\exports\\b.json', body('[]'), { root });
		expect(await listUpload(id, root)).toEqual([
			{ name: 'a.csv', stored: '001.csv', bytes: 11 },
			{ name: 'b.json', stored: '002.json', bytes: 2 }
		]);
		const files = await uploadPaths(id, root);
		const read = await Promise.all(
			files.map(async (f) => [f.name, await readFile(f.path, 'utf8')])
		);
		expect(read).toEqual([
			['a.csv', 'text\nhello\n'],
			['b.json', '[]']
		]);
	});

	it.each([
		[
			'notes.docx',
			415,
			'notes.docx is not a file Parallax imports (it reads .csv, .tsv, .json, .jsonl, .txt, .zip).'
		],
		['', 400, 'The file has no name.']
	])('refuses a file named %j with status %i', async (name, status, message) => {
		const id = await createUpload(root);
		await expect(addUploadFile(id, name, body('x'), { root })).rejects.toEqual(
			new UploadError(status, message)
		);
	});

	it('refuses a second file of the same name', async () => {
		const id = await createUpload(root);
		await addUploadFile(id, 'a.csv', body('x'), { root });
		await expect(addUploadFile(id, 'a.csv', body('y'), { root })).rejects.toMatchObject({
			status: 409,
			message: 'a.csv is already in this upload.'
		});
	});

	it('refuses bytes past the limit over all files and keeps nothing of the refused file', async () => {
		const id = await createUpload(root);
		await addUploadFile(id, 'a.csv', body('12345'), { root, limit: 8 });
		await expect(
			addUploadFile(id, 'b.csv', body('67890'), { root, limit: 8 })
		).rejects.toMatchObject({
			status: 413
		});
		expect((await listUpload(id, root)).map((f) => f.name)).toEqual(['a.csv']);
		expect((await readdir(join(root, id))).sort()).toEqual(['001.csv', 'files.json']);
	});

	it('answers a body that runs past the limit with 413 and the limit, not a reset', async () => {
		const id = await createUpload(root);
		const server = await serve(
			async (request) => {
				try {
					await addUploadFile(id, 'a.csv', request.body, { root, limit: 1024 * 1024 });
					return Response.json({}, { status: 201 });
				} catch (error) {
					const { status, message } = error as UploadError;
					return Response.json({ message }, { status });
				}
			},
			600 * 1024 * 1024
		);
		try {
			// Chunked, with no length to check first: the limit is found while the bytes stream.
			const received = await send(`${server.url}/`, 'PUT', new Uint8Array(3 * 1024 * 1024), {
				'content-type': 'application/octet-stream'
			});
			expect(received).toEqual({
				status: 413,
				body: JSON.stringify({
					message: 'The files come to more than 1.0 MB; one import takes at most that.'
				})
			});
			expect(await readdir(join(root, id))).toEqual(['files.json']);
		} finally {
			await server.close();
		}
	});

	it('keeps nothing of a file whose connection drops midway', async () => {
		const id = await createUpload(root);
		await expect(addUploadFile(id, 'a.csv', broken(), { root })).rejects.toMatchObject({
			status: 400,
			message: 'a.csv did not arrive whole; send it again.'
		});
		expect(await readdir(join(root, id))).toEqual(['files.json']);
	});

	it('says when the server refuses a body over its own request limit', async () => {
		const id = await createUpload(root);
		const limited = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.error(
					Object.assign(new Error('Content-length of 9 exceeds limit of 4 bytes.'), { status: 413 })
				);
			}
		});
		await expect(addUploadFile(id, 'a.csv', limited, { root })).rejects.toEqual(
			new UploadError(
				413,
				'a.csv is more than this server accepts in one request (Content-length of 9 exceeds limit of 4 bytes.); start it with BODY_SIZE_LIMIT=600M'
			)
		);
	});

	it.each(['../etc', 'abc', '0123456789abcdef0123456789ABCDEF'])(
		'answers 404 for an id that is not one it made: %s',
		async (id) => {
			await expect(listUpload(id, root)).rejects.toMatchObject({ status: 404 });
		}
	);

	it('forgets a removed upload, and removing it again is no error', async () => {
		const id = await createUpload(root);
		await removeUpload(id, root);
		await removeUpload(id, root);
		await expect(listUpload(id, root)).rejects.toMatchObject({
			status: 404,
			message: 'This upload is gone (cancelled, imported, or removed after being left unused).'
		});
	});

	it('sweeps uploads left unused for more than two hours and keeps one used an hour ago', async () => {
		const idle = await createUpload(root);
		const fresh = await createUpload(root);
		const now = Date.now();
		const hours = (n: number) => new Date(now - n * 60 * 60 * 1000);
		await utimes(join(root, idle), hours(3), hours(3));
		await utimes(join(root, fresh), hours(1), hours(1));
		expect(await sweepUploads(now, root)).toEqual([idle]);
		expect(await readdir(root)).toEqual([fresh]);
	});

	it('sweeps nothing when there is no upload folder yet', async () => {
		expect(await sweepUploads(Date.now(), join(root, 'missing'))).toEqual([]);
	});
});

describe('cleanFileName', () => {
	it.each([
		['a.csv', 'a.csv'],
		['/home/me/x.tsv', 'x.tsv'],
		['C:\\Users\\me\\y.json', 'y.json'],
		['bad\u0000name\n.csv', 'badname.csv'],
		['  spaced.csv  ', 'spaced.csv']
	])('shows %j as %j', (name, expected) => {
		expect(cleanFileName(name)).toBe(expected);
	});
});
