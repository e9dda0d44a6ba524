// The server's side of import workers: one worker thread per upload under review, so reading a
// 500 MB file neither blocks other requests nor hides how far it has got, and cancelling ends the
// thread at once. A worker keeps its plan for the upload's latest choices until it is committed,
// re-planned with other choices, cancelled, or pushed out by newer uploads.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CommitOptions, CommitResult } from '../commit';
import type { ImportReport, PlanProgress } from '../plan';
import type { ImportProblem } from '../plan-file';
import type { FromWorker, JobFile, ToWorker } from './messages';

export type { JobFile };

/** Where an upload's import stands, as the page polls it. */
export type JobStatus =
	| { state: 'reading'; progress: PlanProgress | null }
	| { state: 'ready'; report: ImportReport }
	| { state: 'writing'; written: number; total: number }
	| { state: 'failed'; message: string };

/** A job that failed: the message is for the user; `input` when the files, not Parallax, are at fault. */
export class ImportJobError extends Error {
	constructor(
		message: string,
		readonly input: boolean
	) {
		super(message);
		this.name = 'ImportJobError';
	}
}

export interface ImportJobsOptions {
	dbPath: string;
	/** Problems sent with a report; the rest are counted and fetched with `problems`. */
	reportLimit: number;
	/** Workers kept alive, each holding its plan; the least recently used go first. */
	keep?: number;
	/** The worker's entry module; found in the source tree when not given. */
	entry?: URL | string;
}

interface Job {
	upload: string;
	key: string;
	seq: number;
	worker: Worker;
	status: JobStatus;
	used: number;
	/** Waiting for the next message of a kind (or a failure). */
	waiters: {
		kind: FromWorker['type'];
		resolve: (m: FromWorker) => void;
		reject: (e: Error) => void;
	}[];
}

const ENTRY = 'src/lib/server/import/jobs/entry.js';

/**
 * The worker entry in the source tree, from wherever this module runs: the source itself under
 * `vite dev` and the tests, or a bundle under `build/` inside the repository when served.
 */
export function findWorkerEntry(from = fileURLToPath(import.meta.url)): string {
	for (let dir = dirname(from); ; dir = dirname(dir)) {
		const candidate = join(dir, ENTRY);
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) break;
	}
	const fromCwd = join(process.cwd(), ENTRY);
	if (existsSync(fromCwd)) return fromCwd;
	throw new Error(
		`Parallax cannot find its import worker (${ENTRY}); run the server from the repository`
	);
}

export class ImportJobs {
	#jobs = new Map<string, Job>();
	#seq = 0;
	#options: ImportJobsOptions;
	#entry: URL | string | null = null;

	constructor(options: ImportJobsOptions) {
		this.#options = options;
	}

	/** Where the upload's import stands, or null when no worker reads it. */
	status(upload: string): JobStatus | null {
		return this.#jobs.get(upload)?.status ?? null;
	}

	/**
	 * Starts reading the upload under these choices (its files with their mappings), unless that is
	 * already under way or done; answers at once with where it stands.
	 */
	review(upload: string, files: JobFile[]): JobStatus {
		return this.#ensure(upload, files).status;
	}

	/** The report once the upload is read under these choices. */
	async report(upload: string, files: JobFile[]): Promise<ImportReport> {
		const job = this.#ensure(upload, files);
		if (job.status.state === 'ready') return job.status.report;
		if (job.status.state === 'failed') throw new ImportJobError(job.status.message, false);
		const message = await this.#next(job, 'planned');
		return (message as Extract<FromWorker, { type: 'planned' }>).report;
	}

	/** Every problem of the upload read under these choices, for the bad-rows download. */
	async problems(upload: string, files: JobFile[]): Promise<ImportProblem[]> {
		await this.report(upload, files);
		const job = this.#jobs.get(upload)!;
		const answer = this.#next(job, 'problems');
		this.#post(job, { type: 'problems', job: job.seq });
		return ((await answer) as Extract<FromWorker, { type: 'problems' }>).problems;
	}

	/**
	 * Writes the upload read under these choices as a new corpus, in one transaction, once `check`
	 * (given the report) finds nothing in the way; its refusal is thrown as an InputError-like job
	 * error. The worker ends with the write.
	 */
	async commit(
		upload: string,
		files: JobFile[],
		options: Omit<CommitOptions, 'onProgress'>,
		check: (report: ImportReport) => string | null
	): Promise<CommitResult> {
		const report = await this.report(upload, files);
		const refusal = check(report);
		if (refusal) throw new ImportJobError(refusal, true);
		const job = this.#jobs.get(upload)!;
		job.status = { state: 'writing', written: 0, total: report.totals.good };
		const done = this.#next(job, 'committed');
		this.#post(job, { type: 'commit', job: job.seq, ...options });
		try {
			return ((await done) as Extract<FromWorker, { type: 'committed' }>).result;
		} finally {
			this.#end(upload);
		}
	}

