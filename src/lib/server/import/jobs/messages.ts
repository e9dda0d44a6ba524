// What the server and an import worker say to each other. Everything here crosses a thread
// boundary by structured clone: plain data only, no article texts except inside the worker.
import type { ColumnMapping, DateOrder } from '$lib/engine';
import type { CommitResult } from '../commit';
import type { ImportReport, PlanProgress } from '../plan';
import type { ImportProblem } from '../plan-file';

/** An uploaded file as the worker reads it: the name the user knows, where it is on disk. */
export interface JobFile {
	name: string;
	path: string;
	mapping?: ColumnMapping;
	dateOrder?: DateOrder;
}

export type ToWorker =
	| { type: 'plan'; job: number; dbPath: string; files: JobFile[]; reportLimit: number }
	| { type: 'commit'; job: number; name: string; description?: string }
	| { type: 'problems'; job: number };

export type FromWorker =
	| { type: 'progress'; job: number; progress: PlanProgress }
	| { type: 'planned'; job: number; report: ImportReport }
	| { type: 'writing'; job: number; written: number; total: number }
	| { type: 'committed'; job: number; result: CommitResult }
	| { type: 'problems'; job: number; problems: ImportProblem[] }
	| { type: 'failed'; job: number; message: string; input: boolean };
