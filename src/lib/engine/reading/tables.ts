// Parses delimited text, JSON arrays and JSON Lines into records with their row numbers, reporting
// structural problems (unclosed quotes, wrong field counts, bad JSON) where they are.
import Papa from 'papaparse';
import type { InputProblem } from '../input-error';
import type { RawRecord } from './records';

export interface ParsedTable {
	fields: string[];
	records: RawRecord[];
	errors: InputProblem[];
}

/** The most columns (or distinct JSON fields) a table of articles may have, and the longest name. */
export const MAX_COLUMNS = 1_000;
export const MAX_COLUMN_NAME = 500;
/** How deep JSON may nest: an article record is 2 or 3 levels deep in every export seen. */
export const MAX_JSON_DEPTH = 64;

/** Why a table's columns cannot be those of a table of articles, or null. */
function checkColumns(fields: readonly string[]): string | null {
	if (fields.length > MAX_COLUMNS)
		return `has ${fields.length.toLocaleString('en')} columns; a table of articles has at most ${MAX_COLUMNS.toLocaleString('en')} (is the first row really a header?)`;
	const long = fields.findIndex((field) => field.length > MAX_COLUMN_NAME);
	return long < 0
		? null
		: `column ${long + 1}'s name is ${fields[long]!.length.toLocaleString('en')} characters long; a column name has at most ${MAX_COLUMN_NAME} (is the first row really a header?)`;
}

/**
 * Where JSON text first nests deeper than MAX_JSON_DEPTH (an index into it), or -1. A scan rather
 * than a parse, so no depth of nesting can exhaust the stack of what reads or writes it next.
 */
export function tooDeepAt(text: string): number {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (inString) {
			if (code === 0x5c) i++;
			else if (code === 0x22) inString = false;
		} else if (code === 0x22) inString = true;
		else if (code === 0x5b || code === 0x7b) {
			if (++depth > MAX_JSON_DEPTH) return i;
		} else if (code === 0x5d || code === 0x7d) depth--;
	}
	return -1;
}

const TOO_DEEP = `nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep; Parallax reads records of named fields`;

const isBlank = (values: Record<string, unknown>) =>
	Object.values(values).every(
		(value) => value === undefined || value === null || String(value).trim() === ''
	);

const DELIMITER_NAMES: Record<string, string> = {
	',': 'commas',
	'\t': 'tabs',
	';': 'semicolons',
	'|': 'pipes'
};

/** The separator the header line uses most, when it is not the expected one. */
function likelyDelimiter(text: string, expected: string): string | null {
	const header = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
	let best: string | null = null;
	let bestCount = 0;
	for (const candidate of Object.keys(DELIMITER_NAMES)) {
		const count = header.split(candidate).length - 1;
		if (count > bestCount) [best, bestCount] = [candidate, count];
	}
	return best !== expected ? best : null;
}

/** How far a parse has got: rows of data read so far (blank lines aside), and characters behind them. */
export interface ParseProgress {
	rows: number;
	chars: number;
	totalChars: number;
}

export interface DelimitedOptions {
	/** Called as rows are read (every row; callers throttle), so a long parse can show how far it is. */
	onProgress?: (progress: ParseProgress) => void;
}

/**
 * Parses CSV or TSV with a header row. Rows are numbered as a spreadsheet shows them (header = 1);
 * blank rows are skipped without renumbering the rest. Reads row by row (papaparse's step mode), so
 * every problem belongs to the row it was found in.
 */
