// Reads the manifest.csv that sits beside a folder of .txt articles and supplies their metadata.
import type { ArticleMetadata } from './article';
import { toPublicationDate } from './dates';
import { InputError, type InputProblem } from './input-error';
import { lengthProblem, lineProblem, squashLine, type LimitedField } from './reading/fields';
import { parseDelimited } from './reading/tables';
import { safeHref } from './safe-href';

/** Columns a manifest may have; `file` and `outlet` are required. */
export const MANIFEST_COLUMNS = [
	'file',
	'outlet',
	'domain',
	'published',
	'date_precision',
	'title',
	'url',
	'outlet_type',
	'attribution'
] as const;

type ManifestColumn = (typeof MANIFEST_COLUMNS)[number];
type ManifestRow = Partial<Record<ManifestColumn, string>>;

/** One manifest row: an article's metadata and the row it came from. */
export interface ManifestEntry extends ArticleMetadata {
	row: number;
}

const REQUIRED: readonly ManifestColumn[] = ['file', 'outlet'];

function blankToNull(value: string | undefined): string | null {
	const trimmed = value?.trim() ?? '';
	return trimmed === '' ? null : trimmed;
}

/** Metadata as stored: one line (see squashLine), null when blank. */
function lineOrNull(value: string | undefined): string | null {
	const squashed = squashLine(value ?? '');
	return squashed === '' ? null : squashed;
}

function checkUrl(value: string): string | null {
	if (safeHref(value)) return null;
	try {
		void new URL(value);
		return `"${value}" is not an http(s) address`;
	} catch {
		return `"${value}" is not a web address`;
	}
}

/** The manifest's fields that name a limit of their own. */
const LIMITS: Partial<Record<ManifestColumn, LimitedField>> = {
	outlet: 'outlet',
	title: 'title',
	url: 'url',
	attribution: 'attribution'
};

function readRow(
	row: ManifestRow,
	rowNumber: number,
	manifestFile: string,
	problems: InputProblem[]
): ManifestEntry | null {
	const at = (field: ManifestColumn, reason: string) =>
		problems.push({ file: manifestFile, row: rowNumber, field, reason });
	const before = problems.length;
	// Every cell is one line of metadata: a control character or an overlong value is an error
	// here, where a person wrote the row, rather than something to repair behind their back.
	for (const column of MANIFEST_COLUMNS) {
		const value = lineOrNull(row[column]);
		const limit = LIMITS[column];
		const problem = value && (lineProblem(value) ?? (limit ? lengthProblem(limit, value) : null));
		if (problem) at(column, problem);
	}
	if (problems.length > before) return null;

	const file = blankToNull(row.file);
	if (!file) at('file', 'is empty; each row must name an article file');
	else if (/[\\/]/.test(file) || file.startsWith('.')) {
		at('file', `"${file}" must name a file in the manifest's own folder`);
	}
	const outlet = lineOrNull(row.outlet);
	if (!outlet) at('outlet', 'is empty; each article needs its outlet');

	let published: ArticleMetadata['published'] = null;
	const dateText = blankToNull(row.published);
	if (dateText) {
		const date = toPublicationDate(dateText, blankToNull(row.date_precision) ?? undefined);
		if (typeof date === 'string') at('published', date);
		else published = date;
	} else if (blankToNull(row.date_precision)) {
		at('date_precision', 'is given but "published" is empty');
	}

	const url = lineOrNull(row.url);
	const urlProblem = url ? checkUrl(url) : null;
	if (urlProblem) at('url', urlProblem);

	if (problems.length > before || !file || !outlet) return null;
	return {
		row: rowNumber,
		file,
		outlet: {
			name: outlet,
			domain: lineOrNull(row.domain)?.toLowerCase() ?? null,
			type: lineOrNull(row.outlet_type)
		},
		published,
		title: lineOrNull(row.title),
		url,
		attribution: lineOrNull(row.attribution)
	};
}

/**
 * Parses a manifest's text. Rows are numbered as a spreadsheet shows them (the header is row 1).
 * Every problem in the file is collected and thrown together, so one pass fixes them all.
 */
export function parseManifest(text: string, manifestFile = 'manifest.csv'): ManifestEntry[] {
	// The shared CSV reader numbers rows as a spreadsheet does and skips blank rows; the
	// manifest's own rule on top is that its column names are case-insensitive.
	const table = parseDelimited(text.replace(/^\uFEFF/, ''), manifestFile, ',');
	const problems: InputProblem[] = [];
	const columns = table.fields.map((field) => field.toLowerCase());
	for (const column of REQUIRED) {
		if (!columns.includes(column)) {
			problems.push({
				file: manifestFile,
				row: 1,
				field: column,
				reason: 'required column is missing'
			});
		}
	}
	if (problems.length > 0) throw new InputError(problems);
	problems.push(...table.errors);
	const seen = new Map<string, number>();
	const entries: ManifestEntry[] = [];
	for (const { row: rowNumber, values } of table.records) {
		const row = Object.fromEntries(
			Object.entries(values).map(([key, value]) => [key.toLowerCase(), String(value ?? '')])
		) as ManifestRow;
		const entry = readRow(row, rowNumber, manifestFile, problems);
		if (!entry) continue;
		const earlier = seen.get(entry.file);
		if (earlier !== undefined) {
			problems.push({
				file: manifestFile,
				row: rowNumber,
				field: 'file',
				reason: `"${entry.file}" is already listed on row ${earlier}`
			});
			continue;
		}
		seen.set(entry.file, rowNumber);
		entries.push(entry);
	}
	if (problems.length > 0) throw new InputError(problems);
	return entries;
}
