// The store as a user lives with it: restarts, a deleted database, a file that is not ours.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning, startServer, type RunningServer } from './server-process';

const PORT = 4180;
let dir: string;
/** Servers a test started; stopped after it even when an assertion fails, so the port is free. */
let running: RunningServer[] = [];

test.beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-lifecycle-'));
});

test.afterEach(async () => {
	await Promise.all(running.map((server) => server.stop()));
	running = [];
	rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<RunningServer> {
	const server = await startServer(env, PORT);
	if (!isRunning(server)) throw new Error(`server exited (${server.code}):\n${server.output}`);
	running.push(server);
	return server;
}

function articleCount(dbPath: string): number {
	const db = new Database(dbPath, { readonly: true });
	try {
		return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
	} finally {
		db.close();
	}
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('restarting keeps exactly five articles, and a deleted database is rebuilt from the seeds', async ({
	page
}) => {
	const db = join(dir, 'store', 'parallax.db');
	for (const round of ['first start', 'restart']) {
		const server = await start({ PARALLAX_DB: db });
		await page.goto(new URL('articles', server.url).href);
		await expect(page.locator('tbody tr'), round).toHaveCount(5);
		await server.stop();
		expect(articleCount(db), round).toBe(5);
	}
	rmSync(db);
	rmSync(`${db}-wal`, { force: true });
	rmSync(`${db}-shm`, { force: true });
	const server = await start({ PARALLAX_DB: db });
	expect(server.output()).toContain('imported the seed corpus (5 articles');
	await page.goto(new URL('articles', server.url).href);
	await expect(page.locator('tbody tr')).toHaveCount(5);
	await server.stop();
});

test('a file that is not a database stops the server with its name and is left untouched', async () => {
	const db = join(dir, 'notes.db');
	writeFileSync(db, 'These are my notes, not a database.\n');
	const before = sha256(db);
	const result = await startServer({ PARALLAX_DB: db }, PORT);
	expect(isRunning(result)).toBe(false);
	if (isRunning(result)) return;
	expect(result.code).toBe(1);
	expect(result.output).toContain(`Cannot use the database ${db}: it is not a SQLite database`);
	expect(sha256(db)).toBe(before);
	expect(readdirSync(dir)).toEqual(['notes.db']);
});

test("another application's SQLite database is refused, not migrated", async () => {
	const db = join(dir, 'other.db');
	const foreign = new Database(db);
	foreign.exec(
		'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);'
	);
	foreign.close();
	const before = sha256(db);
	const result = await startServer({ PARALLAX_DB: db }, PORT);
	expect(isRunning(result)).toBe(false);
	if (isRunning(result)) return;
	expect(result.code).toBe(1);
	expect(result.output).toContain('it is a SQLite database of another application');
	expect(sha256(db)).toBe(before);
});

test('article text is shown as text: markup in an article never becomes HTML', async ({ page }) => {
	const seeds = join(dir, 'seeds');
	mkdirSync(seeds);
	const hostile =
		'A headline <img src=x onerror="window.__pwned=1"> here\n\n<script>window.__pwned=2</script> and <b>bold</b> claims.\n';
	writeFileSync(join(seeds, 'hostile.txt'), hostile);
	writeFileSync(
		join(seeds, 'manifest.csv'),
		'file,outlet,published,date_precision\nhostile.txt,<i>Outlet</i>,2020-01-02,day\n'
	);
	const server = await start({ PARALLAX_DB: join(dir, 'p.db'), PARALLAX_SEEDS: seeds });
	// The views that show outlet names and quotes render them as text too.
	for (const view of ['', 'compare']) {
		await page.goto(new URL(view, server.url).href);
		await expect(page.locator('main')).toContainText('<i>Outlet</i>');
		await expect(page.locator('main img, main script, main b, main i')).toHaveCount(0);
	}
	await page.goto(new URL('articles', server.url).href);
	await expect(page.locator('tbody .outlet')).toHaveText('<i>Outlet</i>');
	await page.locator('tbody a').first().click();
	await expect(page.getByTestId('article-text')).toHaveText(hostile);
	await expect(page.locator('main img, main script, main b, main i')).toHaveCount(0);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	await server.stop();
});
