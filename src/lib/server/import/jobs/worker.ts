// An import worker: reads an upload's files and plans the import off the server's request thread,
// telling how far it has got, then holds the plan until it is committed, re-planned or dropped.
// The server ends the thread to cancel; a plan or write cut short leaves the store as it was.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { InputError } from '$lib/engine/input-error';
import { openStore, type Store } from '../../store';
import { commitImport } from '../commit';
import { planImport, reportOf, type ImportPlan, type PlanProgress } from '../plan';
import type { FromWorker, ToWorker } from './messages';

/** Progress is sent at most this often; stage changes always go at once. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (!port) throw new Error('The import worker runs as a worker thread');

let store: Store | null = null;
let plan: { job: number; plan: ImportPlan } | null = null;

const send = (message: FromWorker) => port.postMessage(message);

function throttled<T extends unknown[]>(
	post: (...args: T) => void,
	changed: (...args: T) => boolean
) {
	let last = 0;
	return (...args: T) => {
		const now = Date.now();
		if (now - last < PROGRESS_EVERY_MS && !changed(...args)) return;
		last = now;
		post(...args);
	};
}

function handle(message: ToWorker): void {
	const { job } = message;
	if (message.type === 'plan') {
		plan = null;
		const files = message.files.map((file) => ({
			name: file.name,
			bytes: new Uint8Array(readFileSync(file.path)),
			mapping: file.mapping,
			dateOrder: file.dateOrder
		}));
		let stage = '';
		const progress = throttled(
			(p: PlanProgress) => send({ type: 'progress', job, progress: p }),
			(p) => `${p.stage}:${p.fileIndex}` !== stage && ((stage = `${p.stage}:${p.fileIndex}`), true)
		);
		const planned = planImport(files, {
			store: (store ??= openStore(message.dbPath)),
			onProgress: progress
		});
		plan = { job, plan: planned };
		send({ type: 'planned', job, report: reportOf(planned, message.reportLimit) });
		return;
	}
	if (!plan || !store || plan.job !== job) throw new Error('This upload has not been read yet');
	if (message.type === 'problems') {
		send({ type: 'problems', job, problems: plan.plan.problems });
		return;
	}
	const progress = throttled(
		(written: number, total: number) => send({ type: 'writing', job, written, total }),
		(written, total) => written === 0 || written === total
	);
	const result = commitImport(store, plan.plan, {
		name: message.name,
		description: message.description,
		onProgress: progress
	});
	plan = null;
	send({ type: 'committed', job, result });
}

/** What the user is told: a system error names a path on the server, so it is told in words. */
function userMessage(error: unknown): string {
	if (error && typeof error === 'object' && 'syscall' in error) {
		console.error('Import worker:', error);
		return (error as NodeJS.ErrnoException).code === 'ENOENT'
			? 'The uploaded files are no longer on the server; upload them again.'
			: 'Parallax could not read the uploaded files on the server; the server log says why.';
	}
	return (error as Error).message ?? String(error);
}

port.on('message', (message: ToWorker) => {
	try {
		handle(message);
	} catch (error) {
		send({
			type: 'failed',
			job: message.job,
			message: userMessage(error),
			input: error instanceof InputError
		});
	}
});
