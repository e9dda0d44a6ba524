// What the page and the import endpoints say to each other, and what the user may do with a
// validation report: the review of an upload, the choices sent back, the verdict on importing.
import type { ColumnMapping } from '$lib/engine/reading/columns';
import type { DateOrder } from '$lib/engine/reading/date-formats';
// Types only: they vanish from the browser bundle, and keep the page in step with the server.
import type {
	DateColumnReport,
	DateExample,
	FileReport,
	ImportReport,
	ImportTotals,
	PlanProgress
} from '$lib/server/import';

export type ReviewFile = FileReport;
export type ReviewDates = DateColumnReport;
export type ReviewDateExample = DateExample;
export type ReviewTotals = ImportTotals;

/** Problems a review lists at most; the bad-rows CSV holds them all. */
export const REVIEW_PROBLEMS = 5000;

/** The validation report of an upload, as the review endpoint sends it: nothing is written yet. */
export interface ImportReview extends ImportReport {
	upload: string;
}

/** How far the server has read an upload: file, rows so far, bytes read of all. */
export type ReadingProgress = PlanProgress;

/**
 * Where an upload stands on the server, as the review endpoint answers (and is polled): waiting
 * for a worker behind `ahead` other uploads, being read, read with its report, being written, or
 * failed with the reason.
 */
export type ReviewStatus =
	| { state: 'queued'; ahead: number }
	| { state: 'reading'; progress: ReadingProgress | null }
	| { state: 'ready'; review: ImportReview }
	| { state: 'writing'; written: number; total: number }
	| { state: 'failed'; message: string };

/** What the user chose for one file; what is absent is left to detection or a saved mapping. */
export interface FileChoice {
	mapping?: ColumnMapping;
	dateOrder?: DateOrder;
}

/** The choices that shape a review, per file name. */
export interface ReviewChoices {
	files: Record<string, FileChoice>;
}

/** What importing asks for besides the choices. */
export interface CommitRequest extends ReviewChoices {
	name: string;
	description?: string;
}

export type { CommitResult } from '$lib/server/import';

export interface ImportVerdict {
	canImport: boolean;
	/** The import button's words: "Import 802 good rows and skip the 2 listed". */
	label: string;
	/** Why importing is not possible yet, one sentence each. */
	blockers: string[];
}

const count = new Intl.NumberFormat('en');
const rows = (n: number) => `${count.format(n)} good ${n === 1 ? 'row' : 'rows'}`;

/** Files whose dates cannot be read until the user names the day/month order. */
export function filesAwaitingDateOrder(review: ImportReview): ReviewFile[] {
	return review.files.filter((file) => file.dates?.ambiguous && !file.dates.order);
}

/**
 * Whether the reviewed upload may be imported as it stands, and the button's words. Importing
 * needs good rows, a settled date order, a mapping with a text column and a corpus name.
 */
export function importVerdict(
	review: ImportReview,
	name: string,
	mappingProblems: readonly string[] = []
): ImportVerdict {
	const { good, bad } = review.totals;
	const blockers: string[] = [];
	if (filesAwaitingDateOrder(review).length > 0)
		blockers.push('Say whether the dates put the day or the month first.');
	blockers.push(...mappingProblems);
	if (good === 0) blockers.push('There are no good rows to import.');
	if (name.trim() === '') blockers.push('Name the corpus.');
	const label =
		good === 0
			? 'Import'
			: bad === 0
				? `Import ${rows(good)}`
				: `Import ${rows(good)} and skip the ${count.format(bad)} listed`;
	return { canImport: blockers.length === 0, label, blockers };
}

/** The totals as the report's headline figures, with the word each needs. */
export function totalsLines(
	totals: ReviewTotals
): { key: string; label: string; value: string; tone: 'good' | 'note' | 'bad' }[] {
	return [
		{ key: 'good', label: 'good rows to import', value: count.format(totals.good), tone: 'good' },
		{
			key: 'duplicate-texts',
			label: 'duplicates by content, stored once',
			value: count.format(totals.duplicateTexts),
			tone: 'note'
		},
		{
			key: 'duplicate-ids',
			label: 'duplicates by id (kept when the text differs)',
			value: count.format(totals.duplicateIds),
			tone: 'note'
		},
		{ key: 'bad', label: 'bad rows, skipped', value: count.format(totals.bad), tone: 'bad' }
	];
}

const DATE_ORDERS: readonly string[] = ['dmy', 'mdy'];
const ROLES: readonly string[] = ['text', 'title', 'outlet', 'date', 'url', 'id'];

/**
 * Reads choices sent by a client, keeping only what is well-formed: known roles naming a column,
 * a known date order. Anything else is dropped, never trusted.
 */
export function readChoices(value: unknown): ReviewChoices {
	const files: Record<string, FileChoice> = {};
	const given =
		value && typeof value === 'object' && 'files' in value
			? (value as { files: unknown }).files
			: null;
	if (!given || typeof given !== 'object' || Array.isArray(given)) return { files };
	for (const [name, raw] of Object.entries(given as Record<string, unknown>)) {
		if (!raw || typeof raw !== 'object') continue;
		const choice: FileChoice = {};
		const { mapping, dateOrder } = raw as { mapping?: unknown; dateOrder?: unknown };
		if (mapping && typeof mapping === 'object' && !Array.isArray(mapping)) {
			const clean: ColumnMapping = {};
			for (const [role, column] of Object.entries(mapping))
				// '' is kept: it is the user's explicit "no column" for a role.
				if (ROLES.includes(role) && typeof column === 'string')
					clean[role as keyof ColumnMapping] = column;
			choice.mapping = clean;
		}
		if (typeof dateOrder === 'string' && DATE_ORDERS.includes(dateOrder))
			choice.dateOrder = dateOrder as DateOrder;
		if (choice.mapping || choice.dateOrder) files[name] = choice;
	}
	return { files };
}

/** A commit request as a client sent it: its name (trimmed; '' when missing) and its choices. */
export function readCommitRequest(value: unknown): CommitRequest {
	const body = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
	const name = typeof body.name === 'string' ? body.name.trim() : '';
	const description =
		typeof body.description === 'string' && body.description.trim() !== ''
			? body.description.trim()
			: undefined;
	return { ...readChoices(value), name, description };
}

const ENCODING_NAMES: Record<string, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (little-endian)',
	'utf-16be': 'UTF-16 (big-endian)',
	'windows-1252': 'Windows-1252'
};

/** What the page says while the upload waits for a worker, `ahead` others before it. */
export function waitingLine(ahead: number): string {
	if (ahead === 0) return 'Waiting for another import to be read: this one is next.';
	return `Waiting: ${count.format(ahead)} ${ahead === 1 ? 'import' : 'imports'} ahead of this one.`;
}

/** "UTF-8 with BOM", "Windows-1252"; "unreadable" when no encoding fits. */
export function encodingLabel(encoding: string | null, bom: boolean): string {
	if (encoding === null) return 'unreadable';
	const name = ENCODING_NAMES[encoding] ?? encoding;
	return bom ? `${name} with BOM` : name;
}
