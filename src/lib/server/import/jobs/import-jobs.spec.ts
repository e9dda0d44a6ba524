// Real worker threads on a real store file: reading off the request thread, progress, cancel,
// the report, the bad rows, and a commit that lands whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../store';
import { ImportJobError, ImportJobs, findWorkerEntry, type JobStatus } from './import-jobs';

let dir: string;
let dbPath: string;
let jobs: ImportJobs;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-jobs-'));
	dbPath = join(dir, 'parallax.db');
	openStore(dbPath).close();
	jobs = new ImportJobs({ dbPath, reportLimit: 10 });
});

afterEach(() => {
	jobs.close();
	rmSync(dir, { recursive: true, force: true });
});

function csvFile(name: string, text: string) {
	const path = join(dir, name);
	writeFileSync(path, text);
	return { name, path };
}

function rowsCsv(rows: number, bad: (row: number) => boolean = () => false) {
	const lines = ['title,text,outlet,date'];
	for (let i = 2; i <= rows + 1; i++)
		lines.push(
			bad(i)
				? `Row ${i},,RT,2017-03-0${(i % 9) + 1}`
				: `Row ${i},Text number ${i} of the file.,RT,2017-03-0${(i % 9) + 1}`
		);
	return `${lines.join('\n')}\n`;
}

const corpora = () => {
	const store = openStore(dbPath);
	try {
		return store.prepare('SELECT slug FROM corpora ORDER BY id').all() as { slug: string }[];
	} finally {
		store.close();
	}
};

