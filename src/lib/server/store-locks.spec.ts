// Acknowledged writes survive a kill -9 even when the store is opened twice in the server's
// process and another program (the sqlite3 shell, a backup, a DB browser) opens and closes it.
import Database from 'better-sqlite3';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from './store';
import { peekFromAnotherProcess } from './testing/peek-store';

const WRITER = join(import.meta.dirname, 'testing', 'store-writer.ts');

let dir: string;
let writer: ChildProcessWithoutNullStreams | undefined;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-locks-'));
});
afterEach(() => {
	writer?.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

/** Starts the writer and returns a function that sends a command and waits for its answer. */
function startWriter(file: string): (command: string) => Promise<string> {
	const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file]);
	writer = child;
	const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	return async (command) => {
		child.stdin.write(`${command}\n`);
		const answer = await answers.next();
		if (answer.done) throw new Error(`the writer stopped: ${errors}`);
		return answer.value;
	};
}

/** The POSIX locks a process holds on a file, from /proc/locks (Linux), or null elsewhere. */
function locksHeld(pid: number, file: string): number | null {
	if (!existsSync('/proc/locks')) return null;
	const inode = `:${statSync(file).ino} `;
	return readFileSync('/proc/locks', 'utf8')
		.split('\n')
		.filter((line) => line.includes(` ${pid} `) && line.includes(inode)).length;
}

it('keeps an acknowledged write through kill -9 after another process opened and closed the store', async () => {
	const file = join(dir, 'parallax.db');
	openStore(file).close(); // a store from an earlier run, its log checkpointed into the file
	const send = startWriter(file);
	expect(await send('brief before')).toMatch(/^ok \d+$/);
	const held = locksHeld(writer!.pid!, file);
	expect(await send('reopen')).toBe('ok');
	// Opening the store again must not drop the live connection's lock on the file.
	expect(locksHeld(writer!.pid!, file)).toBe(held);
	if (held !== null) expect(held).toBeGreaterThan(0);

	expect(peekFromAnotherProcess(file, 'briefings')).toBe(0);
	// The writer still holds the store open, so the other program must not have taken its log.
	expect(existsSync(`${file}-wal`)).toBe(true);

	expect(await send('brief after')).toMatch(/^ok \d+$/);
	writer!.kill('SIGKILL');
	await new Promise((done) => writer!.once('exit', done));

	const store = openStore(file);
	const names = store.prepare('SELECT name FROM briefings ORDER BY id').pluck().all();
	store.close();
	expect(names).toEqual(['before', 'after']);
	expect(new Database(file, { readonly: true }).pragma('integrity_check', { simple: true })).toBe(
		'ok'
	);
}, 30_000);
