// The upload endpoints over a real socket, as adapter-node serves them: who may start or change an
// upload, what an over-limit or over-quota file is told, and a cancel that lands mid-file.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { open, send, serve, type Received, type Served } from '$lib/server/testing/node-http';
import * as uploads from './uploads/+server';
import * as upload from './uploads/[id]/+server';

const previous = { TMPDIR: process.env.TMPDIR, quota: process.env.PARALLAX_UPLOAD_QUOTA };
let base: string;
let root: string;
let server: Served;

/** The routes under test, called as SvelteKit calls them. */
async function route(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const id = /^\/import\/uploads\/([^/]+)$/.exec(url.pathname)?.[1];
	const event = { request, url, params: { id }, platform: undefined } as never;
	if (url.pathname === '/import/uploads' && request.method === 'POST') return uploads.POST(event);
	if (id && request.method === 'PUT') return upload.PUT(event);
	if (id && request.method === 'DELETE') return upload.DELETE(event);
	return new Response('Not found', { status: 404 });
}

/** The page's own request headers: same-origin, with the app's header. */
const fromPage = { 'sec-fetch-site': 'same-origin' };

async function startUpload(): Promise<string> {
	const answer = await fetch(`${server.url}/import/uploads`, { method: 'POST', headers: fromPage });
	expect(answer.status).toBe(201);
	return ((await answer.json()) as { id: string }).id;
}

const bytes = (n: number) => new Uint8Array(n).fill(0x61);
const parsed = (received: Received) =>
	'error' in received ? received : { status: received.status, ...JSON.parse(received.body) };

beforeAll(async () => {
	base = await mkdtemp(join(tmpdir(), 'parallax-upload-api-'));
	// os.tmpdir() follows TMPDIR: the uploads go to a folder of this test's own.
	process.env.TMPDIR = base;
	root = join(base, 'parallax-uploads');
	process.env.PARALLAX_DB = join(base, 'parallax.db');
	server = await serve(route, 600 * 1024 * 1024);
});
afterAll(async () => {
	await server.close();
	process.env.TMPDIR = previous.TMPDIR;
	await rm(base, { recursive: true, force: true });
});
beforeEach(() => {
	delete process.env.PARALLAX_UPLOAD_QUOTA;
});
afterEach(async () => {
	process.env.PARALLAX_UPLOAD_QUOTA = previous.quota;
	await rm(root, { recursive: true, force: true });
});

describe('who may start and change an upload', () => {
	it('refuses a cross-site no-cors POST with 403 and makes no upload folder', async () => {
		const answer = await fetch(`${server.url}/import/uploads`, {
			method: 'POST',
			headers: {
				'content-type': 'text/plain',
				'sec-fetch-site': 'cross-site',
				'sec-fetch-mode': 'no-cors',
				origin: 'https://elsewhere.example'
			},
			body: 'x'
		});
		expect(answer.status).toBe(403);
		expect(((await answer.json()) as { message: string }).message).toBe(
			'Uploads are only taken from the Parallax import page.'
		);
		expect(existsSync(root) ? await readdir(root) : []).toEqual([]);
	});

	it.each([
		['a same-origin fetch', fromPage],
		['a matching Origin', { origin: 'ORIGIN' }],
		['curl (no browser headers)', {}]
	])('starts an upload for %s', async (_, headers) => {
		const given = Object.fromEntries(
			Object.entries(headers).map(([k, v]) => [k, v === 'ORIGIN' ? server.url : v])
		);
		const answer = await fetch(`${server.url}/import/uploads`, { method: 'POST', headers: given });
		expect(answer.status).toBe(201);
	});

	it('refuses a cross-site PUT or DELETE even with the upload id', async () => {
		const id = await startUpload();
		const crossSite = { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' };
		const put = await send(`${server.url}/import/uploads/${id}?name=a.csv`, 'PUT', bytes(10), {
			...crossSite,
			'content-length': 10
		});
		expect(parsed(put)).toMatchObject({ status: 403 });
		const removed = await fetch(`${server.url}/import/uploads/${id}`, {
			method: 'DELETE',
			headers: crossSite
		});
		expect(removed.status).toBe(403);
		expect(await readdir(join(root, id))).toEqual(['files.json']);
	});
});

describe('PUT over a limit', () => {
	it('answers a file declared over the upload limit with 413 and the limit, before its body', async () => {
		const id = await startUpload();
		const put = open(`${server.url}/import/uploads/${id}?name=big.csv`, 'PUT', {
			...fromPage,
			'content-type': 'application/octet-stream',
			'content-length': 600 * 1024 * 1024
		});
		await put.write(bytes(64 * 1024));
		const timeout = new Promise<Received>((resolve) =>
			setTimeout(() => resolve({ error: 'no answer within 5 s' }), 5_000)
		);
		const received = await Promise.race([put.received, timeout]);
		put.end();
		expect(parsed(received)).toEqual({
			status: 413,
			message:
				'big.csv is 600 MB; one import takes at most 500 MB in all. Import the files in smaller parts.'
		});
		expect(await readdir(join(root, id))).toEqual(['files.json']);
	});

	it('answers 413 with the quota and what to do when the uploads waiting would pass it', async () => {
		process.env.PARALLAX_UPLOAD_QUOTA = '1M';
		const first = await startUpload();
		const stored = await send(
			`${server.url}/import/uploads/${first}?name=a.csv`,
			'PUT',
			bytes(700_000),
			{
				...fromPage,
				'content-type': 'application/octet-stream',
				'content-length': 700_000
			}
		);
		expect(parsed(stored)).toMatchObject({ status: 201 });
		const second = await startUpload();
		const refused = await send(
			`${server.url}/import/uploads/${second}?name=b.csv`,
			'PUT',
			bytes(400_000),
			{
				...fromPage,
				'content-type': 'application/octet-stream',
				'content-length': 400_000
			}
		);
		expect(parsed(refused)).toEqual({
			status: 413,
			message:
				'Parallax keeps at most 1.0 MB of uploads waiting to be imported, and 684 kB are taken. Import or cancel the uploads waiting, or try again later: uploads left unused for 2 hours are removed.'
		});
		expect(await readdir(join(root, second))).toEqual(['files.json']);
	});
});

describe('DELETE during a PUT', () => {
	it('stops the write: the PUT gets a clean 410 naming no path, and the folder is gone', async () => {
		const id = await startUpload();
		const put = open(`${server.url}/import/uploads/${id}?name=a.csv`, 'PUT', {
			...fromPage,
			'content-type': 'application/octet-stream',
			'content-length': 4 * 1024 * 1024
		});
		await put.write(bytes(1024 * 1024));
		// Wait for the file to be on its way to disk, then cancel the upload.
		for (let i = 0; i < 200 && (await readdir(join(root, id))).length < 2; i++)
			await new Promise((resolve) => setTimeout(resolve, 10));
		const removed = await fetch(`${server.url}/import/uploads/${id}`, {
			method: 'DELETE',
			headers: fromPage
		});
		expect(removed.status).toBe(204);
		for (let i = 0; i < 3; i++) await put.write(bytes(1024 * 1024));
		put.end();
		const received = await put.received;
		expect(parsed(received)).toEqual({
			status: 410,
			message: 'The upload was cancelled while a.csv was being sent.'
		});
		expect('body' in received && received.body).not.toContain(base);
		expect(existsSync(join(root, id))).toBe(false);
	});
});