/** Polls the status the way the page does, keeping every answer, until it is no longer reading. */
async function pollUntilRead(upload: string): Promise<JobStatus[]> {
	const seen: JobStatus[] = [];
	for (;;) {
		const status = jobs.status(upload)!;
		seen.push(status);
		if (status.state !== 'reading') return seen;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('findWorkerEntry', () => {
	it('finds the worker entry in the source tree from a module deep under it', () => {
		expect(findWorkerEntry(join(process.cwd(), 'build/server/chunks/x.js'))).toBe(
			join(process.cwd(), 'src/lib/server/import/jobs/entry.js')
		);
	});
});

describe('ImportJobs', () => {
	it('reads an upload in a worker, answering at once and telling rows and bytes as it goes', async () => {
		const file = csvFile('big.csv', rowsCsv(150_000));
		expect(jobs.review('u1', [file])).toEqual({ state: 'reading', progress: null });
		const seen = await pollUntilRead('u1');
		const progress = seen.flatMap((s) => (s.state === 'reading' && s.progress ? [s.progress] : []));
		expect(progress.length).toBeGreaterThan(0);
		for (const p of progress) {
			expect(p).toMatchObject({ file: 'big.csv', fileIndex: 1, files: 1 });
			expect(p.bytesDone).toBeLessThanOrEqual(p.bytesTotal);
		}
		const rows = progress.map((p) => p.rows);
		expect(rows).toEqual([...rows].sort((a, b) => a - b));
		const last = seen.at(-1)!;
		expect(last.state).toBe('ready');
		if (last.state === 'ready')
			expect(last.report.totals).toMatchObject({ rows: 150_000, good: 150_000 });
		// Reading 150,000 rows takes 3–6 s on a 2-core machine: the budget is for the work, not a
		// speed claim.
	}, 30_000);

	it('ends the worker on cancel: nothing reads the upload any more and nothing is written', async () => {
		const file = csvFile('big.csv', rowsCsv(150_000));
		jobs.review('u1', [file]);
		const waiting = jobs.report('u1', [file]);
		jobs.cancel('u1');
		await expect(waiting).rejects.toThrow('The import was cancelled.');
		expect(jobs.status('u1')).toBe(null);
		expect(corpora().map((c) => c.slug)).toEqual([]);
	});

	it('gives the same report for the same choices and reads again under new ones', async () => {
		const file = csvFile(
			'a.csv',
			'body,date\nMoscow urged talks.,03/04/2017\nWashington refused.,04/05/2017\n'
		);
		const undecided = await jobs.report('u1', [file]);
		expect(undecided.totals.good).toBe(0);
		expect(undecided.files[0]?.dates?.ambiguous).toBe(true);
		expect(jobs.review('u1', [file])).toEqual({ state: 'ready', report: undecided });
		const decided = await jobs.report('u1', [{ ...file, dateOrder: 'dmy' }]);
		expect(decided.totals.good).toBe(2);
		expect(decided.files[0]?.dates?.order).toBe('dmy');
	});

	it('lists every problem for the bad-rows download, past the report’s limit', async () => {
		const file = csvFile(
			'bad.csv',
			rowsCsv(40, (row) => row % 2 === 0)
		);
		const report = await jobs.report('u1', [file]);
		expect(report.totals.bad).toBe(20);
		expect(report.problems).toHaveLength(10);
		expect(report.problemsOmitted).toBe(10);
		const problems = await jobs.problems('u1', [file]);
		expect(problems.map((p) => p.row)).toEqual(Array.from({ length: 20 }, (_, i) => 2 + 2 * i));
	});

	// 30,000 rows read, checked for near-copies and written in a worker: about 5 s on a busy machine.
	it(
		'writes the plan as a corpus in the worker, telling how far, and then lets the worker go',
		{
			timeout: 30_000
		},
		async () => {
			const file = csvFile('a.csv', rowsCsv(30_000));
			const statuses: JobStatus[] = [];
			const committing = jobs.commit('u1', [file], { name: 'Thirty thousand' }, () => null);
			const watch = setInterval(() => {
				const status = jobs.status('u1');
				if (status) statuses.push(status);
			}, 5);
			const result = await committing;
			clearInterval(watch);
			expect(result).toMatchObject({ slug: 'thirty-thousand', imported: 30_000 });
			expect(statuses.some((s) => s.state === 'writing')).toBe(true);
			expect(jobs.status('u1')).toBe(null);
			const store = openStore(dbPath);
			const n = store
				.prepare('SELECT count(*) AS n FROM articles WHERE corpus_id = ?')
				.get(result.corpusId) as { n: number };
			store.close();
			expect(n.n).toBe(30_000);
		}
	);

	it('refuses a commit its check refuses, writing nothing', async () => {
		const file = csvFile('a.csv', rowsCsv(3));
		const refused = jobs.commit('u1', [file], { name: 'Refused' }, (report) =>
			report.totals.good === 3 ? 'Name the corpus.' : 'unexpected'
		);
		await expect(refused).rejects.toThrow(ImportJobError);
		await expect(refused).rejects.toMatchObject({ message: 'Name the corpus.', input: true });
		expect(corpora()).toEqual([]);
	});

	it('reviews 40 uploads at once with two workers: every one gets its report, none is cancelled', async () => {
		const pool = new ImportJobs({ dbPath, reportLimit: 10, workers: 2 });
		try {
			const uploads = Array.from({ length: 40 }, (_, i) => `u${i + 1}`);
			for (const [i, upload] of uploads.entries())
				pool.review(upload, [csvFile(`${upload}.csv`, rowsCsv(i + 1))]);
			let mostReading = 0;
			for (;;) {
				const states = uploads.map((upload) => pool.status(upload));
				mostReading = Math.max(mostReading, states.filter((s) => s?.state === 'reading').length);
				if (states.every((s) => s?.state === 'ready' || s?.state === 'failed' || s === null)) break;
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
			expect(mostReading).toBeLessThanOrEqual(2);
			expect(
				uploads.map((upload) => {
					const status = pool.status(upload);
					return status?.state === 'ready' ? status.report.totals.good : status;
				})
			).toEqual(uploads.map((_, i) => i + 1));
		} finally {
			pool.close();
		}
	}, 30_000);

	it('tells a waiting upload how many are ahead of it in the queue', async () => {
		const pool = new ImportJobs({ dbPath, reportLimit: 10, workers: 1 });
		try {
			const big = csvFile('big.csv', rowsCsv(20_000));
			const small = csvFile('small.csv', rowsCsv(3));
			expect(pool.review('u1', [big])).toEqual({ state: 'reading', progress: null });
			expect(pool.review('u2', [small])).toEqual({ state: 'queued', ahead: 0 });
			expect(pool.review('u3', [small])).toEqual({ state: 'queued', ahead: 1 });
			await pool.report('u2', [small]);
			expect(pool.status('u3')?.state).not.toBe('queued');
			expect((await pool.report('u3', [small])).totals.good).toBe(3);
			expect(pool.status('u1')?.state).toBe('ready');
		} finally {
			pool.close();
		}
	}, 30_000);

	it('cancels a queued upload: it leaves the queue and the ones behind it move up', async () => {
		const pool = new ImportJobs({ dbPath, reportLimit: 10, workers: 1 });
		try {
			const big = csvFile('big.csv', rowsCsv(20_000));
			const small = csvFile('small.csv', rowsCsv(3));
			pool.review('u1', [big]);
			pool.review('u2', [small]);
			pool.review('u3', [small]);
			const waiting = pool.report('u2', [small]);
			pool.cancel('u2');
			await expect(waiting).rejects.toThrow('The import was cancelled.');
			expect(pool.status('u2')).toBe(null);
			expect(pool.status('u3')).toEqual({ state: 'queued', ahead: 0 });
			expect((await pool.report('u3', [small])).totals.good).toBe(3);
		} finally {
			pool.close();
		}
	}, 30_000);

	it('keeps the report of a plan whose worker went to another upload, and reads it again when needed', async () => {
		const pool = new ImportJobs({ dbPath, reportLimit: 10, workers: 1 });
		try {
			const bad = csvFile(
				'bad.csv',
				rowsCsv(40, (row) => row % 2 === 0)
			);
			const first = await pool.report('u1', [bad]);
			await pool.report('u2', [csvFile('b.csv', rowsCsv(3))]);
			expect(pool.status('u1')).toEqual({ state: 'ready', report: first });
			expect((await pool.problems('u1', [bad])).length).toBe(20);
			const result = await pool.commit('u1', [bad], { name: 'Read again' }, () => null);
			expect(result).toMatchObject({ slug: 'read-again', imported: 20 });
			expect(pool.status('u2')?.state).toBe('ready');
		} finally {
			pool.close();
		}
	});

	it('fails a review whose files are gone with a message that names no server path', async () => {
		const file = csvFile('gone.csv', rowsCsv(3));
		rmSync(file.path);
		await expect(jobs.report('u1', [file])).rejects.toThrow(ImportJobError);
		const status = jobs.status('u1');
		expect(status?.state).toBe('failed');
		if (status?.state === 'failed') {
			expect(status.message).toBe(
				'The uploaded files are no longer on the server; upload them again.'
			);
			expect(status.message).not.toContain(dir);
		}
	});
});