export function parseDelimited(
	text: string,
	file: string,
	delimiter: ',' | '\t',
	options: DelimitedOptions = {}
): ParsedTable {
	let fields: string[] = [];
	const errors: InputProblem[] = [];
	const records: RawRecord[] = [];
	let index = 0;
	let refused: string | null = null;
	Papa.parse<Record<string, string>>(text, {
		header: true,
		delimiter,
		skipEmptyLines: false,
		transformHeader: (header) => header.trim(),
		step: (results, parser) => {
			if (fields.length === 0) {
				fields = results.meta.fields ?? [];
				refused = checkColumns(fields);
				if (refused) return parser.abort();
			}
			const values = results.data;
			const blank = isBlank(values);
			if (!blank) records.push({ row: index + 2, values });
			for (const error of results.errors) {
				if (blank && error.code !== 'MissingQuotes') continue;
				errors.push({
					file,
					row: error.row === undefined ? undefined : index + 2,
					reason:
						error.code === 'MissingQuotes'
							? 'a quoted field is never closed, so the rest of the file ran into it'
							: error.message
				});
			}
			index++;
			options.onProgress?.({
				rows: records.length,
				chars: results.meta.cursor,
				totalChars: text.length
			});
		}
	});
	if (refused) return { fields: [], records: [], errors: [{ file, row: 1, reason: refused }] };
	if (fields.length <= 1) {
		const other = likelyDelimiter(text, delimiter);
		if (other) {
			errors.push({
				file,
				row: 1,
				reason: `has a single column: its fields look separated by ${DELIMITER_NAMES[other]}, not ${DELIMITER_NAMES[delimiter]}; re-export it or give it the matching extension (.csv for commas, .tsv for tabs)`
			});
		}
	}
	return { fields, records, errors };
}

function lineOf(text: string, position: number): number {
	let line = 1;
	for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** Flattens one level of nesting ({ source: { name } } → "source.name") so nested exports map too. */
function flatten(record: Record<string, unknown>): Record<string, unknown> {
	const flat: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(record)) {
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [inner, innerValue] of Object.entries(value)) flat[`${key}.${inner}`] = innerValue;
		} else flat[key] = value;
	}
	return flat;
}

function collect(
	items: { row: number; value: unknown }[],
	file: string,
	unit: string
): ParsedTable {
	const errors: InputProblem[] = [];
	const records: RawRecord[] = [];
	const fields = new Set<string>();
	for (const { row, value } of items) {
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			errors.push({ file, row, reason: `${unit} ${row} is not an object with named fields` });
			continue;
		}
		const values = flatten(value as Record<string, unknown>);
		for (const key of Object.keys(values)) fields.add(key);
		records.push({ row, values });
	}
	const refused = checkColumns([...fields]);
	if (refused) return { fields: [], records: [], errors: [{ file, reason: refused }] };
	return { fields: [...fields], records, errors };
}

/** A JSON array of articles, or an object holding one (e.g. { "articles": [...] }); rows are 1-based records. */
export function parseJsonArray(text: string, file: string): ParsedTable {
	const deep = tooDeepAt(text);
	if (deep >= 0)
		return {
			fields: [],
			records: [],
			errors: [{ file, reason: `${TOO_DEEP} (line ${lineOf(text, deep)})` }]
		};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		// Some engines name the position of the fault; then the problem can point at its line.
		const message = (error as Error).message.replace(/\s+/g, ' ');
		const at = /position (\d+)/.exec(message);
		const row = at ? lineOf(text, Number(at[1])) : undefined;
		return {
			fields: [],
			records: [],
			errors: [{ file, row, reason: `is not valid JSON: ${message}` }]
		};
	}
	if (!Array.isArray(data) && data && typeof data === 'object') {
		const arrays = Object.entries(data).filter(([, value]) => Array.isArray(value));
		if (arrays.length === 1) data = arrays[0]![1];
	}
	if (!Array.isArray(data)) {
		return {
			fields: [],
			records: [],
			errors: [{ file, reason: 'is JSON but not an array of articles (nor an object holding one)' }]
		};
	}
	return collect(
		data.map((value, index) => ({ row: index + 1, value })),
		file,
		'record'
	);
}

/** JSON Lines: one article object per line; rows are line numbers. */
export function parseJsonLines(text: string, file: string): ParsedTable {
	const items: { row: number; value: unknown }[] = [];
	const errors: InputProblem[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (line.trim() === '') return;
		if (tooDeepAt(line) >= 0) {
			errors.push({ file, row: index + 1, reason: `line ${TOO_DEEP}` });
			return;
		}
		try {
			items.push({ row: index + 1, value: JSON.parse(line) });
		} catch (error) {
			errors.push({
				file,
				row: index + 1,
				reason: `line is not valid JSON (${(error as Error).message})`
			});
		}
	});
	const table = collect(items, file, 'line');
	return {
		...table,
		errors: [...errors, ...table.errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
	};
}
