// `parallax analyze`: reads article files, codes every unit with the codebook, and writes the coded
// documents with per-outlet aggregates as JSON, or one CSV row per coded unit.
import { readFileSync } from 'node:fs';
import {
	aggregate,
	analyzeText,
	decodeText,
	defaultCodebook,
	describeProblem,
	InputError,
	loadCodebook,
	readArticleFile,
	type Codebook,
	type CodedUnit,
	type ColumnMapping,
	type DateOrder,
	type InputProblem,
	type ReadArticle
} from '../lib/engine';
import { alignStorylines } from '../lib/engine/storylines';
import { collectInputs } from './inputs';
import { safeCsv, type CsvCell } from '../lib/export/safe-csv';
import { writeAtomically } from './output';

export interface AnalyzeOptions {
	paths: string[];
	codebook?: string;
	format?: 'json' | 'csv';
	out?: string;
	mapping?: ColumnMapping;
	dateOrder?: DateOrder;
	skipBadRows?: boolean;
}

export interface AnalyzedDocument {
	id: string;
	file: string;
	row: number | null;
	outlet: string;
	date: string | null;
	datePrecision: string | null;
	title: string | null;
	url: string | null;
	sentences: CodedUnit[];
}

/** What the command reports on stderr: problems that stop it, rows it skipped, choices it made. */
export interface AnalyzeReport {
	errors: InputProblem[];
	skipped: InputProblem[];
	notes: string[];
}

function readCodebook(path: string | undefined): Codebook {
	if (!path) return defaultCodebook;
	let json: unknown;
	try {
		json = JSON.parse(decodeText(readFileSync(path), path).text);
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError([
			{ file: path, reason: `cannot be read as a JSON codebook (${(error as Error).message})` }
		]);
	}
	return loadCodebook(json, path);
}

function documentOf(article: ReadArticle, codebook: Codebook): AnalyzedDocument {
	const base = article.file.split(/[\\/]/).pop() ?? article.file;
	return {
		id: article.id ?? (article.row === null ? base : `${base}#${article.row}`),
		file: article.file,
		row: article.row,
		outlet: article.outlet.name,
		date: article.published?.iso ?? null,
		datePrecision: article.published?.precision ?? null,
		title: article.title,
		url: article.url,
		sentences: analyzeText(article.text, codebook, {
			title: article.title,
			outlet: article.outlet.name
		})
	};
}

/** Storylines across the documents, each member unit named by its document and file as well. */
function storylinesOf(documents: readonly AnalyzedDocument[]) {
	const byId = new Map(documents.map((document) => [document.id, document]));
	return alignStorylines(
		documents.map((document) => ({
			id: document.id,
			outlet: document.outlet,
			published: document.date,
			units: document.sentences
		}))
	).map((storyline) => ({
		...storyline,
		units: storyline.units.map((unit) => ({
			...unit,
			file: byId.get(unit.document)?.file ?? unit.document
		}))
	}));
}

const CSV_COLUMNS = [
	'document_id',
	'file',
	'row',
	'outlet',
	'date',
	'title',
	'unit_start',
	'unit_end',
	'kind',
	'frame',
	'confidence',
	'source',
	'targets',
	'cues',
	'rules',
	'unit_text'
];

function csvRows(documents: readonly AnalyzedDocument[]): Record<string, CsvCell>[] {
	return documents.flatMap((document) =>
		document.sentences.flatMap((unit) =>
			unit.frames.map((code) => ({
				document_id: document.id,
				file: document.file,
				row: document.row ?? '',
				outlet: document.outlet,
				date: document.date ?? '',
				title: document.title ?? '',
				unit_start: unit.start,
				unit_end: unit.end,
				kind: unit.kind,
				frame: code.frame,
				confidence: code.confidence.toFixed(2),
				source: code.source ?? '',
				targets: code.targets.join('; '),
				cues: code.cues
					.map((cue) => unit.text.slice(cue.start - unit.start, cue.end - unit.start))
					.join('; '),
				rules: [...new Set(code.cues.map((cue) => cue.rule))].join('; '),
				unit_text: unit.text
			}))
		)
	);
}

/**
 * Runs the analysis. Bad input stops it with every problem listed and nothing written, unless
 * `skipBadRows` is set, in which case the good rows are analysed and the bad ones reported.
 */
export function runAnalyze(options: AnalyzeOptions): {
	output: string | null;
	report: AnalyzeReport;
	exitCode: number;
} {
	const report: AnalyzeReport = { errors: [], skipped: [], notes: [] };
	const codebook = readCodebook(options.codebook);
	const { inputs, problems } = collectInputs(options.paths);
	report.errors.push(...problems);
	const articles: ReadArticle[] = [];
	for (const input of inputs) {
		const read = readArticleFile(input.file, {
			mapping: options.mapping,
			dateOrder: options.dateOrder,
			manifest: input.manifest
		});
		articles.push(...read.articles);
		report.errors.push(...read.errors);
		report.skipped.push(...read.skipped);
		report.notes.push(...read.notes);
	}
	if (report.errors.length > 0 && !options.skipBadRows)
		return { output: null, report, exitCode: 1 };
	if (articles.length === 0) {
		report.errors.push({ file: options.paths.join(', '), reason: 'holds no articles to analyse' });
		return { output: null, report, exitCode: 1 };
	}
	const documents = articles.map((article) => documentOf(article, codebook));
	const frames = codebook.frames.map((frame) => frame.id);
	const format = options.format ?? (options.out?.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
	const output =
		format === 'csv'
			? safeCsv(CSV_COLUMNS, csvRows(documents))
			: JSON.stringify(
					{
						codebook: { id: codebook.id, version: codebook.version },
						documents,
						outlets: aggregate(
							documents.map((document) => ({
								id: document.id,
								outlet: document.outlet,
								units: document.sentences
							})),
							frames
						).outlets,
						storylines: storylinesOf(documents)
					},
					null,
					1
				);
	if (options.out) writeAtomically(options.out, output);
	return { output, report, exitCode: 0 };
}

export function formatReport(report: AnalyzeReport, skipBadRows: boolean): string {
	const lines: string[] = [];
	if (report.errors.length > 0) {
		lines.push(
			skipBadRows
				? `Skipped because of errors (${report.errors.length}):`
				: `Cannot analyse: ${report.errors.length} problem(s) in the input. Nothing was written.`
		);
		lines.push(...report.errors.slice(0, 50).map((problem) => `  ${describeProblem(problem)}`));
		if (report.errors.length > 50) lines.push(`  …and ${report.errors.length - 50} more`);
		if (!skipBadRows)
			lines.push(
				'Fix them, or pass --skip-bad-rows to analyse the good rows and list the bad ones.'
			);
	}
	if (report.skipped.length > 0) {
		lines.push(`Rows without an article (${report.skipped.length}), left out:`);
		lines.push(...report.skipped.slice(0, 10).map((problem) => `  ${describeProblem(problem)}`));
		if (report.skipped.length > 10) lines.push(`  …and ${report.skipped.length - 10} more`);
	}
	lines.push(...report.notes.map((note) => `note: ${note}`));
	return lines.join('\n');
}
