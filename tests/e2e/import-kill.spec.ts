// The import as one transaction, tried the hard way: the server is killed while it writes a large
// corpus uploaded through the import endpoints, and the store must be exactly as it was.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { peekFromAnotherProcess } from '../../src/lib/server/testing/peek-store';
import { isRunning, startServer, type RunningServer } from './server-process';

const PORT = 4181;
let dir: string;
let running: RunningServer | null = null;

test.beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-import-kill-'));
});

test.afterEach(async () => {
	await running?.stop();
	running = null;
	rmSync(dir, { recursive: true, force: true });
});

async function start(db: string): Promise<RunningServer> {
	const server = await startServer({ PARALLAX_DB: db }, PORT);
	if (!isRunning(server)) throw new Error(`server exited (${server.code}):\n${server.output}`);
	running = server;
	return server;
}

function storeState(db: string) {
	const store = new Database(db, { readonly: true });
	try {
		return {
			integrity: store.pragma('integrity_check', { simple: true }),
			corpora: store.prepare('SELECT slug FROM corpora ORDER BY id').pluck().all(),
			articles: store.prepare('SELECT count(*) FROM articles').pluck().get(),
			outlets: store.prepare('SELECT count(*) FROM outlets').pluck().get()
		};
	} finally {
		store.close();
	}
}

test('killing the server while it writes an uploaded corpus leaves the store as it was', async () => {
	test.setTimeout(120_000);
	const db = join(dir, 'parallax.db');
	let server = await start(db);
	// A first request opens the store with the seed corpus; that is the state to keep.
	expect((await fetch(`${server.url}/articles`)).status).toBe(200);

	const lines = ['id,outlet,date,text'];
	for (let i = 0; i < 200_000; i++)
		lines.push(
			`${i},Outlet ${i % 15},2017-02-${String(1 + (i % 28)).padStart(2, '0')},"Article ${i}: Moscow said the strikes in Syria would go on; Washington said it would not cooperate."`
		);
	await server.stop();
	running = null;

	// The state before the import, read with the server stopped so the WAL is checkpointed.
	const before = storeState(db);
	expect(before.corpora).toEqual(['seeds']);

	server = await start(db);
	const upload = (await (
		await fetch(`${server.url}/import/uploads`, { method: 'POST' })
	).json()) as {
		id: string;
	};
	const put = await fetch(`${server.url}/import/uploads/${upload.id}?name=big.csv`, {
		method: 'PUT',
		headers: { 'content-type': 'application/octet-stream' },
		body: lines.join('\n')
	});
	expect(put.status).toBe(201);
	const review = await fetch(`${server.url}/import/uploads/${upload.id}/review`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ files: {} })
	});
	// The files are read in a worker: the answer comes at once, and the server goes on answering.
	expect(review.status).toBe(202);
	expect(await review.json()).toMatchObject({ state: 'reading' });
	expect((await fetch(`${server.url}/corpora`)).status).toBe(200);
	const states: { state: string; progress?: { rows: number } | null }[] = [];
	await expect
		.poll(
			async () => {
				const answer = await fetch(`${server.url}/import/uploads/${upload.id}/review`);
				const status = (await answer.json()) as (typeof states)[number];
				states.push(status);
				return status.state;
			},
			{ timeout: 60_000, intervals: [50] }
		)
		.toBe('ready');
	expect(states.some((status) => (status.progress?.rows ?? 0) > 0)).toBe(true);
	const walBefore = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
	const commit = fetch(`${server.url}/import/uploads/${upload.id}/commit`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'Big', files: {} })
	}).catch((error: unknown) => error);

	// Kill it once the transaction has written a few megabytes, well before 200,000 rows.
	await expect
		.poll(() => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0), {
			timeout: 60_000,
			intervals: [5]
		})
		.toBeGreaterThan(walBefore + 4 * 1024 * 1024);
	server.process.kill('SIGKILL');
	await new Promise((done) => server.process.once('exit', done));
	running = null;
	expect(await commit).toBeInstanceOf(Error);

	expect(storeState(db)).toEqual(before);

	// And the dashboard starts again on it, with the seed corpus alone.
	server = await start(db);
	const corpora = await (await fetch(`${server.url}/corpora`)).text();
	expect(corpora).toContain('Seed corpus');
	expect(corpora).not.toContain('>Big<');
});

test('a write the server acknowledged survives kill -9 after another program read the store during a review', async () => {
	test.setTimeout(60_000);
	const db = join(dir, 'parallax.db');
	let server = await start(db);
	expect((await fetch(`${server.url}/articles`)).status).toBe(200);
	await server.stop();
	server = await start(db);

	// A review starts an import worker, which opens the store a second time in the same process.
	const { id } = (await (
		await fetch(`${server.url}/import/uploads`, { method: 'POST' })
	).json()) as {
		id: string;
	};
	const base = `${server.url}/import/uploads/${id}`;
	const put = await fetch(`${base}?name=small.csv`, {
		method: 'PUT',
		headers: { 'content-type': 'application/octet-stream' },
		body: 'id,outlet,text\n1,Wire,Moscow urged Washington to cooperate in Syria.\n'
	});
	expect(put.status).toBe(201);
	await fetch(`${base}/review`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ files: {} })
	});
	await expect
		.poll(async () => ((await (await fetch(`${base}/review`)).json()) as { state: string }).state)
		.toBe('ready');

	// An analyst reads the store with another program, which closes it again.
	expect(peekFromAnotherProcess(db, 'articles')).toBe(0);
	expect(existsSync(`${db}-wal`)).toBe(true);

	const created = await fetch(`${server.url}/briefings?/create`, {
		method: 'POST',
		headers: {
			origin: server.url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: 'name=Kept+through+a+crash',
		redirect: 'manual'
	});
	expect(created.status).toBe(303);
	server.process.kill('SIGKILL');
	await new Promise((done) => server.process.once('exit', done));
	running = null;

	server = await start(db);
	expect(await (await fetch(`${server.url}/briefings`)).text()).toContain('Kept through a crash');
});
