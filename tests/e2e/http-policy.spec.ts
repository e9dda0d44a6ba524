// The server's front door, tried as an attacker would: a page on another domain that resolves to
// 127.0.0.1 (DNS rebinding) and a cross-site form post get nothing, and every response carries
// the security headers.
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { isRunning, startServer, type RunningServer } from './server-process';

const PORT = 4182;
let dir: string;
let server: RunningServer;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-http-policy-'));
	const started = await startServer({ PARALLAX_DB: join(dir, 'parallax.db') }, PORT);
	if (!isRunning(started)) throw new Error(`server exited (${started.code}):\n${started.output}`);
	server = started;
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

/** A request with any Host header, as curl sends it (fetch will not forge Host). */
function send(path: string, method: string, headers: Record<string, string>, body = '') {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
		(done, fail) => {
			const req = httpRequest(
				{ host: '127.0.0.1', port: PORT, path, method, headers },
				(response) => {
					let text = '';
					response.setEncoding('utf8');
					response.on('data', (chunk: string) => (text += chunk));
					response.on('end', () =>
						done({ status: response.statusCode ?? 0, headers: response.headers, body: text })
					);
				}
			);
			req.on('error', fail);
			req.end(body);
		}
	);
}

const seedsListed = async () =>
	(await send('/corpora', 'GET', { host: `127.0.0.1:${PORT}` })).body.includes('Seed corpus');

test('a forged Host with a matching Origin cannot delete a corpus, nor read a page', async () => {
	expect(await seedsListed()).toBe(true);
	const evil = `evil.example:${PORT}`;
	const deleted = await send(
		'/corpora/seeds/delete',
		'POST',
		{
			host: evil,
			origin: `http://${evil}`,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		''
	);
	expect(deleted.status).toBe(403);
	expect(deleted.body).toContain('does not answer to the host name "evil.example"');
	expect((await send('/', 'GET', { host: evil })).status).toBe(403);
	expect(await seedsListed()).toBe(true);
});

test('a cross-site post with no content type is refused before it reaches the app', async () => {
	const created = await send('/import/uploads', 'POST', {
		host: `127.0.0.1:${PORT}`,
		origin: 'http://evil.example',
		'sec-fetch-site': 'cross-site'
	});
	expect(created.status).toBe(403);
});

test('Chromium on a rebound name gets the refusal, not the dashboard', async () => {
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP evil.example 127.0.0.1']
	});
	try {
		const page = await browser.newPage();
		const response = await page.goto(`http://evil.example:${PORT}/`);
		expect(response?.status()).toBe(403);
		await expect(page.locator('body')).toContainText('does not answer to the host name');
		await expect(page.locator('body')).not.toContainText('Seed corpus');
	} finally {
		await browser.close();
	}
	expect(await seedsListed()).toBe(true);
});

test('every kind of response carries the security headers', async ({ page }) => {
	await page.goto(`${server.url}/`);
	const script = await page.locator('script[src], link[rel="modulepreload"]').first();
	const asset = (await script.getAttribute('src')) ?? (await script.getAttribute('href'))!;
	const host = `127.0.0.1:${PORT}`;
	const responses = {
		page: await send('/', 'GET', { host }),
		'static asset': await send(new URL(asset, server.url).pathname, 'GET', { host }),
		'JSON endpoint': await send('/import/uploads/none/review', 'GET', { host }),
		'not found': await send('/no-such-page', 'GET', { host })
	};
	for (const [kind, response] of Object.entries(responses)) {
		expect(response.headers['x-content-type-options'], kind).toBe('nosniff');
		expect(response.headers['referrer-policy'], kind).toBe('same-origin');
		expect(response.headers['permissions-policy'], kind).toContain('camera=()');
		expect(response.headers['x-frame-options'], kind).toBe('DENY');
		expect(response.headers['content-security-policy'], kind).toContain("frame-ancestors 'none'");
	}
	// A page keeps SvelteKit's own policy, with the hashes of its inline scripts.
	expect(responses.page.headers['content-security-policy']).toContain("script-src 'self'");
});

test('a page revalidated from the browser cache keeps its own policy, styles and scripts', async ({
	page
}) => {
	const blocked: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/.test(message.text())) blocked.push(message.text());
	});
	const first = await page.goto(`${server.url}/import`);
	expect((await first!.allHeaders())['content-security-policy']).toContain("script-src 'self'");
	// The second visit revalidates the cached page: the server answers 304, whose headers the
	// browser merges into its copy.
	for (const visit of ['first visit', 'revalidated visit']) {
		if (visit !== 'first visit') await page.goto(`${server.url}/import`);
		const sheets = () =>
			page.evaluate(
				() => [...document.styleSheets].filter((sheet) => sheet.href?.includes('/_app/')).length
			);
		// The app's stylesheet applied and its script hydrated the page.
		await expect.poll(sheets, { message: visit }).toBeGreaterThan(0);
		await expect(page.getByLabel('Choose files to import')).toBeEnabled();
	}
	expect(blocked).toEqual([]);
});
