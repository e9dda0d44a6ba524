// Reads the manifest.csv that sits beside a folder of .txt articles and supplies their metadata.
import type { ArticleMetadata } from './article';
import { toPublicationDate } from './dates';
import { InputError, type InputProblem } from './input-error';
import { parseDelimited } from './reading/tables';

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

function checkUrl(value: string): string | null {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:'
			? null
			: `"${value}" is not an http(s) address`;
	} catch {
		return `"${value}" is not a web address`;
	}
}

function readRow(
	row: ManifestRow,
	rowNumber: number,
	manifestFile: string,
	problems: InputProblem[]
): ManifestEntry | null {
	const at = (field: ManifestColumn, reason: string) =>
		problems.push({ file: manifestFile, row: rowNumber, field, reason });
	const before = problems.length;

	const file = blankToNull(row.file);
	if (!file) at('file', 'is empty; each row must name an article file');
	else if (/[\\/]/.test(file) || file.startsWith('.')) {
		at('file', `"${file}" must name a file in the manifest's own folder`);
	}
	const outlet = blankToNull(row.outlet);
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

	const url = blankToNull(row.url);
	const urlProblem = url ? checkUrl(url) : null;
	if (urlProblem) at('url', urlProblem);

	if (problems.length > before || !file || !outlet) return null;
	return {
		row: rowNumber,
		file,
		outlet: {
			name: outlet,
			domain: blankToNull(row.domain)?.toLowerCase() ?? null,
			type: blankToNull(row.outlet_type)
		},
		published,
		title: blankToNull(row.title),
		url,
		attribution: blankToNull(row.attribution)
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
