// Plans an import before anything is written: every file read, every article that would be stored,
// every duplicate and bad row listed. The plan's report is what the user decides on.
import {
	countNoText,
	noTextOf,
	type ColumnMapping,
	type DateOrder,
	type InputFile,
	type NoTextOutlet,
	type NoTextReason,
	type ReadArticle
} from '$lib/engine';
import { nearDuplicateOf } from '$lib/engine/near-duplicates';
import { contentHash } from '../corpora';
import type { Store } from '../store';
import { expandArchives } from './archive';
import { pairManifests } from './manifests';
import { savedMapping } from './mappings';
import { resolveOutlet } from './outlets';
import {
	clip,
	planFile,
	REASON_CHARS,
	type FileReport,
	type ImportFile,
	type ImportProblem,
	type MappingChoice
} from './plan-file';

export interface PlanOptions {
	/** Columns to use in every file (a file's own `mapping` wins); unmapped roles are detected. */
	mapping?: ColumnMapping;
	/** Day/month order for numeric dates in every file (a file's own `dateOrder` wins). */
	dateOrder?: DateOrder;
	/** Where remembered mappings are looked up (for files without an explicit mapping). */
	store?: Store;
	/** A stored corpus to count already-stored texts against (needs `store`). */
	corpusId?: number;
	/** manifest.csv files that describe .txt files named one by one; not imported themselves. */
	manifests?: readonly InputFile[];
	/** Called as files are read, so a long plan can show how far it is; callers throttle. */
	onProgress?: (progress: PlanProgress) => void;
}

/** How far a plan has got, over every file (archive members one by one). */
export interface PlanProgress {
	stage: 'parsing' | 'checking';
	/** The file being read, its place (from 1) and how many there are. */
	file: string;
	fileIndex: number;
	files: number;
	/** Rows read so far, all files together. */
	rows: number;
	/** Bytes read so far and in all, all files together. */
	bytesDone: number;
	bytesTotal: number;
}

/** Where a row is: its file and row (null for a whole .txt file). */
export interface RowRef {
	file: string;
	row: number | null;
}

export interface Duplicate extends RowRef {
	/** `text`: the same text planned before; `id`: the same id; `corpus`: the text is already stored. */
	by: 'text' | 'id' | 'corpus';
	sameAs: RowRef;
}

/** An article whose text is a near-copy of an earlier one's (a re-post, the same wire story). */
export interface NearCopy extends RowRef {
	sameAs: RowRef;
}

export interface ImportTotals {
	/** Files read (archive members count one each). */
	files: number;
	/** Files left out whole (unreadable, unsupported, no text column, undecided dates). */
	excludedFiles: number;
	/** Rows read: rows = good + duplicateTexts + bad. */
	rows: number;
	/** Articles the import would store. */
	good: number;
	/** Rows whose text repeats an earlier row's: stored once. */
	duplicateTexts: number;
	/** Rows whose id repeats an earlier row's (whatever their text); kept when the text differs. */
	duplicateIds: number;
	/** Good articles whose text the corpus `corpusId` already holds. */
	alreadyInCorpus: number;
	/** Rows not imported because of a problem, including every row of a file left out. */
	bad: number;
	/** Good articles with no body sentence to code (furniture only, or no word): see `noText`. */
	noText: number;
	/** Good articles that are near-copies of an earlier one: stored, counted once per outlet. */
	nearCopies: number;
	/** Every problem listed, bad rows and whole-file problems alike. */
	problems: number;
}

/** The validation report: JSON-serialisable, without article texts, lists capped in `reportOf`. */
export interface ImportReport {
	files: FileReport[];
	totals: ImportTotals;
	problems: ImportProblem[];
	/** Problems left off the list (the totals count them). */
	problemsOmitted: number;
	duplicates: Duplicate[];
	duplicatesOmitted: number;
	nearCopies: NearCopy[];
	nearCopiesOmitted: number;
	/** Outlets with articles that have no readable text, as the store will name them. */
	noText: NoTextOutlet[];
	noTextOmitted: number;
	notes: string[];
	corpusId: number | null;
}

