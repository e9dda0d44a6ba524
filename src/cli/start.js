// Starts the built dashboard: HOST defaults to 127.0.0.1 (not every interface) and PORT to 3000.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const entry = resolve('build/index.js');
if (!existsSync(entry)) {
	console.error(
		'Parallax is not built yet: run `npm run build` first (or `npm start`, which builds).'
	);
	process.exit(1);
}
process.env.HOST ??= '127.0.0.1';
process.env.PORT ??= '3000';
console.log(`Parallax: starting on http://${process.env.HOST}:${process.env.PORT}/`);
await import(pathToFileURL(entry).href);
