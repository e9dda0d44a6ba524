import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, type Migration } from './migrations';
import { APPLICATION_ID, migrate, openStore, StoreError } from './store';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
	it('creates a new store, with its folder, in WAL mode at the latest schema', () => {
		const path = join(dir, 'nested', 'parallax.db');
		const store = openStore(path);
		expect(store.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(store.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
		expect(store.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
		const tables = store
			.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
			.pluck()
			.all();
		expect(tables).toEqual([
			'analyses',
			'articles',
			'briefing_items',
			'briefings',
			'codes',
			'column_mappings',
			'corpora',
			'migrations',
			'outlet_aliases',
			'outlets',
			'storyline_units',
			'storylines',
			'units'
		]);
		store.close();
	});

	it('reopens its own store without migrating again', () => {
		const path = join(dir, 'parallax.db');
		openStore(path).close();
		const store = openStore(path);
		expect(store.prepare('SELECT count(*) FROM migrations').pluck().get()).toBe(LATEST_VERSION);
		store.close();
	});

	it('adopts an empty file, as SQLite itself would', () => {
		const path = join(dir, 'empty.db');
		writeFileSync(path, '');
		const store = openStore(path);
		expect(store.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
		store.close();
	});

	it.each([
		[
			'a text file',
			(path: string) => writeFileSync(path, 'not a database\n'),
			'it is not a SQLite database'
		],
		[
			"another application's database",
			(path: string) => {
				const db = new Database(path);
				db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
				db.close();
			},
			'it is a SQLite database of another application'
		],
		[
			'a store from a newer Parallax',
			(path: string) => {
				const db = new Database(path);
				db.pragma(`application_id = ${APPLICATION_ID}`);
				db.pragma(`user_version = ${LATEST_VERSION + 1}`);
				db.exec('CREATE TABLE future (id INTEGER)');
				db.close();
			},
			'it was written by a newer Parallax'
		]
	])(
		'refuses %s, naming the file and leaving it byte for byte as it was',
		(_case, make, reason) => {
			const path = join(dir, 'some.db');
			make(path);
			const before = readFileSync(path);
			expect(() => openStore(path)).toThrow(StoreError);
			expect(() => openStore(path)).toThrow(`Cannot use the database ${path}: ${reason}`);
			expect(readFileSync(path).equals(before)).toBe(true);
		}
	);

	it('refuses a folder given as the database path', () => {
		expect(() => openStore(dir)).toThrow(
			`Cannot use the database ${dir}: it is not a regular file`
		);
	});
});

describe('migrate', () => {
	const extra: Migration[] = [
		{ version: 2, name: 'second', sql: 'CREATE TABLE second (id INTEGER);' },
		{ version: 3, name: 'broken', sql: 'CREATE TABLE third (id INTEGER); NOT SQL;' }
	];

	it('applies pending migrations in order and records each one', () => {
		const store = new Database(':memory:');
		expect(
			migrate(store, [
				extra[0]!,
				{
					version: 1,
					name: 'first',
					sql: 'CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);'
				}
			])
		).toEqual([1, 2]);
		expect(store.pragma('user_version', { simple: true })).toBe(2);
		expect(store.prepare('SELECT version FROM migrations ORDER BY version').pluck().all()).toEqual([
			1, 2
		]);
	});

	it('rolls back a failing migration whole, keeping the versions before it', () => {
		const store = new Database(':memory:');
		store.exec(
			'CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);'
		);
		expect(() => migrate(store, [...extra])).toThrow();
		expect(store.pragma('user_version', { simple: true })).toBe(2);
		const tables = store
			.prepare("SELECT name FROM sqlite_schema WHERE name IN ('second', 'third')")
			.pluck()
			.all();
		expect(tables).toEqual(['second']);
	});
});