export interface ImportPlan {
	files: FileReport[];
	totals: ImportTotals;
	/** Every problem, in file order; row problems by row. */
	problems: ImportProblem[];
	duplicates: Duplicate[];
	/** Articles to store that are near-copies of an earlier one, in file and row order. */
	nearCopies: NearCopy[];
	/** Per outlet, the articles to store that have no readable text, and why. */
	noText: NoTextOutlet[];
	notes: string[];
	corpusId: number | null;
	/** The articles to store: good rows, each text once, in file and row order. */
	articles: ReadArticle[];
	/** Mappings the user chose for a header, remembered when the plan is committed. */
	choices: MappingChoice[];
}

const refOf = (article: ReadArticle): RowRef => ({ file: article.file, row: article.row });

function storedHashes(store: Store, corpusId: number): Map<string, string> {
	const rows = store
		.prepare('SELECT content_hash, source_file FROM articles WHERE corpus_id = ?')
		.all(corpusId) as { content_hash: string; source_file: string }[];
	return new Map(rows.map((row) => [row.content_hash, row.source_file]));
}

/**
 * Outlet names as the store will hold them once committed: through its aliases, and one spelling
 * per name whatever its case (the first), as outlets are stored.
 */
function outletNamer(store: Store | undefined): (name: string) => string {
	const given = new Map<string, string>();
	const spelling = new Map<string, string>();
	return (name) => {
		let stored = given.get(name);
		if (stored === undefined) {
			const resolved = store ? resolveOutlet(store, name) : name.trim();
			const key = resolved.toLowerCase();
			if (!spelling.has(key)) spelling.set(key, resolved);
			given.set(name, (stored = spelling.get(key)!));
		}
		return stored;
	};
}

/**
 * Reads every file (a .zip is read member by member, a .txt with the manifest.csv in its folder)
 * and plans what an import would store. Nothing is written; bad content is never thrown, it is
 * listed in the plan.
 */
