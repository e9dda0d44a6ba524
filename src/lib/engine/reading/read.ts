// Reads one input file of any supported format into articles, with every problem located.
import type { ManifestEntry } from '../manifest';
import type { InputProblem } from '../input-error';
import { mapColumns, type ColumnMapping } from './columns';
import { datasetValueLabels } from './dataset-formats';
import type { DateOrder } from './date-formats';
import { decodeText, type TextEncoding } from './encoding';
import { readField } from './fields';
import { cleanedNote, recordsToArticles, UNKNOWN_OUTLET, type ReadArticle } from './records';
import { parseDelimited, parseJsonArray, parseJsonLines, type ParsedTable } from './tables';
import { headlineOf } from './txt';

export const SUPPORTED_EXTENSIONS = ['.csv', '.tsv', '.json', '.jsonl', '.ndjson', '.txt'] as const;

export interface InputFile {
	/** The path or name the user knows the file by; every problem names it. */
	name: string;
	bytes: Uint8Array;
}

export interface ReadOptions {
	/** Columns to use instead of the detected ones. */
	mapping?: ColumnMapping;
	/** Day/month order for numeric dates when a column cannot show it. */
	dateOrder?: DateOrder;
	/** Metadata for .txt files, from the manifest.csv beside them. */
	manifest?: readonly ManifestEntry[];
}

export interface ReadResult {
	articles: ReadArticle[];
	errors: InputProblem[];
	skipped: InputProblem[];
	notes: string[];
	encoding: TextEncoding | null;
}

export function extensionOf(name: string): string {
	const match = /\.[^./\\]+$/.exec(name);
	return match ? match[0].toLowerCase() : '';
}

function baseName(name: string): string {
	return name.split(/[\\/]/).pop() ?? name;
}

function readText(
	name: string,
	raw: string,
	options: ReadOptions
): Pick<ReadResult, 'articles' | 'errors' | 'notes'> {
	const entry = options.manifest?.find((candidate) => candidate.file === baseName(name));
	const reading = readField('text', raw);
	if ('problem' in reading)
		return { articles: [], errors: [{ file: name, reason: `text ${reading.problem}` }], notes: [] };
	const text = reading.value;
	if (text.trim() === '')
		return { articles: [], errors: [{ file: name, reason: 'is empty' }], notes: [] };
	return {
		articles: [
			{
				file: name,
				row: null,
				id: baseName(name),
				outlet: entry?.outlet ?? { name: UNKNOWN_OUTLET, domain: null, type: null },
				published: entry?.published ?? null,
				title: entry ? entry.title : headlineOf(text),
				url: entry?.url ?? null,
				attribution: entry?.attribution ?? null,
				text
			}
		],
		errors: [],
		notes: reading.removed > 0 ? [cleanedNote(name, null)] : []
	};
}

/** Reads a file by its extension. Nothing is thrown for bad content: it comes back as errors. */
export function readArticleFile(file: InputFile, options: ReadOptions = {}): ReadResult {
	const empty = { articles: [], errors: [], skipped: [], notes: [] };
	const extension = extensionOf(file.name);
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
		return {
			...empty,
			encoding: null,
			errors: [
				{
					file: file.name,
					reason: `is not a file Parallax reads (it reads ${SUPPORTED_EXTENSIONS.join(', ')})`
				}
			]
		};
	}
	let decoded;
	try {
		decoded = decodeText(file.bytes, file.name);
	} catch (error) {
		const problems = (error as { problems?: InputProblem[] }).problems;
		if (!problems) throw error;
		return { ...empty, encoding: null, errors: problems };
	}
	const notes =
		decoded.encoding === 'utf-8' ? [] : [`${file.name}: decoded as ${decoded.encoding}`];
	if (extension === '.txt') {
		const read = readText(file.name, decoded.text, options);
		return { ...empty, ...read, notes: [...notes, ...read.notes], encoding: decoded.encoding };
	}
	const table: ParsedTable =
		extension === '.json'
			? parseJsonArray(decoded.text, file.name)
			: extension === '.jsonl' || extension === '.ndjson'
				? parseJsonLines(decoded.text, file.name)
				: parseDelimited(decoded.text, file.name, extension === '.tsv' ? '\t' : ',');
	if (table.records.length === 0 && table.errors.length > 0) {
		return { ...empty, notes, errors: table.errors, encoding: decoded.encoding };
	}
	const { mapping, problems } = mapColumns(table.fields, file.name, options.mapping);
	if (problems.length > 0)
		return { ...empty, notes, errors: [...table.errors, ...problems], encoding: decoded.encoding };
	const read = recordsToArticles(table.records, mapping, file.name, {
		dateOrder: options.dateOrder,
		valueLabels: datasetValueLabels(table.fields)
	});
	return {
		articles: read.articles,
		errors: [...table.errors, ...read.errors],
		skipped: read.skipped,
		notes: [...notes, ...read.notes],
		encoding: decoded.encoding
	};
}
