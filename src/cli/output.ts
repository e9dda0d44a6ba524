// Writes results whole or not at all: to a temporary file beside the target, renamed into place.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomically(path: string, content: string): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
	try {
		writeFileSync(temporary, content, 'utf8');
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
