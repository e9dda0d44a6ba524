// Unpacks .zip files into their members, each named `archive.zip/member.csv`; a member that cannot
// be used (damaged, unsupported, too large) is a problem naming it, and the others still unpack.
// What unpacks is bounded before anything is inflated: each member by MAX_MEMBER_BYTES, each
// archive by its size times MAX_RATIO, the import by MAX_UNPACKED_BYTES, all from the sizes the
// archive declares; and no member is let unpack past its declared size, so the bounds hold
// against archives that lie. An archive past a bound is refused whole, never half-read.
// Relative imports: the analyze CLI loads this module under tsx from any working directory.
import { crc32 as zlibCrc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import { extensionOf, SUPPORTED_EXTENSIONS, type InputFile, type InputProblem } from '../../engine';
import { formatBytes } from '../../import-ui/files';
import { cleanMemberName, isFolderEntry, MEMBER_NAME_CHARS } from './member-name';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/** What Parallax unpacks from one member: a JavaScript string cannot hold much more anyway. */
export const MAX_MEMBER_BYTES = 512 * 1024 * 1024;
/**
 * What Parallax unpacks in one import, all archives together: about what one upload may bring as
 * plain files (500 MB), so an archive never makes an import bigger than plain files could. Every
 * member is held until the import is planned, and a plan costs several times the text it reads.
 */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** How many times its own size an archive may unpack to: CSV and JSON corpora run 5–15:1, bombs 1000:1. */
export const MAX_RATIO = 100;
/** What any archive may unpack to whatever its ratio, for small exports of very repetitive rows. */
export const RATIO_FREE_BYTES = 32 * 1024 * 1024;

export interface ArchiveLimits {
	memberBytes: number;
	totalBytes: number;
	ratio: number;
	ratioFreeBytes: number;
}

export const ARCHIVE_LIMITS: ArchiveLimits = {
	memberBytes: MAX_MEMBER_BYTES,
	totalBytes: MAX_UNPACKED_BYTES,
	ratio: MAX_RATIO,
	ratioFreeBytes: RATIO_FREE_BYTES
};

export const ARCHIVE_EXTENSION = '.zip';

export interface ExpandedFiles<F extends InputFile> {
	/**
	 * The input's plain files, in order, with each archive replaced by its usable members (which
	 * keep the archive's other properties, such as a mapping chosen for it).
	 */
	files: F[];
	problems: InputProblem[];
	notes: string[];
}

/** The CRC-32 zip records for each member (zlib's, many times faster than one in JavaScript). */
export function crc32(bytes: Uint8Array): number {
	return zlibCrc32(bytes);
}

const isJunk = (name: string) =>
	name.startsWith('__MACOSX/') || (name.split('/').pop() ?? name).startsWith('.');

/** Why a member cannot be read, from its name and entry alone; null when it can be. */
function unusable(name: string, entry: ZipEntry, limits: ArchiveLimits): string | null {
	const extension = extensionOf(name);
	if (extension === ARCHIVE_EXTENSION)
		return 'is an archive inside the archive; unpack it and import its files';
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension))
		return `is not a file Parallax reads (it reads ${SUPPORTED_EXTENSIONS.join(', ')})`;
	if (entry.encrypted) return 'is encrypted; re-create the archive without a password';
	if (entry.method !== 0 && entry.method !== 8)
		return `is compressed with method ${entry.method}, which Parallax cannot unpack; re-create the archive with ordinary (deflate) compression`;
	if (entry.size > limits.memberBytes)
		return `is ${formatBytes(entry.size)} unpacked, more than Parallax reads from one file (${formatBytes(limits.memberBytes)}); split it`;
	return null;
}

interface Wanted {
	name: string;
	entry: ZipEntry;
}

const ratioOf = (unpacked: number, packed: number) => {
	const ratio = unpacked / packed;
	return `ratio ${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)}:1`;
};

