import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUploadSweeps } from './upload-sweeps.server';
import { addUploadFile, createUpload, sweepUploads } from './uploads.server';

const HOUR = 60 * 60 * 1000;

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'parallax-sweeps-test-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

async function until(done: () => Promise<boolean>) {
	for (let i = 0; i < 500 && !(await done()); i++)
		await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('startUploadSweeps', () => {
	it('removes an upload left unused past the idle time by itself, and keeps a fresh one', async () => {
		const idle = await createUpload(root);
		const fresh = await createUpload(root);
		const now = Date.now();
		await utimes(join(root, idle), new Date(now - 3 * HOUR), new Date(now - 3 * HOUR));
		const removed: string[] = [];
		const timer = startUploadSweeps({
			everyMs: 20,
			idleMs: 2 * HOUR,
			root,
			now: () => now,
			onRemoved: (id) => removed.push(id)
		});
		try {
			// It does not keep the server's process alive.
			expect(timer.hasRef()).toBe(false);
			await until(async () => removed.length > 0);
			expect(removed).toEqual([idle]);
			expect(await readdir(root)).toEqual([fresh]);
		} finally {
			clearInterval(timer);
		}
	});
});

describe('sweepUploads', () => {
	it('leaves alone an upload whose file is still arriving, however old its folder', async () => {
		const id = await createUpload(root);
		let finish = () => {};
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('text\nhello\n'));
				finish = () => controller.close();
			}
		});
		const adding = addUploadFile(id, 'a.csv', body, { root });
		await until(async () => (await readdir(join(root, id))).length === 2);
		expect(await sweepUploads(Date.now() + 30 * HOUR, root, 2 * HOUR)).toEqual([]);
		finish();
		expect(await adding).toMatchObject({ name: 'a.csv', bytes: 11 });
	});
});
