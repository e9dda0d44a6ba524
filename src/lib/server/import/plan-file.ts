// Plans one input file: decodes and parses it with the engine's readers, maps its columns, reads
// its rows into articles, and sorts every problem into a bad row or a reason to leave the file out.
import {
	cellText,
	datasetValueLabels,
	decodeText,
	extensionOf,
	InputError,
	mapColumns,
	parseDelimited,
	parseJsonArray,
	parseJsonLines,
	readArticleFile,
	recordsToArticles,
	SUPPORTED_EXTENSIONS,
	type ColumnMapping,
	type DecodedText,
	type DateOrder,
	type InputFile,
	type InputProblem,
	type ParsedTable,
	type RawRecord,
	type ReadArticle,
	type TextEncoding
} from '$lib/engine';
import { analyseDateColumn, type DateColumnReport } from './date-column';
import type { CollectedInput } from './manifests';

/** Where a problem leaves its mark: one row is skipped, or the whole file is left out. */
export type ProblemScope = 'row' | 'file';

export interface ImportProblem extends InputProblem {
	scope: ProblemScope;
}

/** Where a file's column mapping came from. */
export type MappingSource = 'explicit' | 'saved' | 'detected' | 'manifest';

/** The first rows of a table as the user will recognise them, every cell cut to a preview length. */
export interface PreviewTable {
	header: string[];
	rows: string[][];
}

export interface FileReport {
	name: string;
	kind: 'table' | 'text';
	encoding: TextEncoding | null;
	/** Whether the file started with a byte-order mark. */
	bom: boolean;
	/** Rows read: table rows (blank lines aside), or 1 for a text file. */
	rows: number;
	/** Articles this file adds to the corpus (good rows whose text is not already planned). */
	articles: number;
	/** Rows repeating a text planned before them. */
	duplicates: number;
	/** Rows not imported because of a problem (every row, when the file is left out). */
	bad: number;
	/** True when a problem of the whole file (unreadable, no text column, undecided dates) keeps it out. */
	excluded: boolean;
	header: string[];
	/** Role → column actually used. */
	mapping: ColumnMapping;
	mappingFrom: MappingSource | null;
	dates: DateColumnReport | null;
	preview: PreviewTable | null;
}

/** A choice the user made for a header, to remember on commit. */
export interface MappingChoice {
	header: string[];
	mapping: ColumnMapping;
	dateOrder: DateOrder | null;
}

/** An input file and, optionally, the column mapping and date order chosen for it alone. */
export interface ImportFile extends InputFile {
	mapping?: ColumnMapping;
	dateOrder?: DateOrder;
}

export interface FilePlanOptions {
	mapping?: ColumnMapping;
	dateOrder?: DateOrder;
	/** The mapping remembered for a header, if any. */
	savedFor?: (header: string[]) => { mapping: ColumnMapping; dateOrder: DateOrder | null } | null;
	/** How far the file has been read: rows so far and the share of its text behind them. */
	onProgress?: (progress: FileProgress) => void;
}

export interface FileProgress {
	/** `parsing`: rows are being read; `checking`: every row is read and is being mapped and checked. */
	stage: 'parsing' | 'checking';
	rows: number;
	/** Share of the file's text read, 0 to 1. */
	fraction: number;
}

export interface FilePlan {
	report: FileReport;
	/** Articles from rows without problems; empty when the file is left out. */
	articles: ReadArticle[];
	problems: ImportProblem[];
	notes: string[];
	choice: MappingChoice | null;
}

export const PREVIEW_ROWS = 5;
export const PREVIEW_CELL_CHARS = 200;
/** Reasons quote values; a 10 MB cell must not make a 10 MB report. */
export const REASON_CHARS = 400;

