// `parallax import`: reads article files, prints the validation report, and stores the good rows as
// a new corpus in one transaction — only when nothing is wrong, or when told to skip what is.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
	COLUMN_ROLES,
	decodeText,
	describeNoText,
	NO_TEXT_REASONS,
	NO_TEXT_WORDS,
	InputError,
	type ColumnMapping,
	type ColumnRole,
	type DateOrder
} from '../lib/engine';
import {
	commitImport,
	planImport,
	type DateColumnReport,
	type Duplicate,
	type FileReport,
	type ImportPlan,
	type ImportProblem
} from '../lib/server/import';
import { openStore, StoreError, type Store } from '../lib/server/store';
import { defaultCorpusName, listInputFiles } from './inputs';

export interface ImportOptions {
	paths: string[];
	/** The corpus's name (its slug is derived from it); default: the file or folder named. */
	corpus?: string;
	description?: string;
	mapping?: ColumnMapping;
	dateOrder?: DateOrder;
	skipBadRows?: boolean;
	/** The store to write to. */
	db: string;
}

/** A --mapping file that cannot be used: a usage error, not an input problem. */
export class MappingFileError extends Error {}

/** Reads a mapping file: a JSON object from roles to column names, `{ "text": "body", … }`. */
export function readMappingFile(path: string): ColumnMapping {
	let json: unknown;
	try {
		json = JSON.parse(decodeText(readFileSync(path), path).text);
	} catch (error) {
		throw new MappingFileError(
			`--mapping ${path} cannot be read as JSON (${(error as Error).message})`
		);
	}
	if (!json || typeof json !== 'object' || Array.isArray(json))
		throw new MappingFileError(
			`--mapping ${path} must hold a JSON object such as { "text": "body" }`
		);
	const mapping: ColumnMapping = {};
	for (const [role, column] of Object.entries(json)) {
		if (!(COLUMN_ROLES as readonly string[]).includes(role))
			throw new MappingFileError(
				`--mapping ${path}: "${role}" is not a role (roles: ${COLUMN_ROLES.join(', ')})`
			);
		if (typeof column !== 'string' || column === '')
			throw new MappingFileError(`--mapping ${path}: "${role}" must name a column`);
		mapping[role as ColumnRole] = column;
	}
	return mapping;
}

const count = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function describeImportProblem({ file, row, field, reason }: ImportProblem): string {
	return `${file}${row === undefined ? '' : `:${row}`}${field ? ` ${field}` : ''} — ${reason}`;
}

function describeDates(dates: DateColumnReport): string {
	const examples = dates.examples.map((example) =>
		example.reading !== null || example.asDmy === undefined
			? `"${example.value}" → ${example.reading ?? 'not read'}`
			: `"${example.value}" → ${example.asDmy ?? 'impossible'} (D/M) or ${example.asMdy ?? 'impossible'} (M/D)`
	);
	const order = dates.ambiguous
		? dates.order
			? `day/month order ${dates.order} (${dates.orderFrom === 'saved' ? 'remembered for this header' : 'as asked'}; the values cannot show it)`
			: 'day/month order undecided: the values cannot show it; pass --date-order dmy or mdy'
		: dates.orderFrom === 'option'
			? `day/month order ${dates.order} (as asked)`
			: dates.order
				? 'day/month order shown by the values'
				: '';
	const others = dates.formats
		.slice(1)
		.map((format) => `${count(format.rows, 'row')} ${format.format}`)
		.join(', ');
	return [
		`"${dates.column}" is ${dates.format}${order ? `, ${order}` : ''}${others ? ` (also ${others})` : ''}`,
		...examples.map((example) => `    ${example}`)
	].join('\n');
}

function describeFile(file: FileReport): string[] {
	const encoding = `${file.encoding ?? 'unknown encoding'}${file.bom ? ' with BOM' : ''}`;
	const outcome = file.excluded
		? 'left out (see problems)'
		: `${count(file.articles, 'article')}, ${count(file.duplicates, 'duplicate text')}, ${count(file.bad, 'bad row')}`;
	const lines = [file.name, `  read       ${encoding}, ${count(file.rows, 'row')} → ${outcome}`];
	if (file.kind === 'table' && file.header.length > 0) {
		lines.push(`  columns    ${file.header.join(', ')}`);
		const mapping = COLUMN_ROLES.filter((role) => file.mapping[role])
			.map((role) => `${role}=${file.mapping[role]}`)
			.join(' ');
		if (file.mappingFrom) lines.push(`  mapping    ${mapping || 'none'} (${file.mappingFrom})`);
	}
	if (file.kind === 'text')
		lines.push(`  metadata   ${file.mappingFrom ? 'from the manifest' : 'none'}`);
	if (file.dates) lines.push(`  dates      ${describeDates(file.dates)}`);
	return lines;
}

const LISTED_DUPLICATES = 20;

/** One line per row: a row repeating both the id and the text of the same row says so once. */
function groupDuplicates(duplicates: readonly Duplicate[]) {
	const lines: { duplicate: Duplicate; what: string }[] = [];
	for (const duplicate of duplicates) {
		const what = duplicate.by === 'corpus' ? 'text (already stored)' : duplicate.by;
		const last = lines.at(-1);
		if (
			last &&
			last.duplicate.file === duplicate.file &&
			last.duplicate.row === duplicate.row &&
			last.duplicate.sameAs.file === duplicate.sameAs.file &&
			last.duplicate.sameAs.row === duplicate.sameAs.row
		)
			last.what = `${last.what} and ${what}`;
		else lines.push({ duplicate, what });
	}
	return lines;
}

