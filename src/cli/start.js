// Starts the built dashboard: HOST defaults to 127.0.0.1 (not every interface) and PORT to 3000.
// It serves SvelteKit's handler itself so that pages work over plain HTTP under any host name
// (127.0.0.1, localhost, a LAN name): adapter-node otherwise assumes https unless ORIGIN names
// one address, and refuses form posts from the page as cross-site.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { guard, hostPolicy } from './http-policy.js';

const entry = resolve('build/handler.js');
if (!existsSync(entry)) {
	console.error(
		'Parallax is not built yet: run `npm run build` first (or `npm start`, which builds).'
	);
	process.exit(1);
}
const host = (process.env.HOST ??= '127.0.0.1');
const port = Number((process.env.PORT ??= '3000'));
// Imports upload whole corpora (up to 500 MB in all); adapter-node's default limit is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '600M';
// Behind a proxy that sets X-Forwarded-Proto, that header wins; direct requests are plain HTTP.
process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';

console.log(`Parallax: starting on http://${host}:${port}/`);
// Importing the handler opens the store (and exits with a message naming a bad one).
const { handler } = await import(pathToFileURL(entry).href);

const allowedHost = hostPolicy();
const server = createServer((request, response) => {
	if (guard(request, response, allowedHost)) return;
	if (!process.env.ORIGIN && !request.headers['x-forwarded-proto'])
		request.headers['x-forwarded-proto'] = 'http';
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

function shutdown() {
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