export function clip(text: string, limit: number): string {
	return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function previewOf(header: string[], records: readonly RawRecord[]): PreviewTable {
	return {
		header: header.map((name) => clip(name, PREVIEW_CELL_CHARS)),
		rows: records
			.slice(0, PREVIEW_ROWS)
			.map(({ values }) => header.map((name) => clip(cellText(values[name]), PREVIEW_CELL_CHARS)))
	};
}

const toProblem = (problem: InputProblem, scope: ProblemScope): ImportProblem => ({
	...problem,
	reason: clip(problem.reason, REASON_CHARS),
	scope
});

function emptyReport(name: string, kind: FileReport['kind']): FileReport {
	return {
		name,
		kind,
		encoding: null,
		bom: false,
		rows: 0,
		articles: 0,
		duplicates: 0,
		bad: 0,
		excluded: false,
		header: [],
		mapping: {},
		mappingFrom: null,
		dates: null,
		preview: null
	};
}

const BOMS = [
	[0xef, 0xbb, 0xbf],
	[0xff, 0xfe],
	[0xfe, 0xff]
];
const hasBom = (bytes: Uint8Array) => BOMS.some((bom) => bom.every((byte, i) => bytes[i] === byte));

function planText(input: CollectedInput<ImportFile>): FilePlan {
	const { file, manifest } = input;
	const read = readArticleFile(file, { manifest });
	const report = emptyReport(file.name, 'text');
	report.encoding = read.encoding;
	report.bom = hasBom(file.bytes);
	report.rows = 1;
	report.mappingFrom = manifest ? 'manifest' : null;
	const problems = [...read.errors, ...read.skipped].map((p) => toProblem(p, 'file'));
	if (input.brokenManifest)
		problems.push(
			toProblem(
				{
					file: file.name,
					reason: `is left out: its manifest ${input.brokenManifest} has problems (listed), so its outlet and date are unknown`
				},
				'file'
			)
		);
	report.excluded = problems.length > 0;
	const notes =
		manifest || input.brokenManifest
			? [...read.notes]
			: [
					...read.notes,
					`${file.name}: no manifest.csv beside it, so its outlet is unknown and its title is its first line`
				];
	return {
		report,
		articles: report.excluded ? [] : read.articles,
		problems,
		notes,
		choice: null
	};
}

function parseTable(
	decoded: DecodedText,
	name: string,
	onProgress: FilePlanOptions['onProgress']
): ParsedTable {
	const extension = extensionOf(name);
	if (extension === '.json') return parseJsonArray(decoded.text, name);
	if (extension === '.jsonl' || extension === '.ndjson') return parseJsonLines(decoded.text, name);
	return parseDelimited(decoded.text, name, extension === '.tsv' ? '\t' : ',', {
		onProgress:
			onProgress &&
			(({ rows, chars, totalChars }) =>
				onProgress({ stage: 'parsing', rows, fraction: totalChars ? chars / totalChars : 1 }))
	});
}

/** Plans a .csv, .tsv, .json, .jsonl or .txt file (a .txt with its manifest entries). */
export function planFile(input: CollectedInput<ImportFile>, options: FilePlanOptions): FilePlan {
	const { file } = input;
	const extension = extensionOf(file.name);
	if (extension === '.txt') return planText(input);
	const report = emptyReport(file.name, 'table');
	const plan: FilePlan = {
		report,
		articles: [],
		problems: [],
		notes: [],
		choice: null
	};
	const leaveOut = (problems: readonly InputProblem[]) => {
		plan.problems.push(...problems.map((p) => toProblem(p, 'file')));
		report.excluded = true;
		return plan;
	};
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension))
		return leaveOut([
			{
				file: file.name,
				reason: `is not a file Parallax reads (it reads ${SUPPORTED_EXTENSIONS.join(', ')}, and .zip archives of them)`
			}
		]);

	let decoded: DecodedText;
	try {
		decoded = decodeText(file.bytes, file.name);
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		return leaveOut(error.problems);
	}
	report.encoding = decoded.encoding;
	report.bom = decoded.bom;
	const table = parseTable(decoded, file.name, options.onProgress);
	options.onProgress?.({ stage: 'checking', rows: table.records.length, fraction: 1 });
	report.header = table.fields;
	report.preview = previewOf(table.fields, table.records);
	const delimited = extension === '.csv' || extension === '.tsv';
	const isFileWide = (p: InputProblem) =>
		p.row === undefined || (delimited && p.row === 1) || table.records.length === 0;
	const fileWide = table.errors.filter(isFileWide);
	const rowErrors = table.errors.filter((p) => !isFileWide(p));
	report.rows = new Set([...table.records.map((r) => r.row), ...rowErrors.map((p) => p.row)]).size;
	if (fileWide.length > 0) {
		leaveOut(fileWide);
		// Nothing was read to map (unreadable JSON, a refused header): the one problem says it all.
		if (table.fields.length === 0) return plan;
	} else if (table.records.length === 0)
		return leaveOut([{ file: file.name, reason: 'holds no rows of articles' }]);

	const chosen = (mapping: ColumnMapping | undefined) =>
		mapping && Object.keys(mapping).length > 0 ? mapping : undefined;
	const own = chosen(file.mapping) ?? chosen(options.mapping);
	const saved = own ? null : (options.savedFor?.(table.fields) ?? null);
	const wanted: ColumnMapping = { ...saved?.mapping, ...options.mapping, ...file.mapping };
	report.mappingFrom = own ? 'explicit' : saved ? 'saved' : 'detected';
	const { mapping, problems: mappingProblems } = mapColumns(table.fields, file.name, wanted);
	report.mapping = mapping;
	if (mappingProblems.length > 0)
		return leaveOut(mappingProblems.map((p) => (delimited ? p : { ...p, row: undefined })));
	if (report.excluded) return plan;

	const givenOrder = file.dateOrder ?? options.dateOrder;
	const broken = new Set(rowErrors.map((p) => p.row));
	const sound = table.records.filter((record) => !broken.has(record.row));
	const dates = mapping.date
		? analyseDateColumn(sound, mapping.date, {
				order: givenOrder ?? saved?.dateOrder ?? undefined,
				from: givenOrder ? 'option' : 'saved'
			})
		: null;
	const rowProblems: ImportProblem[] = rowErrors.map((p) => toProblem(p, 'row'));
	for (const { row, reason } of dates?.mixed ?? [])
		rowProblems.push(toProblem({ file: file.name, row, field: mapping.date, reason }, 'row'));
	const bad = new Set(rowProblems.map((p) => p.row));
	const read = recordsToArticles(
		sound.filter((record) => !bad.has(record.row)),
		mapping,
		file.name,
		{ dateOrder: dates?.order, valueLabels: datasetValueLabels(table.fields) }
	);
	for (const error of read.errors) {
		if (dates?.undecidedAt === error.row && error.field === mapping.date)
			leaveOut([{ file: file.name, field: error.field, reason: error.reason }]);
		else rowProblems.push(toProblem(error, 'row'));
	}
	rowProblems.push(...read.skipped.map((p) => toProblem(p, 'row')));
	rowProblems.sort((a, b) => a.row! - b.row!);
	plan.problems.push(...rowProblems);
	plan.notes.push(
		...read.notes.filter((note) => !note.includes(`dates in column "${mapping.date}" read as`))
	);
	for (const problem of rowProblems) bad.add(problem.row);
	if (!report.excluded) plan.articles = read.articles.filter((article) => !bad.has(article.row!));
	const published = new Map(plan.articles.map((a) => [a.row!, a.published?.iso ?? null]));
	report.dates = dates?.report((row) => published.get(row) ?? null) ?? null;
	if (own || givenOrder)
		plan.choice = { header: table.fields, mapping, dateOrder: dates?.order ?? givenOrder ?? null };
	return plan;
}
