// Which picked files an import accepts, how big they are in words, and the corpus name they suggest.

/** The extensions the import reads; a .zip may hold any of the others. */
export const ACCEPTED_EXTENSIONS = ['.csv', '.tsv', '.json', '.jsonl', '.txt', '.zip'] as const;

/** One import's files in all: 500 MB (the server's body limit leaves room above it). */
export const MAX_UPLOAD_BYTES = 500 * 1024 * 1024;

/** What the page knows of a picked file before sending it: a browser `File` satisfies it. */
export interface PickedFile {
	name: string;
	size: number;
}

export interface FileCheck<F extends PickedFile> {
	/** Files to upload, in the order picked. */
	accepted: F[];
	/** Why files were refused, one sentence each; any problem refuses the whole pick. */
	problems: string[];
}

export function extensionOf(name: string): string {
	const match = /\.[^./\\]+$/.exec(name);
	return match ? match[0].toLowerCase() : '';
}

const UNITS = ['bytes', 'kB', 'MB', 'GB'] as const;

/** "0 bytes", "1 byte", "930 bytes", "12.5 kB", "480 MB": binary multiples, three digits at most. */
export function formatBytes(bytes: number): string {
	if (bytes === 1) return '1 byte';
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	if (unit === 0) return `${bytes} bytes`;
	const digits = value < 100 ? 1 : 0;
	return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/**
 * Checks a pick before anything is sent: each file must have an extension the import reads and
 * some content, names must be distinct (problems name files), and all together must fit the limit.
 */
export function checkFiles<F extends PickedFile>(files: readonly F[]): FileCheck<F> {
	const problems: string[] = [];
	if (files.length === 0) return { accepted: [], problems: ['No file was chosen.'] };
	const seen = new Set<string>();
	for (const file of files) {
		const extension = extensionOf(file.name);
		if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
			problems.push(
				`${file.name} is not a file Parallax imports (it reads ${ACCEPTED_EXTENSIONS.join(', ')}).`
			);
		} else if (file.size === 0) problems.push(`${file.name} is empty.`);
		if (seen.has(file.name)) problems.push(`${file.name} was chosen twice.`);
		seen.add(file.name);
	}
	const total = files.reduce((sum, file) => sum + file.size, 0);
	if (total > MAX_UPLOAD_BYTES) {
		problems.push(
			`The files come to ${formatBytes(total)}; one import takes at most ${formatBytes(MAX_UPLOAD_BYTES)}.`
		);
	}
	return problems.length > 0 ? { accepted: [], problems } : { accepted: [...files], problems };
}

function stemOf(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? name;
	return base.replace(/\.[^.]+$/, '') || base;
}

function tidy(stem: string): string {
	return stem
		.replace(/[_\s]+/g, ' ')
		.replace(/^[\s\-.]+|[\s\-.]+$/g, '')
		.trim();
}

/**
 * A corpus name from the file names: one file gives its name without extension; several give the
 * start they share ("newsapi_1.csv", "newsapi_2.csv" → "newsapi"), or the first name and a count.
 */
export function defaultCorpusName(names: readonly string[]): string {
	const stems = names.map(stemOf);
	if (stems.length === 0) return '';
	if (stems.length === 1) return tidy(stems[0]!) || stems[0]!;
	let shared = stems[0]!;
	for (const stem of stems.slice(1)) {
		let length = 0;
		while (length < shared.length && shared[length] === stem[length]) length++;
		shared = shared.slice(0, length);
	}
	const common = tidy(shared);
	if (common.length >= 3) return common;
	return `${tidy(stems[0]!) || stems[0]} and ${stems.length - 1} more`;
}
