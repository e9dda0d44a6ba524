import { describe, expect, it } from 'vitest';
import { guard, hostName, hostPolicy, refusal, SECURITY_HEADERS } from './http-policy.js';

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

describe('guard', () => {
	function fakeResponse() {
		const headers: Record<string, string> = {};
		return {
			headers,
			status: 0,
			body: '',
			setHeader(name: string, value: string) {
				headers[name] = value;
			},
			writeHead(status: number, more: Record<string, string>) {
				this.status = status;
				Object.assign(headers, more);
			},
			end(body: string) {
				this.body = body;
			}
		};
	}

	it('puts the security headers on every response, refused or served', () => {
		for (const host of ['127.0.0.1:3000', 'evil.example:3000']) {
			const response = fakeResponse();
			guard(request({ host }), response, hostPolicy({}));
			for (const [name, value] of Object.entries(SECURITY_HEADERS))
				expect(response.headers[name]).toBe(value);
		}
	});

	it('answers a refused request itself, in words', () => {
		const response = fakeResponse();
		expect(guard(request({ host: 'evil.example:3000' }), response, hostPolicy({}))).toBe(true);
		expect(response.status).toBe(403);
		expect(response.body).toMatch(/does not answer to the host name/);
		expect(guard(request({ host: 'localhost:3000' }), fakeResponse(), hostPolicy({}))).toBe(false);
	});
});