/** The report as text: files, totals, every problem, the first duplicates and the notes. */
export function formatPlan(plan: ImportPlan): string {
	const { totals } = plan;
	const where = (ref: { file: string; row: number | null }) =>
		ref.row === null ? ref.file : `${ref.file}:${ref.row}`;
	const lines = ['Import plan (nothing is written yet)', ''];
	for (const file of plan.files) lines.push(...describeFile(file), '');
	lines.push(
		`Totals: ${count(totals.rows, 'row')} read from ${count(totals.files, 'file')}` +
			(totals.excludedFiles ? ` (${totals.excludedFiles} left out)` : ''),
		`  ${count(totals.good, 'good row')} to import`,
		`  ${count(totals.duplicateTexts, 'duplicate text')} (stored once)`,
		`  ${count(totals.duplicateIds, 'duplicate id')}${totals.duplicateIds ? ' (kept when their text differs)' : ''}`,
		`  ${count(totals.bad, 'bad row')}`
	);
	if (plan.corpusId !== null)
		lines.push(`  ${count(totals.alreadyInCorpus, 'text')} already in the corpus`);
	if (totals.noText > 0) {
		lines.push(
			'',
			`No readable text: ${count(totals.noText, 'article')} to import with no body sentence to code`
		);
		for (const outlet of plan.noText) lines.push(`  ${describeNoText(outlet)}`);
		const reasons = NO_TEXT_REASONS.filter((reason) =>
			plan.noText.some((outlet) => outlet.reasons.some((r) => r.reason === reason))
		);
		for (const reason of reasons)
			lines.push(`  (${NO_TEXT_WORDS[reason].label}: ${NO_TEXT_WORDS[reason].explanation})`);
	}
	lines.push('', `Problems: ${plan.problems.length === 0 ? 'none' : plan.problems.length}`);
	for (const problem of plan.problems) lines.push(`  ${describeImportProblem(problem)}`);
	if (plan.duplicates.length > 0) {
		lines.push('', 'Duplicates:');
		const grouped = groupDuplicates(plan.duplicates);
		for (const { duplicate, what } of grouped.slice(0, LISTED_DUPLICATES))
			lines.push(`  ${where(duplicate)} repeats the ${what} of ${where(duplicate.sameAs)}`);
		if (grouped.length > LISTED_DUPLICATES)
			lines.push(`  …and ${grouped.length - LISTED_DUPLICATES} more`);
	}
	if (plan.nearCopies.length > 0) {
		lines.push(
			'',
			`Near-copies: ${count(plan.nearCopies.length, 'article')} nearly the same as an earlier one (stored, counted once per outlet)`
		);
		for (const copy of plan.nearCopies.slice(0, LISTED_DUPLICATES))
			lines.push(`  ${where(copy)} is a near-copy of ${where(copy.sameAs)}`);
		if (plan.nearCopies.length > LISTED_DUPLICATES)
			lines.push(`  …and ${plan.nearCopies.length - LISTED_DUPLICATES} more`);
	}
	if (plan.notes.length > 0) lines.push('', 'Notes:', ...plan.notes.map((note) => `  ${note}`));
	return lines.join('\n');
}

const rate = (n: number, ms: number) =>
	`${(ms / 1000).toFixed(2)} s, ${Math.round(n / Math.max(ms / 1000, 0.001)).toLocaleString('en')} rows/s`;

/**
 * Runs an import and returns the exit status: 0 imported, 1 nothing written (problems without
 * `skipBadRows`, nothing to import, or a store that cannot be used).
 */
export function runImport(
	options: ImportOptions,
	out: (line: string) => void = console.log,
	err: (line: string) => void = console.error
): number {
	const listed = listInputFiles(options.paths);
	if (listed.problems.length > 0) {
		err(
			`parallax: cannot import; nothing was written.\n${listed.problems.map((p) => describeImportProblem({ ...p, scope: 'file' })).join('\n')}`
		);
		return 1;
	}
	// An absent store is created only when there is something to write into it.
	let store: Store | undefined;
	try {
		store = existsSync(options.db) ? openStore(options.db) : undefined;
		const started = performance.now();
		const plan = planImport(listed.files, {
			mapping: options.mapping,
			dateOrder: options.dateOrder,
			store,
			manifests: listed.sidecars
		});
		const planned = performance.now() - started;
		out(formatPlan(plan));
		out(`\nRead ${count(plan.totals.rows, 'row')} in ${rate(plan.totals.rows, planned)}.`);
		if (plan.articles.length === 0) {
			err('\nparallax: nothing was imported: the files hold no article to import.');
			return 1;
		}
		if (plan.problems.length > 0 && !options.skipBadRows) {
			err(
				`\nparallax: nothing was imported: ${count(plan.problems.length, 'problem')} listed above. Fix them, or pass --skip-bad-rows to import the ${count(plan.totals.good, 'good row')} and skip the rest.`
			);
			return 1;
		}
		store ??= openStore(options.db);
		const name = options.corpus?.trim() || defaultCorpusName(options.paths);
		out(`\nWriting ${count(plan.articles.length, 'article')} to ${options.db}…`);
		const writing = performance.now();
		const result = commitImport(store, plan, { name, description: options.description });
		out(
			`Imported ${count(result.imported, 'article')} into corpus "${name}" (${result.slug}) in ${rate(result.imported, performance.now() - writing)}; ` +
				`${count(result.duplicates, 'duplicate text')} stored once, ${count(result.skippedBad, 'bad row')} skipped` +
				(result.noText > 0 ? `; ${count(result.noText, 'article')} with no readable text.` : '.')
		);
		return 0;
	} catch (error) {
		if (error instanceof StoreError || error instanceof InputError) {
			err(`parallax: cannot import; nothing was written.\n${error.message}`);
			return 1;
		}
		throw error;
	} finally {
		store?.close();
	}
}
