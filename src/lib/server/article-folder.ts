// Reads a folder of .txt articles with the manifest.csv beside it into Articles, checking both
// against each other with the same pairing the CLI and uploads use.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	decodeText,
	extensionOf,
	InputError,
	parseManifest,
	readArticleFile,
	type Article,
	type InputProblem
} from '$lib/engine';
import { MANIFEST_NAME, pairManifests } from './import/manifests';

export const MANIFEST_FILE = MANIFEST_NAME;

/**
 * Every .txt file must be in the manifest and every manifest row must name a file that exists;
 * all mismatches are reported at once. Each article's `file` is the path it was read from and its
 * text exactly as decoded; articles come in manifest order.
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
	const texts = readdirSync(folder)
		.filter((name) => extensionOf(name) === '.txt')
		.sort();
	if (texts.length === 0) {
		const entries = parseManifest(
			decodeText(readFileSync(manifestPath), manifestPath).text,
			manifestPath
		);
		if (entries.length === 0) return [];
		throw new InputError(
			entries.map((entry) => ({
				file: manifestPath,
				row: entry.row,
				field: 'file',
				reason: `"${entry.file}" is not in ${folder}`
			}))
		);
	}
	const files = [MANIFEST_FILE, ...texts].map((name) => ({
		name: join(folder, name),
		bytes: readFileSync(join(folder, name))
	}));
	const { inputs, problems } = pairManifests(files);
	const articles: (Article & { order: number })[] = [];
	const readProblems: InputProblem[] = [];
	for (const { file, manifest } of inputs) {
		const read = readArticleFile(file, { manifest });
		readProblems.push(...read.errors, ...read.skipped);
		const order = manifest?.find((entry) => join(folder, entry.file) === file.name)?.row ?? 0;
		for (const { file, outlet, published, title, url, attribution, text } of read.articles)
			articles.push({ file, outlet, published, title, url, attribution, text, order });
	}
	if (problems.length + readProblems.length > 0)
		throw new InputError([...problems, ...readProblems]);
	return articles.sort((a, b) => a.order - b.order).map(({ order: _order, ...article }) => article);
}
