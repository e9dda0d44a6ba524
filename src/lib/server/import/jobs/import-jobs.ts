// The server's side of import workers: uploads under review are read in worker threads, so reading
// a 500 MB file neither blocks other requests nor hides how far it has got, and cancelling ends the
// thread at once. At most `workers` threads run; further uploads wait in a queue, in order, and
// know their place in it. A worker keeps the plan it made until the upload is committed,
// re-planned, cancelled, or an upload in the queue needs the thread: then only the report is kept,
// and the plan is made again, unseen, when a commit or the bad-rows download needs it.
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
	| { state: 'queued'; ahead: number }
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
	/** Worker threads at most, each reading or holding one upload's plan; other uploads queue. */
	workers?: number;
	/** The worker's entry module; found in the source tree when not given. */
	entry?: URL | string;
}

/** A worker thread, and the upload whose plan it is making or holding, if any. */
interface Slot {
	worker: Worker;
	job: Job | null;
}

/** Where a job stands; a queued job's place is its index in the queue. */
type Stage = Exclude<JobStatus, { state: 'queued' }> | { state: 'queued' };

interface Job {
	upload: string;
	/** The choices it is read under, as sent to the worker. */
	files: JobFile[];
	key: string;
	/** Numbers the latest plan asked for: a worker's answers to older ones are ignored. */
	seq: number;
	slot: Slot | null;
	stage: Stage;
	used: number;
	/** Calls under way that need the plan to stay in its worker (bad rows, commit). */
	pins: number;
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
	#queue: Job[] = [];
	#slots: Slot[] = [];
	#seq = 0;
	#options: ImportJobsOptions;
	#entry: URL | string | null = null;

	constructor(options: ImportJobsOptions) {
		this.#options = options;
	}