	/** Ends the upload's worker, whatever it is doing; a write it was making is rolled back. */
	cancel(upload: string): void {
		this.#end(upload);
	}

	/** Ends every worker (server shutdown, tests). */
	close(): void {
		for (const upload of [...this.#jobs.keys()]) this.#end(upload);
	}

	#ensure(upload: string, files: JobFile[]): Job {
		const key = JSON.stringify(files);
		const existing = this.#jobs.get(upload);
		if (existing && existing.key === key && existing.status.state !== 'failed') {
			existing.used = Date.now();
			return existing;
		}
		if (existing?.status.state === 'writing')
			throw new ImportJobError(
				'This upload is being imported; its choices cannot change now.',
				true
			);
		// An idle worker reads the new choices; a busy one is ended rather than waited for.
		const reusable = existing && existing.status.state === 'ready' ? existing : null;
		if (existing && !reusable) this.#end(upload);
		const job: Job = reusable ?? this.#spawn(upload);
		job.key = key;
		job.seq = ++this.#seq;
		job.used = Date.now();
		job.status = { state: 'reading', progress: null };
		this.#post(job, {
			type: 'plan',
			job: job.seq,
			dbPath: this.#options.dbPath,
			files,
			reportLimit: this.#options.reportLimit
		});
		this.#evict(upload);
		return job;
	}

	#spawn(upload: string): Job {
		this.#entry ??= this.#options.entry ?? findWorkerEntry();
		const worker = new Worker(this.#entry);
		const job: Job = {
			upload,
			key: '',
			seq: 0,
			worker,
			status: { state: 'reading', progress: null },
			used: Date.now(),
			waiters: []
		};
		this.#jobs.set(upload, job);
		worker.on('message', (message: FromWorker) => this.#receive(job, message));
		worker.on('error', (error) =>
			this.#fail(
				job,
				(error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
					? 'Parallax ran out of memory reading these files; import them in smaller parts.'
					: `Reading the files failed: ${error.message}`,
				false
			)
		);
		// A worker that died keeps its failed job, so the page polling it learns why.
		worker.on('exit', () => {
			if (this.#jobs.get(upload) === job && job.status.state !== 'failed')
				this.#fail(job, 'The import worker stopped unexpectedly.', false);
		});
		return job;
	}

	#receive(job: Job, message: FromWorker): void {
		if (message.job !== job.seq) return;
		if (message.type === 'progress') job.status = { state: 'reading', progress: message.progress };
		else if (message.type === 'planned') job.status = { state: 'ready', report: message.report };
		else if (message.type === 'writing')
			job.status = { state: 'writing', written: message.written, total: message.total };
		else if (message.type === 'failed') {
			this.#fail(job, message.message, message.input);
			return;
		}
		const waiting = job.waiters.filter((waiter) => waiter.kind === message.type);
		job.waiters = job.waiters.filter((waiter) => waiter.kind !== message.type);
		for (const waiter of waiting) waiter.resolve(message);
	}

	#fail(job: Job, message: string, input: boolean): void {
		job.status = { state: 'failed', message };
		const waiting = job.waiters;
		job.waiters = [];
		for (const waiter of waiting) waiter.reject(new ImportJobError(message, input));
	}

	#next(job: Job, kind: FromWorker['type']): Promise<FromWorker> {
		return new Promise((resolve, reject) => job.waiters.push({ kind, resolve, reject }));
	}

	#post(job: Job, message: ToWorker): void {
		job.worker.postMessage(message);
	}

	#end(upload: string): void {
		const job = this.#jobs.get(upload);
		if (!job) return;
		this.#jobs.delete(upload);
		this.#fail(job, 'The import was cancelled.', false);
		void job.worker.terminate();
	}

	#evict(current: string): void {
		const keep = this.#options.keep ?? 2;
		const others = [...this.#jobs.values()]
			.filter((job) => job.upload !== current && job.status.state !== 'writing')
			.sort((a, b) => a.used - b.used);
		while (this.#jobs.size > keep && others.length > 0) this.#end(others.shift()!.upload);
	}
}
