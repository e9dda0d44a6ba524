// Reads a zip's central directory, the archive's own list of its members, without unpacking any:
// how each member is packed, what it declares it unpacks to, and where its data is. Every size is
// what the archive claims, to be checked against what really unpacks.
// Relative imports: the analyze CLI loads this module under tsx from any working directory.

export interface ZipEntry {
	/** The name as the archive spells it: UTF-8 when flagged so, else one byte a character. */
	name: string;
	/** 0 stored, 8 deflated; anything else Parallax cannot unpack. */
	method: number;
	encrypted: boolean;
	/** The CRC-32 the archive records for the unpacked bytes. */
	crc: number;
	/** Bytes the member takes in the archive. */
	packedSize: number;
	/** Bytes it declares it unpacks to. */
	size: number;
	/** Where its packed data starts, or null when its local header is not where the entry says. */
	dataStart: number | null;
}

/** An archive whose list of members cannot be read; its message says why. */
export class ZipError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const ENTRY = 0x02014b50;
const LOCAL = 0x04034b50;
const UNSET32 = 0xffffffff;

/** The end record is in the last 22 bytes plus at most a 64 kB comment. */
function endRecord(bytes: Uint8Array): number {
	const last = Math.max(0, bytes.length - 22 - 0xffff);
	for (let at = bytes.length - 22; at >= last; at--) if (u32(bytes, at) === END) return at;
	throw new ZipError('invalid zip data');
}

function decodeName(raw: Uint8Array, utf8: boolean): string {
	if (utf8) return new TextDecoder().decode(raw);
	let name = '';
	for (const byte of raw) name += String.fromCharCode(byte);
	return name;
}

/** Where a member's data starts: past its local header, whose name and extra may differ in size. */
function dataStartOf(bytes: Uint8Array, local: number): number | null {
	if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) return null;
	return local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
}

/** The archive's members in directory order (ZIP64 included); throws ZipError when unreadable. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
	const end = endRecord(bytes);
	let count = u16(bytes, end + 10);
	let at = u32(bytes, end + 16);
	const locator = end - 20;
	if (locator >= 0 && u32(bytes, locator) === END64_LOCATOR) {
		const end64 = u64(bytes, locator + 8);
		if (end64 + 56 > bytes.length || u32(bytes, end64) !== END64)
			throw new ZipError('its ZIP64 end record is missing');
		count = u64(bytes, end64 + 32);
		at = u64(bytes, end64 + 48);
	}
	const entries: ZipEntry[] = [];
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || u32(bytes, at) !== ENTRY)
			throw new ZipError('its list of members is cut short or damaged');
		const nameLength = u16(bytes, at + 28);
		const extraLength = u16(bytes, at + 30);
		const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
		if (next > bytes.length) throw new ZipError('its list of members is cut short or damaged');
		const flags = u16(bytes, at + 8);
		let packedSize = u32(bytes, at + 20);
		let size = u32(bytes, at + 24);
		let local = u32(bytes, at + 42);
		// ZIP64 extra field: the 64-bit values, in this order, of those set to 0xffffffff above.
		const extraEnd = at + 46 + nameLength + extraLength;
		for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(bytes, x + 2)) {
			if (u16(bytes, x) !== 0x0001) continue;
			let field = x + 4;
			const take = () => (field + 8 <= extraEnd ? ((field += 8), u64(bytes, field - 8)) : UNSET32);
			if (size === UNSET32) size = take();
			if (packedSize === UNSET32) packedSize = take();
			if (local === UNSET32) local = take();
			break;
		}
		entries.push({
			name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
			method: u16(bytes, at + 10),
			encrypted: (flags & 1) !== 0,
			crc: u32(bytes, at + 16),
			packedSize,
			size,
			dataStart: dataStartOf(bytes, local)
		});
		at = next;
	}
	return entries;
}