	/** Where the upload's import stands, or null when nothing reads or holds it. */
	status(upload: string): JobStatus | null {
		const job = this.#jobs.get(upload);
		if (!job) return null;
		return job.stage.state === 'queued'
			? { state: 'queued', ahead: this.#queue.indexOf(job) }
			: job.stage;
	}

	/**
	 * Starts reading the upload under these choices (its files with their mappings), unless that is
	 * already under way, queued or done; answers at once with where it stands.
	 */
	review(upload: string, files: JobFile[]): JobStatus {
		this.#ensure(upload, files);
		return this.status(upload)!;
	}

	/** The report once the upload is read under these choices. */
	async report(upload: string, files: JobFile[]): Promise<ImportReport> {
		return this.#reportOf(this.#ensure(upload, files));
	}

	/** Every problem of the upload read under these choices, for the bad-rows download. */
	async problems(upload: string, files: JobFile[]): Promise<ImportProblem[]> {
		const job = this.#ensure(upload, files);
		job.pins++;
		try {
			await this.#held(job);
			this.#live(job);
			const answer = this.#next(job, 'problems');
			this.#post(job, { type: 'problems', job: job.seq });
			return ((await answer) as Extract<FromWorker, { type: 'problems' }>).problems;
		} finally {
			this.#unpin(job);
		}
	}

	/**
	 * Writes the upload read under these choices as a new corpus, in one transaction, once `check`
	 * (given the report) finds nothing in the way; its refusal is thrown as an InputError-like job
	 * error. The upload is forgotten once the write is done or has failed.
	 */
	async commit(
		upload: string,
		files: JobFile[],
		options: Omit<CommitOptions, 'onProgress'>,
		check: (report: ImportReport) => string | null
	): Promise<CommitResult> {
		const job = this.#ensure(upload, files);
		job.pins++;
		try {
			const report = await this.#held(job);
			this.#live(job);
			const refusal = check(report);
			if (refusal) throw new ImportJobError(refusal, true);
			job.stage = { state: 'writing', written: 0, total: report.totals.good };
			const done = this.#next(job, 'committed');
			this.#post(job, { type: 'commit', job: job.seq, ...options });
			try {
				return ((await done) as Extract<FromWorker, { type: 'committed' }>).result;
			} finally {
				// Written or rolled back, the plan is spent; the thread is free for the next upload.
				if (this.#jobs.get(upload) === job) this.#jobs.delete(upload);
				this.#release(job);
			}
		} finally {
			this.#unpin(job);
		}
	}

	/** Ends the upload's import, whatever it is doing: it leaves the queue, a write is rolled back. */
	cancel(upload: string): void {
		const job = this.#jobs.get(upload);
		if (!job) return;
		this.#jobs.delete(upload);
		this.#queue = this.#queue.filter((queued) => queued !== job);
		if (job.slot) this.#retire(job.slot);
		this.#fail(job, 'The import was cancelled.', false);
		this.#pump();
	}

	/** Ends every worker (server shutdown, tests). */
	close(): void {
		const jobs = [...this.#jobs.values()];
		this.#jobs.clear();
		this.#queue = [];
		for (const slot of [...this.#slots]) this.#retire(slot);
		for (const job of jobs) this.#fail(job, 'The import was cancelled.', false);
	}

	/** The upload's job under these choices, planned or on its way to be. */
	#ensure(upload: string, files: JobFile[]): Job {
		const key = JSON.stringify(files);
		const existing = this.#jobs.get(upload);
		if (existing) existing.used = Date.now();
		if (existing && existing.key === key && existing.stage.state !== 'failed') return existing;
		if (existing?.stage.state === 'writing')
			throw new ImportJobError(
				'This upload is being imported; its choices cannot change now.',
				true
			);
		const job = existing ?? this.#create(upload);
		// Whoever waits for a plan under the old choices must not get one under the new.
		this.#reject(job, 'The choices changed before the files were read; try again.', true);
		job.files = files;
		job.key = key;
		if (job.slot && job.stage.state === 'reading') {
			// Reading under choices nobody wants any more is wasted: end it, and go first in line.
			this.#retire(job.slot);
			job.stage = { state: 'queued' };
			this.#queue.unshift(job);
		} else if (job.slot) this.#start(job, job.slot);
		else this.#enqueue(job);
		this.#pump();
		return job;
	}

	#create(upload: string): Job {
		const job: Job = {
			upload,
			files: [],
			key: '',
			seq: 0,
			slot: null,
			stage: { state: 'queued' },
			used: Date.now(),
			pins: 0,
			waiters: []
		};
		this.#jobs.set(upload, job);
		return job;
	}

	#enqueue(job: Job): void {
		if (job.stage.state !== 'queued') job.stage = { state: 'queued' };
		if (!this.#queue.includes(job)) this.#queue.push(job);
	}

	/** The report, once there is a plan for it in a worker: a plan set aside is made again. */
	async #held(job: Job): Promise<ImportReport> {
		if (job.stage.state === 'ready' && !job.slot) {
			this.#enqueue(job);
			this.#pump();
		}
		return this.#reportOf(job);
	}

	async #reportOf(job: Job): Promise<ImportReport> {
		if (job.stage.state === 'ready') return job.stage.report;
		if (job.stage.state === 'failed') throw new ImportJobError(job.stage.message, false);
		if (job.stage.state === 'writing')
			throw new ImportJobError('This upload is already being imported.', true);
		const message = await this.#next(job, 'planned');
		return (message as Extract<FromWorker, { type: 'planned' }>).report;
	}

	/** Gives waiting uploads the threads there are, in order. */
	#pump(): void {
		while (this.#queue.length > 0) {
			const slot = this.#freeSlot();
			if (!slot) return;
			this.#start(this.#queue.shift()!, slot);
		}
	}

	/** A thread for the next upload: an unused one, a new one, or one holding a plan nobody uses. */
	#freeSlot(): Slot | null {
		const free = this.#slots.find((slot) => !slot.job);
		if (free) return free;
		if (this.#slots.length < Math.max(1, this.#options.workers ?? 2)) return this.#spawn();
		const idle = this.#slots
			.filter(({ job }) => job?.stage.state === 'ready' && job.pins === 0 && !job.waiters.length)
			.sort((a, b) => a.job!.used - b.job!.used)[0];
		if (!idle) return null;
		// The upload keeps its report (and stays ready); its plan is made again if it is needed.
		idle.job!.slot = null;
		idle.job = null;
		return idle;
	}

