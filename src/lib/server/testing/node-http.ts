// A handler served over a real socket the way adapter-node serves one (SvelteKit's getRequest and
// setResponse, with a body size limit), and a raw client that sends a body in parts: for tests of
// what a browser or curl actually receives, resets included.
import { createServer, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequest, setResponse } from '@sveltejs/kit/node';

export interface Served {
	url: string;
	close(): Promise<void>;
}

export async function serve(
	handler: (request: Request) => Promise<Response>,
	bodySizeLimit?: number
): Promise<Served> {
	const server = createServer(async (req, res) => {
		const request = await getRequest({
			request: req,
			base: `http://${req.headers.host}`,
			bodySizeLimit
		});
		await setResponse(res, await handler(request));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** What the client received, or the socket error it got instead (ECONNRESET, EPIPE). */
export type Received = { status: number; body: string } | { error: string };

/** A request whose body is written part by part; `received` settles with the answer. */
export interface OpenRequest {
	write(bytes: Uint8Array): Promise<void>;
	end(): void;
	received: Promise<Received>;
}

export function open(url: string, method: string, headers: OutgoingHttpHeaders = {}): OpenRequest {
	const req = httpRequest(url, { method, headers });
	const received = new Promise<Received>((resolve) => {
		req.on('response', (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => {
				resolve({ status: res.statusCode ?? 0, body });
				req.destroy();
			});
			res.on('error', (error: NodeJS.ErrnoException) =>
				resolve({ error: error.code ?? error.message })
			);
		});
		req.on('error', (error: NodeJS.ErrnoException) =>
			resolve({ error: error.code ?? error.message })
		);
	});
	return {
		write: (bytes) =>
			new Promise((resolve) => {
				if (req.destroyed) return resolve();
				req.write(bytes, () => resolve());
			}),
		end: () => {
			if (!req.destroyed) req.end();
		},
		received
	};
}

/** Sends a whole body in parts of `part` bytes (all of it unless the answer comes first). */
export async function send(
	url: string,
	method: string,
	body: Uint8Array,
	headers: OutgoingHttpHeaders = {},
	part = 64 * 1024
): Promise<Received> {
	const request = open(url, method, headers);
	let answered = false;
	void request.received.then(() => (answered = true));
	for (let at = 0; at < body.length && !answered; at += part)
		await request.write(body.subarray(at, at + part));
	request.end();
	return request.received;
}