/**
 * The problem that refuses the whole archive, naming the member whose declared size takes it past
 * the import's total or its ratio; null when what it declares is within both.
 */
function refusal(
	archive: InputFile,
	wanted: readonly Wanted[],
	unpackedBefore: number,
	limits: ArchiveLimits
): InputProblem | null {
	const packed = archive.bytes.length;
	const ratioBytes = Math.max(limits.ratioFreeBytes, limits.ratio * packed);
	const ratio = ratioOf(
		wanted.reduce((sum, { entry }) => sum + entry.size, 0),
		packed
	);
	const nothing = `nothing from ${archive.name} was imported`;
	let declared = 0;
	for (const { name, entry } of wanted) {
		declared += entry.size;
		const file = `${archive.name}/${name}`;
		if (unpackedBefore + declared > limits.totalBytes)
			return {
				file,
				reason: `unpacks past ${formatBytes(limits.totalBytes)} (${ratio})${unpackedBefore > 0 ? ' with what the archives before it unpack' : ''}, more than Parallax unpacks in one import; ${nothing}: split it into smaller archives and import them one at a time`
			};
		if (declared > ratioBytes)
			return {
				file,
				reason: `unpacks past ${formatBytes(ratioBytes)} (${ratio}), more than Parallax unpacks from one archive of ${formatBytes(packed)} (at most ${limits.ratio}:1 past the first ${formatBytes(limits.ratioFreeBytes)}); ${nothing}: if it is a real corpus, unpack it and import its files directly`
			};
	}
	return null;
}

/** Deflate's own limit: one 258-byte copy from two bits. */
const DEFLATE_RATIO = 1032;
/**
 * How much packed data fflate gets at a time for a member of `size`: so little that at deflate's
 * limit a liar overshoots by no more than its declared size (or 17 MB), as much as that allows
 * up to 1 MB, since every push costs a copy of the 32 kB window.
 */
const packedChunk = (size: number) =>
	Math.min(1024 * 1024, Math.max(16 * 1024, Math.floor(size / DEFLATE_RATIO)));

/**
 * The member's bytes, or why they cannot be used. It is inflated a chunk at a time into a buffer
 * of its declared size, and stopped the moment more than that comes out.
 */
function unpackMember(archive: Uint8Array, entry: ZipEntry): Uint8Array | string {
	const start = entry.dataStart;
	if (start === null || start + entry.packedSize > archive.length)
		return 'is damaged in the archive: its data is not where the archive says';
	const packed = archive.subarray(start, start + entry.packedSize);
	let bytes: Uint8Array;
	if (entry.method === 0) bytes = packed.slice();
	else {
		const out = new Uint8Array(entry.size);
		let produced = 0;
		let overflowed = false;
		const inflate = new Inflate((chunk) => {
			overflowed ||= produced + chunk.length > out.length;
			if (overflowed) return;
			out.set(chunk, produced);
			produced += chunk.length;
		});
		try {
			const chunk = packedChunk(entry.size);
			for (let at = 0; at < packed.length && !overflowed; at += chunk)
				inflate.push(packed.subarray(at, at + chunk), at + chunk >= packed.length);
		} catch (error) {
			return `is damaged in the archive and cannot be unpacked (${(error as Error).message})`;
		}
		if (overflowed)
			return `is damaged in the archive: it unpacks past the ${formatBytes(entry.size)} its entry declares, so Parallax stopped unpacking it (an archive built to exhaust memory does this)`;
		bytes = out.subarray(0, produced);
	}
	if (bytes.length !== entry.size || crc32(bytes) !== entry.crc)
		return 'is damaged in the archive: what unpacks does not match its checksum';
	return bytes;
}

export interface UnpackOptions {
	/** Lower limits than ARCHIVE_LIMITS (tests use them to stay small). */
	limits?: Partial<ArchiveLimits>;
	/** Bytes the import's earlier archives unpacked: they count towards `totalBytes`. */
	unpackedBefore?: number;
}

