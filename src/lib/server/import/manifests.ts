// Pairs .txt articles with the manifest.csv in their folder, by file name: the one folder reader the
// CLI, the seed import and uploads share. A manifest describes its folder; it is not a corpus itself.
// Relative imports: the analyze CLI loads this module under tsx from any working directory.
import {
	decodeText,
	extensionOf,
	InputError,
	parseManifest,
	type InputFile,
	type InputProblem,
	type ManifestEntry
} from '../../engine';

export const MANIFEST_NAME = 'manifest.csv';

export interface CollectedInput<F extends InputFile = InputFile> {
	file: F;
	/** The entries of the manifest beside a .txt file, when its folder has one. */
	manifest?: ManifestEntry[];
	/** The manifest beside a .txt file that could not be read (its problems are listed). */
	brokenManifest?: string;
}

/** The folder part of a path-like name ("a.zip/seeds/x.txt" → "a.zip/seeds"), "" at the top. */
export function folderOf(name: string): string {
	const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
	return cut < 0 ? '' : name.slice(0, cut);
}

export function baseNameOf(name: string): string {
	const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
	return name.slice(cut + 1);
}

const isManifest = (name: string) => baseNameOf(name).toLowerCase() === MANIFEST_NAME;
const isText = (name: string) => extensionOf(name) === '.txt';

/**
 * Splits files into inputs, each .txt with its folder's manifest entries. A manifest among the
 * files is checked both ways (each .txt listed, each listed file present); a `sidecar` manifest,
 * read only to describe .txt files named one by one, is checked one way. A manifest.csv with no
 * .txt beside it stays an ordinary input. A manifest that cannot be parsed is a problem, and its
 * folder's .txt files are read without metadata.
 */
export function pairManifests<F extends InputFile>(
	files: readonly F[],
	sidecars: readonly InputFile[] = []
): { inputs: CollectedInput<F>[]; problems: InputProblem[] } {
	const problems: InputProblem[] = [];
	const textFolders = new Set(files.filter((f) => isText(f.name)).map((f) => folderOf(f.name)));
	const manifests = new Map<string, { file: InputFile; own: boolean }>();
	for (const file of files)
		if (isManifest(file.name) && textFolders.has(folderOf(file.name)))
			manifests.set(folderOf(file.name), { file, own: true });
	for (const file of sidecars)
		if (!manifests.has(folderOf(file.name)))
			manifests.set(folderOf(file.name), { file, own: false });

	const entriesByFolder = new Map<string, ManifestEntry[]>();
	const broken = new Map<string, string>();
	for (const [folder, { file, own }] of manifests) {
		let entries: ManifestEntry[];
		try {
			entries = parseManifest(decodeText(file.bytes, file.name).text, file.name);
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			problems.push(...error.problems);
			broken.set(folder, file.name);
			continue;
		}
		if (entries.length === 0) continue;
		entriesByFolder.set(folder, entries);
		if (!own) continue;
		const present = new Set(
			files
				.filter((f) => folderOf(f.name) === folder && isText(f.name))
				.map((f) => baseNameOf(f.name))
		);
		for (const entry of entries)
			if (!present.has(entry.file))
				problems.push({
					file: file.name,
					row: entry.row,
					field: 'file',
					reason: `"${entry.file}" is not in ${folder || 'the same folder'}`
				});
	}

	const inputs: CollectedInput<F>[] = [];
	for (const file of files) {
		const folder = folderOf(file.name);
		if (isManifest(file.name) && manifests.get(folder)?.file === file) continue;
		if (!isText(file.name)) {
			inputs.push({ file });
			continue;
		}
		const entries = entriesByFolder.get(folder);
		if (entries && !entries.some((entry) => entry.file === baseNameOf(file.name))) {
			problems.push({
				file: file.name,
				reason: `is not listed in ${manifests.get(folder)!.file.name}`
			});
			continue;
		}
		const brokenManifest = broken.get(folder);
		inputs.push(
			entries ? { file, manifest: entries } : brokenManifest ? { file, brokenManifest } : { file }
		);
	}
	return { inputs, problems };
}
