// The standing hostile-input suite: every generated file (./files.ts) goes through the real import,
// as the CLI runs it and as the server's worker runs it (plan → report → commit), into a real store
// file. Each gets a clear error naming the file (and row and field) with the store's content hash
// unchanged, or a clean import that stores nothing an export cannot hold and nothing over a limit.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '$lib/engine/input-error';
import { safeHref } from '$lib/engine/safe-href';
import { importCorpus } from '$lib/server/corpora';
import { commitImport, planImport, reportOf, type ImportProblem } from '$lib/server/import';
import { openStore, type Store } from '$lib/server/store';
import { runImport } from '../../src/cli/import';
import {
	hostileFiles,
	type ExpectedArticle,
	type ExpectedProblem,
	type HostileFile
} from './files';

/** SHA-256 over every table's rows in rowid order: any write at all changes it. */
function contentHash(store: Store): string {
	const hash = createHash('sha256');
	const tables = store
		.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
		.pluck()
		.all() as string[];
	for (const table of tables) {
		hash.update(`\n${table}\n`);
		for (const row of store.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate())
			hash.update(`${JSON.stringify(row)}\n`);
	}
	return hash.digest('hex');
}

function withStore<T>(db: string, use: (store: Store) => T): T {
	const store = openStore(db);
	try {
		return use(store);
	} finally {
		store.close();
	}
}

// Written independently of the import's own rule: what XML 1.0 cannot hold.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Every stored string no export could hold, as "table.column: value…". */
function unsafeValues(store: Store): string[] {
	const found: string[] = [];
	const tables = store
		.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
		.pluck()
		.all() as string[];
	for (const table of tables)
		for (const row of store.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<
			Record<string, unknown>
		>)
			for (const [column, value] of Object.entries(row))
				if (typeof value === 'string' && (NOT_XML.test(value) || !value.isWellFormed()))
					found.push(`${table}.${column}: ${JSON.stringify(value.slice(0, 40))}`);
	return found;
}

const LIMITS = [
	['outlets', 'name', 200],
	['articles', 'title', 1_000],
	['articles', 'url', 2_048],
	['articles', 'text', 5_000_000]
] as const;

/** The articles of one corpus, in import order, as the reader shows them. */
function storedArticles(store: Store, slug: string) {
	return store
		.prepare(
			`SELECT a.text, a.title, a.url, o.name AS outlet FROM articles a
			JOIN outlets o ON o.id = a.outlet_id JOIN corpora c ON c.id = a.corpus_id
			WHERE c.slug = ? ORDER BY a.id`
		)
		.all(slug) as Required<ExpectedArticle>[];
}

