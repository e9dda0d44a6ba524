// What the server checks and adds on every request before SvelteKit or the static files see it:
// the Host must be one the dashboard is served as (a page on another domain that resolves to
// 127.0.0.1 — DNS rebinding — is refused), a state-changing request must not come from another
// site, and every response carries the security headers. Plain JavaScript: start.js loads it
// without a build step.
import { hostname } from 'node:os';

/** Headers on every response. */
export const SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
});

/** The policy of a response that brings none of its own: everything but SvelteKit's pages. */
export const FALLBACK_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The host name of a Host header or URL authority, lower-cased, without port or brackets.
 * @param {string} authority
 */
export function hostName(authority) {
	const value = String(authority).trim().toLowerCase();
	if (value.startsWith('[')) return value.slice(1).split(']')[0] ?? '';
	const colon = value.lastIndexOf(':');
	return colon >= 0 ? value.slice(0, colon) : value;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** An address typed as such cannot be rebound: rebinding needs a name the attacker's DNS answers. */
const isAddress = (/** @type {string} */ name) => IPV4.test(name) || name.includes(':');

/**
 * The host names the dashboard answers to: addresses, localhost, this machine's own name, the
 * host of ORIGIN, and PARALLAX_ALLOWED_HOSTS (comma-separated; `.example.org` allows its
 * subdomains too; `*` turns the check off, for a proxy that rewrites Host itself).
 * @param {Record<string, string | undefined>} env
 * @returns {(authority: string | undefined) => boolean}
 */
export function hostPolicy(env = process.env) {
	const machine = hostname().toLowerCase();
	const names = new Set(['localhost', machine, `${machine}.local`]);
	const suffixes = ['.localhost'];
	let any = false;
	if (env.ORIGIN) names.add(hostName(new URL(env.ORIGIN).host));
	for (const entry of (env.PARALLAX_ALLOWED_HOSTS ?? '').split(',')) {
		const name = entry.trim().toLowerCase();
		if (name === '*') any = true;
		else if (name.startsWith('.')) suffixes.push(name);
		else if (name) names.add(hostName(name));
	}
	return (authority) => {
		if (any) return true;
		if (!authority) return false;
		const name = hostName(authority);
		return isAddress(name) || names.has(name) || suffixes.some((s) => name.endsWith(s));
	};
}

/**
 * Why a request is refused, or null to serve it. `request` needs only `method` and `headers`
 * (lower-case names, as Node gives them).
 * @param {{ method?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {(authority: string | undefined) => boolean} allowedHost
 * @returns {{ status: number, message: string } | null}
 */
export function refusal(request, allowedHost) {
	const host = /** @type {string | undefined} */ (request.headers.host);
	if (!allowedHost(host)) {
		const port = /:(\d+)$/.exec(String(host ?? ''))?.[1];
		const at = port ? `:${port}` : '';
		return {
			status: 403,
			message: `Parallax does not answer to the host name "${hostName(host ?? '')}". Open it at http://127.0.0.1${at}/ or http://localhost${at}/, or add the name to PARALLAX_ALLOWED_HOSTS if it is yours.`
		};
	}
	if (SAFE_METHODS.has(request.method ?? 'GET')) return null;
	if (fromAnotherSite(request.headers['sec-fetch-site'], request.headers.origin, host))
		return {
			status: 403,
			message:
				'Parallax refused a change requested by another site. Make changes from the dashboard itself.'
		};
	return null;
}

/**
 * Whether a browser marked a request as sent by another site: by Sec-Fetch-Site, or by an Origin
 * other than the host asked for. A request with neither is no browser's (curl, a script): every
 * browser names one of them on a cross-site POST, and cannot forge either.
 * @param {string | string[] | undefined} site the Sec-Fetch-Site header
 * @param {string | string[] | undefined} origin the Origin header
 * @param {string | undefined} host the Host header
 */
export function fromAnotherSite(site, origin, host) {
	if (site === 'cross-site' || site === 'same-site') return true;
	if (origin === undefined) return false;
	return origin === 'null' || hostOf(String(origin)) !== String(host).toLowerCase();
}

/** @param {string} origin */
function hostOf(origin) {
	try {
		return new URL(origin).host.toLowerCase();
	} catch {
		return '';
	}
}

/**
 * Gives a response with no policy of its own the fallback, as its head is written; never a 304.
 * A browser merges a 304's headers into the page it cached: the fallback would replace the page's
 * own policy (with its script hashes) there, and the page would load without styles or scripts.
 * @param {ServerResponse} response
 */
function withFallbackPolicy(response) {
	const writeHead = response.writeHead;
	/** @type {any} */ (response).writeHead = function (
		/** @type {number} */ status,
		/** @type {unknown[]} */ ...rest
	) {
		if (status !== 304 && !response.hasHeader('content-security-policy'))
			response.setHeader('content-security-policy', FALLBACK_CSP);
		return writeHead.call(response, status, .../** @type {[any]} */ (rest));
	};
}

/**
 * @typedef {Pick<import('node:http').ServerResponse, 'setHeader' | 'hasHeader' | 'writeHead' | 'end'>} ServerResponse
 */

/**
 * Adds the security headers and answers a refused request itself; true when it answered.
 * @param {Parameters<typeof refusal>[0]} request
 * @param {ServerResponse} response
 * @param {(authority: string | undefined) => boolean} allowedHost
 */
export function guard(request, response, allowedHost) {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
	withFallbackPolicy(response);
	const refused = refusal(request, allowedHost);
	if (!refused) return false;
	response.writeHead(refused.status, { 'content-type': 'text/plain; charset=utf-8' });
	response.end(`${refused.message}\n`);
	return true;
}