export function planImport(files: readonly ImportFile[], options: PlanOptions = {}): ImportPlan {
	const expanded = expandArchives(files);
	const paired = pairManifests(expanded.files, options.manifests);
	const store = options.store;
	const problems: ImportProblem[] = [...expanded.problems, ...paired.problems].map((p) => ({
		...p,
		reason: clip(p.reason, REASON_CHARS),
		scope: 'file'
	}));
	const notes = [...expanded.notes];
	const reports: FileReport[] = [];
	const articles: ReadArticle[] = [];
	const duplicates: Duplicate[] = [];
	const choices: MappingChoice[] = [];
	const byHash = new Map<string, RowRef>();
	const byId = new Map<string, RowRef>();
	const stored =
		store && options.corpusId !== undefined ? storedHashes(store, options.corpusId) : null;
	let duplicateTexts = 0;
	let duplicateIds = 0;
	let alreadyInCorpus = 0;
	const outletName = outletNamer(store);
	const readable: { outlet: string; noText: NoTextReason | null }[] = [];
	const bytesTotal = paired.inputs.reduce((sum, input) => sum + input.file.bytes.length, 0);
	let bytesBefore = 0;
	let rowsBefore = 0;
	for (const [index, input] of paired.inputs.entries()) {
		const size = input.file.bytes.length;
		const onProgress = options.onProgress;
		const plan = planFile(input, {
			mapping: options.mapping,
			dateOrder: options.dateOrder,
			savedFor: store ? (header) => savedMapping(store, header) : undefined,
			onProgress:
				onProgress &&
				((progress) =>
					onProgress({
						stage: progress.stage,
						file: input.file.name,
						fileIndex: index + 1,
						files: paired.inputs.length,
						rows: rowsBefore + progress.rows,
						bytesDone: bytesBefore + Math.round(progress.fraction * size),
						bytesTotal
					}))
		});
		bytesBefore += size;
		rowsBefore += plan.report.rows;
		const { report } = plan;
		problems.push(...plan.problems);
		notes.push(...plan.notes);
		if (plan.choice) choices.push(plan.choice);
		const badRows = new Set(plan.problems.filter((p) => p.scope === 'row').map((p) => p.row));
		report.bad = report.excluded ? report.rows : badRows.size;
		let damaged = 0;
		for (const article of plan.articles) {
			if (article.text.includes('\uFFFD')) damaged++;
			if (article.id !== null) {
				const first = byId.get(article.id);
				if (first) {
					duplicateIds++;
					duplicates.push({ by: 'id', ...refOf(article), sameAs: first });
				} else byId.set(article.id, refOf(article));
			}
			const hash = contentHash(article.text);
			const firstText = byHash.get(hash);
			if (firstText) {
				duplicateTexts++;
				report.duplicates++;
				duplicates.push({ by: 'text', ...refOf(article), sameAs: firstText });
				continue;
			}
			byHash.set(hash, refOf(article));
			const storedAs = stored?.get(hash);
			if (storedAs !== undefined) {
				alreadyInCorpus++;
				duplicates.push({ by: 'corpus', ...refOf(article), sameAs: { file: storedAs, row: null } });
			}
			articles.push(article);
			readable.push({
				outlet: outletName(article.outlet.name),
				noText: noTextOf(article.text, { title: article.title })
			});
			report.articles++;
		}
		if (damaged > 0)
			notes.push(
				`${report.name}: ${damaged} ${damaged === 1 ? 'text holds' : 'texts hold'} "\uFFFD" replacement characters: they were damaged before this file was written, and are kept as they are`
			);
		reports.push(report);
	}
	const noText = countNoText(readable);
	const memberProblems = new Set(
		expanded.problems.filter((p) => p.row === undefined).map((p) => p.file)
	);
	const copyOf = nearDuplicateOf(
		articles.map((article) => article.text),
		{ sites: articles.map((article) => outletName(article.outlet.name)) }
	);
	const nearCopies: NearCopy[] = [];
	copyOf.forEach((first, i) => {
		if (first !== null)
			nearCopies.push({ ...refOf(articles[i]!), sameAs: refOf(articles[first]!) });
	});
	return {
		files: reports,
		totals: {
			files: reports.length + memberProblems.size,
			excludedFiles: reports.filter((r) => r.excluded).length + memberProblems.size,
			rows: reports.reduce((sum, r) => sum + r.rows, 0),
			good: articles.length,
			duplicateTexts,
			duplicateIds,
			alreadyInCorpus,
			bad: reports.reduce((sum, r) => sum + r.bad, 0),
			noText: noText.reduce((sum, outlet) => sum + outlet.noText, 0),
			nearCopies: nearCopies.length,
			problems: problems.length
		},
		problems,
		duplicates,
		nearCopies,
		noText,
		notes,
		corpusId: options.corpusId ?? null,
		articles,
		choices
	};
}

/** What to show and send: the plan without its articles, with lists cut at `limit` entries. */
export function reportOf(plan: ImportPlan, limit = 1000): ImportReport {
	return {
		files: plan.files,
		totals: plan.totals,
		problems: plan.problems.slice(0, limit),
		problemsOmitted: Math.max(0, plan.problems.length - limit),
		duplicates: plan.duplicates.slice(0, limit),
		duplicatesOmitted: Math.max(0, plan.duplicates.length - limit),
		nearCopies: plan.nearCopies.slice(0, limit),
		nearCopiesOmitted: Math.max(0, plan.nearCopies.length - limit),
		noText: plan.noText.slice(0, limit),
		noTextOmitted: Math.max(0, plan.noText.length - limit),
		notes: plan.notes.slice(0, limit),
		corpusId: plan.corpusId
	};
}
