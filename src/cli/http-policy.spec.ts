import { describe, expect, it } from 'vitest';
import { createServer, get, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	FALLBACK_CSP,
	guard,
	hostName,
	hostPolicy,
	refusal,
	SECURITY_HEADERS
} from './http-policy.js';

const request = (headers: Record<string, string>, method = 'GET') => ({ method, headers });

describe('hostPolicy', () => {
	const allowed = hostPolicy({});

	it.each([
		'127.0.0.1:3000',
		'localhost:3000',
		'LOCALHOST',
		'[::1]:3000',
		'192.168.1.20:3000',
		'app.localhost:3000'
	])('answers to %s', (host) => expect(allowed(host)).toBe(true));

	it.each(['evil.example:3000', '127.0.0.1.evil.example', 'localhost.evil.example:3000', ''])(
		'refuses %j, a name another site could point at this machine',
		(host) => expect(allowed(host)).toBe(false)
	);

	it('answers to the host of ORIGIN and to PARALLAX_ALLOWED_HOSTS, subdomains with a dot', () => {
		const configured = hostPolicy({
			ORIGIN: 'https://parallax.newsroom.org',
			PARALLAX_ALLOWED_HOSTS: 'dash.lab, .corp.example'
		});
		expect(configured('parallax.newsroom.org')).toBe(true);
		expect(configured('dash.lab:3000')).toBe(true);
		expect(configured('a.corp.example:3000')).toBe(true);
		expect(configured('corp.example.evil:3000')).toBe(false);
		expect(hostPolicy({ PARALLAX_ALLOWED_HOSTS: '*' })('anything.example')).toBe(true);
	});

	it('reads host names without port or brackets', () => {
		expect(hostName('Example.ORG:8080')).toBe('example.org');
		expect(hostName('[::1]:3000')).toBe('::1');
	});
});

describe('refusal', () => {
	const allowed = hostPolicy({});

	it('refuses a forged Host even when Origin matches it (DNS rebinding), on reads and changes', () => {
		const forged = { host: 'evil.example:3000', origin: 'http://evil.example:3000' };
		for (const method of ['GET', 'POST']) {
			const refused = refusal(request(forged, method), allowed);
			expect(refused?.status).toBe(403);
			expect(refused?.message).toContain('"evil.example"');
			expect(refused?.message).toContain('http://127.0.0.1:3000/');
		}
	});

	it('refuses a change from another site by Sec-Fetch-Site or Origin, and serves its own', () => {
		const host = '127.0.0.1:3000';
		const post = (headers: Record<string, string>) =>
			refusal(request({ host, ...headers }, 'POST'), allowed)?.status ?? 200;
		expect(post({ 'sec-fetch-site': 'cross-site' })).toBe(403);
		expect(post({ 'sec-fetch-site': 'same-site' })).toBe(403);
		expect(post({ origin: 'http://evil.example' })).toBe(403);
		expect(post({ origin: 'null' })).toBe(403);
		expect(post({ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' })).toBe(200);
		expect(post({})).toBe(200); // curl and scripts send neither header; browsers always do
		expect(refusal(request({ host, 'sec-fetch-site': 'cross-site' }, 'GET'), allowed)).toBeNull();
	});
});

describe('guard, in front of a real server', () => {
	/** Serves `handler` behind the guard on a free loopback port; answers one GET with its head. */
	async function served(
		handler: (response: ServerResponse) => void,
		headers: Record<string, string> = {}
	) {
		const server = createServer((req, res) => {
			if (!guard(req, res, hostPolicy({}))) handler(res);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as AddressInfo;
		try {
			return await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
				(done, fail) =>
					get({ host: '127.0.0.1', port, path: '/', headers }, (response) => {
						let body = '';
						response.on('data', (chunk: Buffer) => (body += chunk.toString()));
						response.on('end', () =>
							done({ status: response.statusCode!, headers: response.headers, body })
						);
					}).on('error', fail)
			);
		} finally {
			server.close();
		}
	}

	it('puts the security headers on every response, refused or served', async () => {
		for (const host of ['127.0.0.1:3000', 'evil.example:3000']) {
			const { headers } = await served((res) => res.end('ok'), { host });
			for (const [name, value] of Object.entries(SECURITY_HEADERS))
				expect(headers[name]).toBe(value);
			expect(headers['content-security-policy']).toBe(FALLBACK_CSP);
		}
	});

	it("keeps a page's own policy, whether set before the head or passed with it", async () => {
		const own = "default-src 'self'; script-src 'self' 'sha256-abc='";
		const set = await served((res) => {
			res.setHeader('content-security-policy', own);
			res.end('<p>page</p>');
		});
		expect(set.headers['content-security-policy']).toBe(own);
		const passed = await served((res) => {
			res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': own });
			res.end('<p>page</p>');
		});
		expect(passed.headers['content-security-policy']).toBe(own);
	});

	it('adds no policy to a 304, which the browser would merge into the page it cached', async () => {
		const { status, headers } = await served((res) => {
			res.writeHead(304, { etag: '"v1"' });
			res.end();
		});
		expect(status).toBe(304);
		expect(headers['content-security-policy']).toBeUndefined();
		expect(headers['x-content-type-options']).toBe('nosniff');
	});

	it('answers a refused request itself, in words', async () => {
		const refused = await served(() => expect.fail('the app saw it'), {
			host: 'evil.example:3000'
		});
		expect(refused.status).toBe(403);
		expect(refused.body).toMatch(/does not answer to the host name/);
	});
});