/**
 * Unpacks one archive; every member is either a file or a problem, never silently dropped, and
 * an archive past the import's total or its ratio is one problem and no files.
 */
export function unpackArchive(
	archive: InputFile,
	options: UnpackOptions = {}
): { files: InputFile[]; problems: InputProblem[]; notes: string[] } {
	const limits = { ...ARCHIVE_LIMITS, ...options.limits };
	const files: InputFile[] = [];
	const problems: InputProblem[] = [];
	const notes: string[] = [];
	let entries: ZipEntry[];
	try {
		entries = readZipDirectory(archive.bytes);
	} catch (error) {
		problems.push({
			file: archive.name,
			reason: `cannot be read as a zip archive (${(error as Error).message}); re-create it or import its files directly`
		});
		return { files, problems, notes };
	}
	// In directory order, each member is a problem or wanted (junk and folders are left out).
	const listed: (InputProblem | Wanted)[] = [];
	const seen = new Set<string>();
	let junk = 0;
	let cleaned = 0;
	for (const entry of entries) {
		if (isFolderEntry(entry.name)) continue;
		const name = cleanMemberName(entry.name);
		if (name !== entry.name) cleaned++;
		if (name === '') {
			listed.push({
				file: archive.name,
				reason: 'holds a member with no readable name; it was left out'
			});
			continue;
		}
		if (isJunk(name)) {
			junk++;
			continue;
		}
		const file = `${archive.name}/${name}`;
		const reason = seen.has(name)
			? 'is in the archive more than once (or under names that differ only in ../ or hidden characters); only the first is read'
			: unusable(name, entry, limits);
		seen.add(name);
		listed.push(reason === null ? { name, entry } : { file, reason });
	}
	const wanted = listed.filter((item): item is Wanted => 'entry' in item);
	const refused = refusal(archive, wanted, options.unpackedBefore ?? 0, limits);
	if (refused) return { files, problems: [refused], notes };
	for (const item of listed) {
		if (!('entry' in item)) {
			problems.push(item);
			continue;
		}
		const name = `${archive.name}/${item.name}`;
		const bytes = unpackMember(archive.bytes, item.entry);
		if (typeof bytes === 'string') problems.push({ file: name, reason: bytes });
		else files.push({ name, bytes });
	}
	if (junk > 0) notes.push(`${archive.name}: left out ${junk} hidden or __MACOSX system entries`);
	if (cleaned > 0)
		notes.push(
			`${archive.name}: ${cleaned} member ${cleaned === 1 ? 'name was' : 'names were'} cleaned: path parts such as ../ or C:\\, hidden control characters, and all but the start and end of names over ${MEMBER_NAME_CHARS} characters are left out`
		);
	if (files.length === 0 && problems.length === 0)
		problems.push({ file: archive.name, reason: 'holds no files' });
	return { files, problems, notes };
}

/**
 * Replaces every .zip among the files by its members, keeping the order the files came in; all
 * archives together unpack no more than `totalBytes`.
 */
export function expandArchives<F extends InputFile>(
	files: readonly F[],
	limits: Partial<ArchiveLimits> = {}
): ExpandedFiles<F> {
	const result: ExpandedFiles<F> = { files: [], problems: [], notes: [] };
	let unpackedBefore = 0;
	for (const file of files) {
		if (extensionOf(file.name) !== ARCHIVE_EXTENSION) {
			result.files.push(file);
			continue;
		}
		const unpacked = unpackArchive(file, { limits, unpackedBefore });
		unpackedBefore += unpacked.files.reduce((sum, member) => sum + member.bytes.length, 0);
		result.files.push(...unpacked.files.map((member) => ({ ...file, ...member })));
		result.problems.push(...unpacked.problems);
		result.notes.push(...unpacked.notes);
	}
	return result;
}