/** What every store must satisfy after any import: only exportable strings, every field in its limit. */
function expectSoundStore(store: Store, slug: string, stored: ExpectedArticle[] | undefined) {
	expect(unsafeValues(store)).toEqual([]);
	for (const [table, column, max] of LIMITS)
		expect(
			store.prepare(`SELECT coalesce(max(length(${column})), 0) FROM ${table}`).pluck().get()
		).toBeLessThanOrEqual(max);
	const articles = storedArticles(store, slug);
	for (const { url } of articles)
		if (url !== null) expect(safeHref(url) === null || /^https?:\/\//i.test(url)).toBe(true);
	if (stored) expect(articles).toMatchObject(stored);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const expectedProblems = (outcome: HostileFile['outcome']): ExpectedProblem[] =>
	outcome.kind === 'refused'
		? [outcome.problem]
		: outcome.kind === 'bad rows'
			? outcome.problems
			: [];

/** Each expected problem is listed at its row and field; no other row is blamed. */
function expectProblems(
	problems: readonly ImportProblem[],
	name: string,
	wanted: ExpectedProblem[]
) {
	expect(problems.length).toBeGreaterThan(0);
	for (const problem of problems)
		expect([name, ...wanted.map((w) => w.file)]).toContain(problem.file);
	for (const want of wanted)
		expect(
			problems.some(
				(p) =>
					p.row === want.row &&
					(want.field === undefined || p.field === want.field) &&
					want.reason.test(p.reason)
			),
			`a problem at row ${want.row}${want.field ? `, field ${want.field}` : ''} matching ${want.reason}; got ${JSON.stringify(problems.map((p) => ({ ...p, reason: p.reason.slice(0, 120) })))}`
		).toBe(true);
	const rows = new Set(wanted.map((want) => want.row));
	for (const problem of problems) expect(rows.has(problem.row)).toBe(true);
}

const BASELINE = {
	file: 'baseline.txt',
	outlet: { name: 'RT', domain: 'rt.com', type: null },
	published: { iso: '2015-09-30', precision: 'day' as const },
	title: 'Baseline',
	url: 'https://rt.com/baseline',
	attribution: null,
	text: 'The store held this article before any hostile file came.'
};

let dir: string;
let db: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
	db = join(dir, 'parallax.db');
	withStore(db, (store) => importCorpus(store, { slug: 'baseline', name: 'Baseline' }, [BASELINE]));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each(hostileFiles())('$what ($name)', (hostile) => {
	const { name, bytes, outcome } = hostile;

	it(`the CLI ${outcome.kind === 'clean' ? 'imports it cleanly' : 'refuses it, naming file, row and field, the store unchanged'}`, () => {
		const path = join(dir, name);
		writeFileSync(path, bytes);
		const said: string[] = [];
		const before = withStore(db, contentHash);
		const status = runImport(
			{ paths: [path], db, corpus: 'Hostile' },
			(line) => said.push(line),
			(line) => said.push(line)
		);
		const lines = said.join('\n').split('\n');
		if (outcome.kind === 'clean') {
			expect(status, lines.join('\n').slice(0, 2000)).toBe(0);
			withStore(db, (store) => {
				expect(contentHash(store)).not.toBe(before);
				expectSoundStore(store, 'hostile', outcome.stored);
			});
			return;
		}
		expect(status).toBe(1);
		expect(withStore(db, contentHash)).toBe(before);
		for (const want of expectedProblems(outcome)) {
			const at = `  ${join(dir, want.file ?? name)}${want.row === undefined ? '' : `:${want.row}`}${want.field ? ` ${want.field}` : ''} — `;
			expect(
				lines.some((line) => line.startsWith(at) && want.reason.test(line)),
				`a line starting ${JSON.stringify(at)} matching ${want.reason}`
			).toBe(true);
		}
	});

	it(`the server's plan ${outcome.kind === 'refused' ? 'leaves it out and its commit writes nothing' : 'reports it as it is and its commit stores only sound values'}`, () => {
		withStore(db, (store) => {
			const before = contentHash(store);
			const plan = planImport([{ name, bytes }], { store });
			const report = reportOf(plan);
			expect(contentHash(store)).toBe(before);
			if (outcome.kind === 'refused') {
				expect(report.files.filter((file) => !file.excluded)).toEqual([]);
				expectProblems(report.problems, name, expectedProblems(outcome));
				expect(() => commitImport(store, plan, { name: 'Hostile' })).toThrow(InputError);
				expect(contentHash(store)).toBe(before);
				return;
			}
			if (outcome.kind === 'bad rows')
				expectProblems(report.problems, name, expectedProblems(outcome));
			else expect(report.problems).toEqual([]);
			expect(report.totals.good).toBe(outcome.good);
			// The user imports the good rows (skipping the bad ones the report lists).
			commitImport(store, plan, { name: 'Hostile' });
			expect(contentHash(store)).not.toBe(before);
			expect(storedArticles(store, 'hostile')).toHaveLength(outcome.good);
			expectSoundStore(store, 'hostile', outcome.kind === 'clean' ? outcome.stored : undefined);
		});
	});
});

describe('a hostile corpus name', () => {
	it.each([
		['a 2 MB name', 'n'.repeat(2 ** 21)],
		['a name with a NUL', 'Host\u0000ile']
	])('refuses %s at commit, the store unchanged', (_, corpus) => {
		withStore(db, (store) => {
			const before = contentHash(store);
			const plan = planImport([
				{ name: 'fine.csv', bytes: new TextEncoder().encode('text\nA sound article.\n') }
			]);
			expect(() => commitImport(store, plan, { name: corpus })).toThrow(InputError);
			expect(contentHash(store)).toBe(before);
		});
	});
});
