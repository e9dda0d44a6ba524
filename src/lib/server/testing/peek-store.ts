// Another program reading the store and closing it again, as an analyst's sqlite3 shell, a backup
// or a DB browser does. Debian's sqlite3 shell (3.40) then checkpoints and deletes the store's
// write-ahead log when it finds no other lock on the file; better-sqlite3's newer SQLite is more
// careful, so it stands in only where the shell is missing.
import { spawnSync } from 'node:child_process';

/** Reads `table`'s row count from another process; returns that process's exit code. */
export function peekFromAnotherProcess(file: string, table: string): number | null {
	const query = `SELECT count(*) FROM ${table}`;
	const shell = spawnSync('sqlite3', ['-version']).status === 0;
	const peek = shell
		? spawnSync('sqlite3', [file, query])
		: spawnSync(process.execPath, [
				'-e',
				`const db = new (require('better-sqlite3'))(process.argv[1]);
				db.prepare(${JSON.stringify(query)}).get();
				db.close();`,
				file
			]);
	return peek.status;
}
