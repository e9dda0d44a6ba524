// Reads a folder of .txt articles with the manifest.csv beside it into Articles, checking both against each other.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	decodeText,
	InputError,
	parseManifest,
	type Article,
	type InputProblem
} from '$lib/engine';

export const MANIFEST_FILE = 'manifest.csv';

/**
 * Every .txt file must be in the manifest and every manifest row must name a file that exists;
 * all mismatches are reported at once. Each article's `file` is the path it was read from and its
 * text exactly as decoded.
 */
export function readArticleFolder(folder: string): Article[] {
	const manifestPath = join(folder, MANIFEST_FILE);
	if (!existsSync(manifestPath)) {
		throw new InputError([
			{
				file: manifestPath,
				reason: `is missing: a folder of .txt articles needs a ${MANIFEST_FILE} beside them with at least the columns file and outlet`
			}
		]);
	}
	const entries = parseManifest(
		decodeText(readFileSync(manifestPath), manifestPath).text,
		manifestPath
	);
	const present = new Set(
		readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.txt'))
	);
	const problems: InputProblem[] = [];
	entries.forEach((entry) => {
		if (!present.has(entry.file)) {
			problems.push({
				file: manifestPath,
				row: entry.row,
				field: 'file',
				reason: `"${entry.file}" is not in ${folder}`
			});
		}
	});
	const listed = new Set(entries.map((entry) => entry.file));
	for (const name of [...present].sort()) {
		if (!listed.has(name)) {
			problems.push({ file: join(folder, name), reason: `is not listed in ${manifestPath}` });
		}
	}
	if (problems.length > 0) throw new InputError(problems);
	return entries.map(({ row: _row, ...metadata }) => {
		const path = join(folder, metadata.file);
		return { ...metadata, file: path, text: decodeText(readFileSync(path), path).text };
	});
}
