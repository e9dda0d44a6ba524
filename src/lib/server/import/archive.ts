// Unpacks .zip files into their members, each named `archive.zip/member.csv`; a member that cannot
// be used (damaged, unsupported, too large) is a problem naming it, and the others still unpack.
// Relative imports: the analyze CLI loads this module under tsx from any working directory.
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { extensionOf, SUPPORTED_EXTENSIONS, type InputFile, type InputProblem } from '../../engine';

/** What Parallax unpacks from one member: a JavaScript string cannot hold much more anyway. */
export const MAX_MEMBER_BYTES = 512 * 1024 * 1024;

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

const CRC_TABLE = (() => {
	const table = new Int32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c;
	}
	return table;
})();

export function crc32(bytes: Uint8Array): number {
	let crc = -1;
	for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
	return (crc ^ -1) >>> 0;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The CRC-32 of every member, in central-directory order (fflate's order), or null when the
 * directory is ZIP64 or unreadable: fflate does not check checksums, so a damaged member that
 * still inflates would otherwise pass as text.
 */
function centralChecksums(bytes: Uint8Array): number[] | null {
	let end = bytes.length - 22;
	while (end >= 0 && u32(bytes, end) !== 0x06054b50) end--;
	if (end < 0) return null;
	const count = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	if (count === 0xffff || at === 0xffffffff) return null;
	const checksums: number[] = [];
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
		checksums.push(u32(bytes, at + 16));
		at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
	}
	return checksums;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function isJunk(name: string): boolean {
	const base = name.split('/').pop() ?? name;
	return name.startsWith('__MACOSX/') || base.startsWith('.');
}

/** Unpacks one archive; every member is either a file or a problem, never silently dropped. */
export function unpackArchive(archive: InputFile): {
	files: InputFile[];
	problems: InputProblem[];
	notes: string[];
} {
	const files: InputFile[] = [];
	const problems: InputProblem[] = [];
	const notes: string[] = [];
	const members: UnzipFileInfo[] = [];
	try {
		unzipSync(archive.bytes, {
			filter: (info) => {
				members.push(info);
				return false;
			}
		});
	} catch (error) {
		problems.push({
			file: archive.name,
			reason: `cannot be read as a zip archive (${(error as Error).message}); re-create it or import its files directly`
		});
		return { files, problems, notes };
	}
	const checksums = centralChecksums(archive.bytes);
	let junk = 0;
	members.forEach((member, index) => {
		const name = `${archive.name}/${member.name}`;
		if (member.name.endsWith('/')) return;
		if (isJunk(member.name)) {
			junk++;
			return;
		}
		const extension = extensionOf(member.name);
		const problem = (reason: string) => problems.push({ file: name, reason });
		if (extension === ARCHIVE_EXTENSION)
			return problem('is an archive inside the archive; unpack it and import its files');
		if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension))
			return problem(`is not a file Parallax reads (it reads ${SUPPORTED_EXTENSIONS.join(', ')})`);
		if (member.compression !== 0 && member.compression !== 8)
			return problem(
				`is compressed with method ${member.compression}, which Parallax cannot unpack; re-create the archive with ordinary (deflate) compression`
			);
		if (member.originalSize > MAX_MEMBER_BYTES)
			return problem(
				`is ${megabytes(member.originalSize)} unpacked, more than Parallax reads from one file (${megabytes(MAX_MEMBER_BYTES)}); split it`
			);
		let bytes: Uint8Array | undefined;
		try {
			let position = -1;
			const unpacked = unzipSync(archive.bytes, { filter: () => ++position === index });
			bytes = unpacked[member.name];
		} catch (error) {
			return problem(
				`is damaged in the archive and cannot be unpacked (${(error as Error).message})`
			);
		}
		if (!bytes) return problem('is damaged in the archive and cannot be unpacked');
		if (bytes.length !== member.originalSize || (checksums && crc32(bytes) !== checksums[index]))
			return problem('is damaged in the archive: what unpacks does not match its checksum');
		files.push({ name, bytes });
	});
	if (junk > 0) notes.push(`${archive.name}: left out ${junk} hidden or __MACOSX system entries`);
	if (files.length === 0 && problems.length === 0)
		problems.push({ file: archive.name, reason: 'holds no files' });
	return { files, problems, notes };
}

/** Replaces every .zip among the files by its members, keeping the order the files came in. */
export function expandArchives<F extends InputFile>(files: readonly F[]): ExpandedFiles<F> {
	const result: ExpandedFiles<F> = { files: [], problems: [], notes: [] };
	for (const file of files) {
		if (extensionOf(file.name) !== ARCHIVE_EXTENSION) {
			result.files.push(file);
			continue;
		}
		const unpacked = unpackArchive(file);
		result.files.push(...unpacked.files.map((member) => ({ ...file, ...member })));
		result.problems.push(...unpacked.problems);
		result.notes.push(...unpacked.notes);
	}
	return result;
}
