// Turns the paths a user names into input files: folders are walked, a manifest.csv beside .txt
// files supplies their metadata (it is not itself a corpus), and unreadable paths are problems.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
	decodeText,
	extensionOf,
	InputError,
	parseManifest,
	SUPPORTED_EXTENSIONS,
	type InputFile,
	type InputProblem,
	type ManifestEntry
} from '../lib/engine';

export const MANIFEST_NAME = 'manifest.csv';

export interface CollectedInput {
	file: InputFile;
	manifest?: ManifestEntry[];
}

function walk(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path);
			return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name))
				? [path]
				: [];
		});
}

/** Paths are shown as the user typed them (folders joined with the names found in them). */
const display = (path: string) => path;

/** Reads the named files and folders; every path that cannot be used is reported, none is skipped silently. */
export function collectInputs(paths: readonly string[]): {
	inputs: CollectedInput[];
	problems: InputProblem[];
} {
	const problems: InputProblem[] = [];
	const files: string[] = [];
	for (const path of paths) {
		if (!existsSync(path)) {
			problems.push({ file: path, reason: 'does not exist' });
			continue;
		}
		if (statSync(path).isDirectory()) {
			const found = walk(path);
			if (found.length === 0)
				problems.push({
					file: path,
					reason: `has no files Parallax reads (${SUPPORTED_EXTENSIONS.join(', ')})`
				});
			files.push(...found);
		} else files.push(path);
	}
	const manifests = new Map<string, ManifestEntry[]>();
	const manifestFor = (folder: string): ManifestEntry[] | undefined => {
		if (manifests.has(folder)) return manifests.get(folder);
		const path = join(folder, MANIFEST_NAME);
		let entries: ManifestEntry[] | undefined;
		if (existsSync(path)) {
			try {
				entries = parseManifest(decodeText(readFileSync(path), display(path)).text, display(path));
			} catch (error) {
				if (!(error instanceof InputError)) throw error;
				problems.push(...error.problems);
			}
		}
		manifests.set(folder, entries ?? []);
		return entries;
	};
	const inputs: CollectedInput[] = [];
	for (const path of [...new Set(files)]) {
		const name = display(path);
		if (path.split(/[\\/]/).pop() === MANIFEST_NAME && statSync(path).isFile()) {
			const folder = join(path, '..');
			if (
				files.some(
					(other) => other !== path && join(other, '..') === folder && extensionOf(other) === '.txt'
				)
			)
				continue;
		}
		const folder = join(path, '..');
		const manifest = extensionOf(path) === '.txt' ? manifestFor(folder) : undefined;
		const base = path.split(/[\\/]/).pop();
		if (manifest && manifest.length > 0 && !manifest.some((entry) => entry.file === base)) {
			problems.push({
				file: name,
				reason: `is not listed in ${display(join(folder, MANIFEST_NAME))}`
			});
			continue;
		}
		inputs.push({ file: { name, bytes: readFileSync(path) }, manifest });
	}
	return { inputs, problems };
}
