// Opens the SQLite store, refusing files that are not Parallax stores, and brings its schema up to date.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export type Store = Database.Database;

/** "PRLX": marks a SQLite file as a Parallax store, so a foreign database is never migrated. */
export const APPLICATION_ID = 0x50524c58;

/** A store file that cannot be used; the file is left exactly as it was. */
export class StoreError extends Error {
	constructor(
		readonly file: string,
		reason: string
	) {
		super(`Cannot use the database ${file}: ${reason}`);
		this.name = 'StoreError';
	}
}

const ADVICE = 'move it aside or set PARALLAX_DB to another path; Parallax will not overwrite it';

/**
 * Looks at an existing file without writing to it and says why it is not ours, if it is not.
 * It reads the file only through SQLite: closing any other descriptor of the file would drop
 * every POSIX lock this process holds on it, the live connections' too, and another program
 * opening the store would then take it for unused and delete its write-ahead log.
 */
function inspectExisting(file: string): string | null {
	const stat = statSync(file);
	if (!stat.isFile()) return `it is not a regular file (${ADVICE})`;
	if (stat.size === 0) return null;
	let probe: Database.Database | undefined;
	try {
		probe = new Database(file, { readonly: true, fileMustExist: true });
		const applicationId = probe.pragma('application_id', { simple: true }) as number;
		const version = probe.pragma('user_version', { simple: true }) as number;
		const tables = probe
			.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
			.get() as { n: number };
		if (applicationId === 0 && tables.n === 0) return null;
		if (applicationId !== APPLICATION_ID) {
			return `it is a SQLite database of another application (${ADVICE})`;
		}
		if (version > LATEST_VERSION) {
			return `it was written by a newer Parallax (schema ${version}, this one knows ${LATEST_VERSION}); upgrade Parallax or ${ADVICE}`;
		}
		return null;
	} catch (error) {
		if ((error as { code?: string }).code === 'SQLITE_NOTADB')
			return `it is not a SQLite database (${ADVICE})`;
		return `it cannot be read as a SQLite database (${(error as Error).message}; ${ADVICE})`;
	} finally {
		probe?.close();
	}
}

function applyMigration(db: Store, migration: Migration): void {
	db.transaction(() => {
		db.exec(migration.sql);
		db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
			migration.version,
			migration.name,
			new Date().toISOString()
		);
		db.pragma(`user_version = ${migration.version}`);
	})();
}

/** Brings the schema to the latest version, one migration per transaction; returns the versions applied. */
export function migrate(db: Store, migrations: readonly Migration[] = MIGRATIONS): number[] {
	const current = db.pragma('user_version', { simple: true }) as number;
	const pending = [...migrations]
		.filter((m) => m.version > current)
		.sort((a, b) => a.version - b.version);
	for (const migration of pending) applyMigration(db, migration);
	return pending.map((m) => m.version);
}

/**
 * Opens (creating when absent) the store at `file`, or `:memory:` for a throw-away one.
 * Throws StoreError, leaving the file untouched, when the file is not a Parallax store.
 */
export function openStore(file: string): Store {
	const path = file === ':memory:' ? file : resolve(file);
	if (path !== ':memory:') {
		if (existsSync(path)) {
			const problem = inspectExisting(path);
			if (problem) throw new StoreError(path, problem);
		} else {
			mkdirSync(dirname(path), { recursive: true });
		}
	}
	const db = new Database(path);
	try {
		db.pragma('journal_mode = WAL');
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
		if ((db.pragma('application_id', { simple: true }) as number) === 0) {
			db.pragma(`application_id = ${APPLICATION_ID}`);
		}
		migrate(db);
		return db;
	} catch (error) {
		db.close();
		throw error instanceof StoreError ? error : new StoreError(path, (error as Error).message);
	}
}
