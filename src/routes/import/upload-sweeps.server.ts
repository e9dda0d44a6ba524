// Removes uploads left unused on a timer of its own, so a 500 MB upload abandoned in a closed tab
// goes after the idle time even when nobody starts another. The timer never keeps the process up.
import { importSettings } from './settings.server';
import { sweepUploads, uploadRoot } from './uploads.server';

export interface SweepOptions {
	everyMs: number;
	idleMs: number;
	root?: string;
	now?: () => number;
	/** Told each upload removed, so whatever holds it (an import worker) lets it go. */
	onRemoved?: (id: string) => void;
}

/** Sweeps now and then every `everyMs`; clearInterval on the answer stops it. */
export function startUploadSweeps(options: SweepOptions): NodeJS.Timeout {
	const now = options.now ?? Date.now;
	let sweeping = false;
	const sweep = async () => {
		if (sweeping) return;
		sweeping = true;
		try {
			const removed = await sweepUploads(now(), options.root ?? uploadRoot(), options.idleMs);
			for (const id of removed) options.onRemoved?.(id);
		} catch (error) {
			console.error('Import: sweeping unused uploads failed', error);
		} finally {
			sweeping = false;
		}
	};
	void sweep();
	const timer = setInterval(sweep, options.everyMs);
	timer.unref();
	return timer;
}

let running: NodeJS.Timeout | null = null;

/** The server's sweep, started when the server starts (and sweeping at once); later calls do nothing. */
export function ensureUploadSweeps(onRemoved: (id: string) => void): void {
	if (running) return;
	const { uploadIdleMs } = importSettings();
	running = startUploadSweeps({
		everyMs: Math.min(10 * 60 * 1000, Math.max(1000, uploadIdleMs / 4)),
		idleMs: uploadIdleMs,
		onRemoved
	});
}
