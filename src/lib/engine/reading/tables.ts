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
	Papa.parse<Record<string, string>>(text, {
		header: true,
		delimiter,
		skipEmptyLines: false,
		transformHeader: (header) => header.trim(),
		step: (results) => {
			if (fields.length === 0) fields = results.meta.fields ?? [];
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
	return { fields: [...fields], records, errors };
}

/** A JSON array of articles, or an object holding one (e.g. { "articles": [...] }); rows are 1-based records. */
export function parseJsonArray(text: string, file: string): ParsedTable {
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
