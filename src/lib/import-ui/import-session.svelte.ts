// One import as the page walks through it: send the files, review them, adjust the mapping and the
// date order (each change re-reviewed on the server), then import or cancel. Owns every state the
// page shows; the components only read it and call its methods.
import type { ColumnMapping, ColumnRole } from '$lib/engine/reading/columns';
import type { DateOrder } from '$lib/engine/reading/date-formats';
import type { ImportApi } from './api';
import { checkFiles, defaultCorpusName } from './files';
import { mappingProblems, withRole } from './mapping';
import {
	importVerdict,
	type CommitResult,
	type FileChoice,
	type ImportReview,
	type ReadingProgress,
	type ReviewChoices
} from './review';
import { uploadFiles, UploadCancelled, type SendFile, type UploadProgress } from './upload';

export type ImportPhase = 'choose' | 'uploading' | 'reading' | 'review' | 'importing' | 'done';

export class ImportSession {
	phase = $state<ImportPhase>('choose');
	/** The files being imported, as picked. */
	files = $state.raw<File[]>([]);
	progress = $state.raw<UploadProgress | null>(null);
	/** How far the server has read the files (first review or re-review), while it reads. */
	reading = $state.raw<ReadingProgress | null>(null);
	/** How many uploads are ahead of this one while it waits for the server to read it. */
	waiting = $state<number | null>(null);
	/** Articles written of all, while the import's transaction runs. */
	writing = $state.raw<{ written: number; total: number } | null>(null);
	review = $state.raw<ImportReview | null>(null);
	/** What the user changed, per file; sent with every re-review and with the import. */
	choices = $state.raw<Record<string, FileChoice>>({});
	name = $state('');
	description = $state('');
	/** A re-review is on its way: the report shown is about to change. */
	updating = $state(false);
	/** What went wrong, for the alert; cleared by the next step. */
	error = $state<string | null>(null);
	/** What the last finished step did, for the status line ("Import cancelled…"). */
	status = $state<string | null>(null);
	result = $state.raw<CommitResult | null>(null);

	/** Each table's mapping as shown: the user's where they changed it, else the review's. */
	readonly mappings = $derived(
		Object.fromEntries(
			(this.review?.files ?? [])
				.filter((file) => file.kind === 'table')
				.map((file) => [file.name, this.choices[file.name]?.mapping ?? file.mapping])
		) as Record<string, ColumnMapping>
	);
	readonly problems = $derived(
		Object.fromEntries(
			Object.entries(this.mappings).map(([file, mapping]) => [file, mappingProblems(mapping)])
		) as Record<string, string[]>
	);
	readonly verdict = $derived(
		this.review
			? importVerdict(
					this.review,
					this.name,
					this.review.files
						.filter((file) => file.kind === 'table')
						.flatMap((file) =>
							(this.problems[file.name] ?? []).map((problem) => `${file.name}: ${problem}`)
						)
				)
			: null
	);

	#api: ImportApi;
	#send: SendFile | undefined;
	#upload: string | null = null;
	#controller: AbortController | null = null;
	/** Answers to older re-reviews are dropped: only the latest choices' report is shown. */
	#asked = 0;

	constructor(api: ImportApi, options: { send?: SendFile } = {}) {
		this.#api = api;
		this.#send = options.send;
	}

	/** The upload in progress or under review, if any: the page removes it when left. */
	get upload(): string | null {
		return this.#upload;
	}

