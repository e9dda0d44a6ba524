// Turns the paths a user names into input files: folders are walked, .zip archives unpacked, and a
// manifest.csv beside .txt files supplies their metadata (it is not itself a corpus). The pairing
// is the server's (`pairManifests`), so the CLI, the seed import and uploads read folders alike.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
	extensionOf,
	SUPPORTED_EXTENSIONS,
	type InputFile,
	type InputProblem
} from '../lib/engine';
import { ARCHIVE_EXTENSION, expandArchives } from '../lib/server/import/archive';
import { MANIFEST_NAME, pairManifests, type CollectedInput } from '../lib/server/import/manifests';

export { MANIFEST_NAME, type CollectedInput };

const READABLE = [...SUPPORTED_EXTENSIONS, ARCHIVE_EXTENSION] as readonly string[];

function walk(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path);
			return READABLE.includes(extensionOf(entry.name)) ? [path] : [];
		});
}

export interface ListedFiles {
	/** The files named or found in named folders, each read whole, named by its path. */
	files: InputFile[];
	/** The manifest.csv beside a .txt file named on its own: it describes the file, nothing more. */
	sidecars: InputFile[];
	/** Paths that cannot be used. */
	problems: InputProblem[];
}

/** Reads the named files and folders; every path that cannot be used is reported, none is skipped silently. */
export function listInputFiles(paths: readonly string[]): ListedFiles {
	const problems: InputProblem[] = [];
	const found: string[] = [];
	const named: string[] = [];
	for (const path of paths) {
		if (!existsSync(path)) {
			problems.push({ file: path, reason: 'does not exist' });
			continue;
		}
		if (statSync(path).isDirectory()) {
			const inside = walk(path);
			if (inside.length === 0)
				problems.push({
					file: path,
					reason: `has no files Parallax reads (${READABLE.join(', ')})`
				});
			found.push(...inside);
		} else {
			found.push(path);
			named.push(path);
		}
	}
	const unique = [...new Set(found)];
	const sidecars = [
		...new Set(
			named
				.filter((path) => extensionOf(path) === '.txt')
				.map((path) => join(dirname(path), MANIFEST_NAME))
				.filter((manifest) => !unique.includes(manifest) && existsSync(manifest))
		)
	];
	const read = (path: string): InputFile => ({ name: path, bytes: readFileSync(path) });
	return { files: unique.map(read), sidecars: sidecars.map(read), problems };
}

/** Files ready to read: archives unpacked, .txt files paired with their folder's manifest. */
export function collectInputs(paths: readonly string[]): {
	inputs: CollectedInput[];
	problems: InputProblem[];
} {
	const listed = listInputFiles(paths);
	const expanded = expandArchives(listed.files);
	const paired = pairManifests(expanded.files, listed.sidecars);
	return {
		inputs: paired.inputs,
		problems: [...listed.problems, ...expanded.problems, ...paired.problems]
	};
}

/** The name a corpus gets when none is given: the file or folder named, without extension. */
export function defaultCorpusName(paths: readonly string[]): string {
	const names = paths.map((path) => basename(path.replace(/[\\/]+$/, '')).replace(/\.[^.]+$/, ''));
	return names.length <= 1
		? (names[0] ?? 'Imported corpus')
		: `${names[0]} and ${names.length - 1} more`;
}
