import { mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	addUploadFile,
	cleanFileName,
	createUpload,
	listUpload,
	uploadPaths,
	removeUpload,
	sweepUploads,
	UPLOAD_LIFETIME_MS,
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
		await addUploadFile(id, 'a.csv', body('text\nhello\n'), root);
		await addUploadFile(id, 'C:\\exports\\b.json', body('[]'), root);
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
		await expect(addUploadFile(id, name, body('x'), root)).rejects.toEqual(
			new UploadError(status, message)
		);
	});

	it('refuses a second file of the same name', async () => {
		const id = await createUpload(root);
		await addUploadFile(id, 'a.csv', body('x'), root);
		await expect(addUploadFile(id, 'a.csv', body('y'), root)).rejects.toMatchObject({
			status: 409,
			message: 'a.csv is already in this upload.'
		});
	});

	it('refuses bytes past the limit over all files and keeps nothing of the refused file', async () => {
		const id = await createUpload(root);
		await addUploadFile(id, 'a.csv', body('12345'), root, 8);
		await expect(addUploadFile(id, 'b.csv', body('67890'), root, 8)).rejects.toMatchObject({
			status: 413
		});
		expect((await listUpload(id, root)).map((f) => f.name)).toEqual(['a.csv']);
		expect((await readdir(join(root, id))).sort()).toEqual(['001.csv', 'files.json']);
	});

	it('keeps nothing of a file whose connection drops midway', async () => {
		const id = await createUpload(root);
		await expect(addUploadFile(id, 'a.csv', broken(), root)).rejects.toMatchObject({
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
		await expect(addUploadFile(id, 'a.csv', limited, root)).rejects.toEqual(
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
			message: 'This upload is gone (cancelled, imported or over a day old).'
		});
	});

	it('sweeps uploads older than a day and keeps younger ones', async () => {
		const old = await createUpload(root);
		const young = await createUpload(root);
		const now = Date.now();
		const past = new Date(now - UPLOAD_LIFETIME_MS - 60_000);
		await utimes(join(root, old), past, past);
		expect(await sweepUploads(now, root)).toEqual([old]);
		expect(await readdir(root)).toEqual([young]);
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