	#start(job: Job, slot: Slot): void {
		slot.job = job;
		job.slot = slot;
		job.seq = ++this.#seq;
		job.stage = { state: 'reading', progress: null };
		this.#post(job, {
			type: 'plan',
			job: job.seq,
			dbPath: this.#options.dbPath,
			files: job.files,
			reportLimit: this.#options.reportLimit
		});
	}

	#spawn(): Slot {
		this.#entry ??= this.#options.entry ?? findWorkerEntry();
		const slot: Slot = { worker: new Worker(this.#entry), job: null };
		this.#slots.push(slot);
		slot.worker.on('message', (message: FromWorker) => {
			if (slot.job && message.job === slot.job.seq) this.#receive(slot.job, message);
		});
		slot.worker.on('error', (error) => {
			const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
			if (!outOfMemory) console.error('Import: a worker failed', error);
			this.#lose(
				slot,
				outOfMemory
					? 'Parallax ran out of memory reading these files; import them in smaller parts.'
					: 'Reading the files failed unexpectedly; the server log says why.'
			);
		});
		slot.worker.on('exit', () => this.#lose(slot, 'The import worker stopped unexpectedly.'));
		return slot;
	}

	#receive(job: Job, message: FromWorker): void {
		if (message.type === 'progress') job.stage = { state: 'reading', progress: message.progress };
		else if (message.type === 'planned') job.stage = { state: 'ready', report: message.report };
		else if (message.type === 'writing')
			job.stage = { state: 'writing', written: message.written, total: message.total };
		else if (message.type === 'failed') {
			this.#fail(job, message.message, message.input);
			// The thread itself is fine: it reads the next upload in line.
			this.#release(job);
			return;
		}
		const waiting = job.waiters.filter((waiter) => waiter.kind === message.type);
		job.waiters = job.waiters.filter((waiter) => waiter.kind !== message.type);
		for (const waiter of waiting) waiter.resolve(message);
		// A finished plan nobody is using lends its thread to the next upload in line.
		if (message.type === 'planned') this.#pump();
	}

	#fail(job: Job, message: string, input: boolean): void {
		job.stage = { state: 'failed', message };
		this.#reject(job, message, input);
	}

	#reject(job: Job, message: string, input: boolean): void {
		const waiting = job.waiters;
		job.waiters = [];
		for (const waiter of waiting) waiter.reject(new ImportJobError(message, input));
	}

	#next(job: Job, kind: FromWorker['type']): Promise<FromWorker> {
		return new Promise((resolve, reject) => job.waiters.push({ kind, resolve, reject }));
	}

	#post(job: Job, message: ToWorker): void {
		job.slot?.worker.postMessage(message);
	}

	/** Frees the job's thread for the queue; the worker drops the plan when it makes the next. */
	#release(job: Job): void {
		if (job.slot) job.slot.job = null;
		job.slot = null;
		this.#pump();
	}

	/** Throws when the job was cancelled while its caller waited. */
	#live(job: Job): void {
		if (this.#jobs.get(job.upload) !== job || !job.slot)
			throw new ImportJobError('The import was cancelled.', false);
	}

	#unpin(job: Job): void {
		job.pins--;
		this.#pump();
	}

	/** A thread that died: its upload keeps the failure, so the page polling it learns why. */
	#lose(slot: Slot, message: string): void {
		if (!this.#slots.includes(slot)) return;
		this.#slots.splice(this.#slots.indexOf(slot), 1);
		const job = slot.job;
		slot.job = null;
		if (job) {
			job.slot = null;
			if (job.stage.state !== 'failed') this.#fail(job, message, false);
		}
		this.#pump();
	}

	/** Ends a thread at once, whatever it is doing. */
	#retire(slot: Slot): void {
		this.#slots.splice(this.#slots.indexOf(slot), 1);
		if (slot.job) slot.job.slot = null;
		slot.job = null;
		void slot.worker.terminate();
	}
}