	/** Checks the picked files, sends them, and reviews them with the automatic mapping. */
	async start(picked: readonly File[]): Promise<void> {
		if (this.phase === 'uploading' || this.phase === 'reading' || this.phase === 'importing')
			return;
		this.error = null;
		this.status = null;
		const check = checkFiles(picked);
		if (check.problems.length > 0) {
			this.error = check.problems.join(' ');
			return;
		}
		await this.#discard();
		this.files = check.accepted;
		this.name = defaultCorpusName(check.accepted.map((file) => file.name));
		this.description = '';
		this.review = null;
		this.choices = {};
		this.progress = null;
		this.phase = 'uploading';
		const controller = new AbortController();
		this.#controller = controller;
		let upload: string | null = null;
		try {
			upload = await this.#api.createUpload();
			if (controller.signal.aborted) throw new UploadCancelled();
			this.#upload = upload;
			const id = upload;
			await uploadFiles(check.accepted, (file) => this.#api.fileUrl(id, file.name), {
				signal: controller.signal,
				send: this.#send,
				onProgress: (progress) => (this.progress = progress)
			});
			this.phase = 'reading';
			this.reading = null;
			this.waiting = null;
			const review = await this.#api.review(id, null, {
				signal: controller.signal,
				onWaiting: (ahead) => (this.waiting = ahead),
				onProgress: (progress) => {
					this.waiting = null;
					this.reading = progress;
				}
			});
			this.waiting = null;
			if (controller.signal.aborted) throw new UploadCancelled();
			this.#show(review);
			this.phase = 'review';
		} catch (error) {
			// Cancelled: cancel() has reset the page; an upload made before it noticed is removed here.
			if (upload && this.#upload !== upload) await this.#api.remove(upload).catch(() => {});
			if (error instanceof UploadCancelled || controller.signal.aborted) return;
			await this.#discard();
			this.phase = 'choose';
			this.error = (error as Error).message;
		} finally {
			if (this.#controller === controller) this.#controller = null;
		}
	}

	/** Moves one role of one file to another column ('' for none) and re-reviews. */
	setRole(file: string, role: ColumnRole, column: string): Promise<void> {
		const mapping = withRole(this.mappings[file] ?? {}, role, column);
		this.choices = { ...this.choices, [file]: { ...this.choices[file], mapping } };
		if (mappingProblems(mapping).length > 0) return Promise.resolve();
		return this.#reReview();
	}

	/** Says which day/month order one file's dates use, and re-reviews. */
	setDateOrder(file: string, dateOrder: DateOrder): Promise<void> {
		this.choices = { ...this.choices, [file]: { ...this.choices[file], dateOrder } };
		return this.#reReview();
	}

	/** Stops the upload or drops the reviewed one: nothing is written and its files are removed. */
	async cancel(): Promise<void> {
		if (this.phase === 'importing' || this.phase === 'done') return;
		this.#controller?.abort();
		this.#controller = null;
		await this.#discard();
		this.#reset();
		this.status = 'Import cancelled: nothing was written, and the uploaded files were removed.';
	}

	/** Imports the reviewed upload; resolves with the new corpus, or null when it could not. */
	async commit(): Promise<CommitResult | null> {
		const upload = this.#upload;
		if (!upload || this.phase !== 'review' || !this.verdict?.canImport || this.updating)
			return null;
		this.phase = 'importing';
		this.error = null;
		try {
			this.writing = null;
			const result = await this.#api.commit(
				upload,
				{
					...this.#choices(),
					name: this.name.trim(),
					description: this.description.trim() || undefined
				},
				{ onProgress: (written, total) => (this.writing = { written, total }) }
			);
			this.#upload = null;
			this.result = result;
			this.phase = 'done';
			return result;
		} catch (error) {
			this.phase = 'review';
			this.error = (error as Error).message;
			return null;
		}
	}

	/** Removes the upload on the server without waiting: for a page being left. */
	abandon(): void {
		this.#controller?.abort();
		if (this.#upload) void this.#api.remove(this.#upload).catch(() => {});
		this.#upload = null;
	}

	#choices(): ReviewChoices {
		return { files: this.choices };
	}

	#show(review: ImportReview) {
		this.review = review;
	}

	async #reReview(): Promise<void> {
		const upload = this.#upload;
		if (!upload || this.phase !== 'review') return;
		const asked = ++this.#asked;
		this.updating = true;
		this.error = null;
		try {
			this.reading = null;
			this.waiting = null;
			const review = await this.#api.review(upload, this.#choices(), {
				onWaiting: (ahead) => {
					if (asked === this.#asked) this.waiting = ahead;
				},
				onProgress: (progress) => {
					if (asked !== this.#asked) return;
					this.waiting = null;
					this.reading = progress;
				}
			});
			if (asked !== this.#asked || this.#upload !== upload) return;
			// The import fills roles it detects by itself: show the mapping it actually used.
			this.choices = Object.fromEntries(
				Object.entries(this.choices).map(([name, choice]) => {
					const used = review.files.find((file) => file.name === name)?.mapping;
					return [name, choice.mapping && used ? { ...choice, mapping: used } : choice];
				})
			);
			this.review = review;
		} catch (error) {
			if (asked === this.#asked) this.error = (error as Error).message;
		} finally {
			if (asked === this.#asked) {
				this.updating = false;
				this.waiting = null;
			}
		}
	}

	async #discard(): Promise<void> {
		const upload = this.#upload;
		this.#upload = null;
		if (upload) await this.#api.remove(upload).catch(() => {});
	}

	#reset() {
		this.phase = 'choose';
		this.files = [];
		this.progress = null;
		this.reading = null;
		this.waiting = null;
		this.writing = null;
		this.review = null;
		this.choices = {};
		this.updating = false;
		this.error = null;
		this.name = '';
		this.description = '';
	}
}
