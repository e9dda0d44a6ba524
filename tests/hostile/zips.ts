// Hostile .zip archives for tests: bombs that unpack to gigabytes from a megabyte or two, members
// that lie about their size, names that try to climb out of the archive. Each is built in memory in
// a fraction of a second, without ever holding what it unpacks to.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export const MiB = 1024 * 1024;

export interface ZipMember {
	name: string;
	/** The member's data as the archive holds it: deflated (method 8) or as it is (method 0). */
	data: Uint8Array;
	method: 0 | 8;
	crc: number;
	/** The unpacked size the archive declares; a liar declares less than `data` unpacks to. */
	size: number;
}

/** An ordinary member holding `content`, deflated. */
export function memberOf(name: string, content: string | Uint8Array): ZipMember {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), size: bytes.length };
}

const UNSET32 = 0xffffffff;

/**
 * A zip of the members as given, names in UTF-8, sizes as declared (local and central alike).
 * `zip64` writes every size and offset in ZIP64 fields and ends with the ZIP64 end record, as
 * tools do for archives past 4 GB.
 */
export function zipOf(members: readonly ZipMember[], { zip64 = false } = {}): Uint8Array {
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const member of members) {
		const name = new TextEncoder().encode(member.name);
		const local = Buffer.alloc(30 + (zip64 ? 20 : 0));
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(zip64 ? 45 : 20, 4);
		local.writeUInt16LE(0x800, 6);
		local.writeUInt16LE(member.method, 8);
		local.writeUInt32LE(member.crc >>> 0, 14);
		local.writeUInt32LE(zip64 ? UNSET32 : member.data.length, 18);
		local.writeUInt32LE(zip64 ? UNSET32 : member.size, 22);
		local.writeUInt16LE(name.length, 26);
		const entry = Buffer.alloc(46 + (zip64 ? 28 : 0));
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(zip64 ? 45 : 20, 4);
		entry.writeUInt16LE(zip64 ? 45 : 20, 6);
		entry.writeUInt16LE(0x800, 8);
		entry.writeUInt16LE(member.method, 10);
		entry.writeUInt32LE(member.crc >>> 0, 16);
		entry.writeUInt32LE(zip64 ? UNSET32 : member.data.length, 20);
		entry.writeUInt32LE(zip64 ? UNSET32 : member.size, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(zip64 ? UNSET32 : offset, 42);
		if (zip64) {
			// The extra fields follow the name: written here at the end, then the name moved in.
			local.writeUInt16LE(20, 28);
			local.writeUInt16LE(0x0001, 30);
			local.writeUInt16LE(16, 32);
			local.writeBigUInt64LE(BigInt(member.size), 34);
			local.writeBigUInt64LE(BigInt(member.data.length), 42);
			entry.writeUInt16LE(28, 30);
			entry.writeUInt16LE(0x0001, 46);
			entry.writeUInt16LE(24, 48);
			entry.writeBigUInt64LE(BigInt(member.size), 50);
			entry.writeBigUInt64LE(BigInt(member.data.length), 58);
			entry.writeBigUInt64LE(BigInt(offset), 66);
		}
		parts.push(local.subarray(0, 30), name, local.subarray(30), member.data);
		central.push(entry.subarray(0, 46), name, entry.subarray(46));
		offset += local.length + name.length + member.data.length;
	}
	const directorySize = central.reduce((sum, part) => sum + part.length, 0);
	const tail: Uint8Array[] = [];
	if (zip64) {
		const end64 = Buffer.alloc(56 + 20);
		end64.writeUInt32LE(0x06064b50, 0);
		end64.writeBigUInt64LE(44n, 4);
		end64.writeUInt16LE(45, 12);
		end64.writeUInt16LE(45, 14);
		end64.writeBigUInt64LE(BigInt(members.length), 24);
		end64.writeBigUInt64LE(BigInt(members.length), 32);
		end64.writeBigUInt64LE(BigInt(directorySize), 40);
		end64.writeBigUInt64LE(BigInt(offset), 48);
		end64.writeUInt32LE(0x07064b50, 56);
		end64.writeBigUInt64LE(BigInt(offset + directorySize), 64);
		end64.writeUInt32LE(1, 72);
		tail.push(end64);
	}
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(zip64 ? 0xffff : members.length, 8);
	end.writeUInt16LE(zip64 ? 0xffff : members.length, 10);
	end.writeUInt32LE(zip64 ? UNSET32 : directorySize, 12);
	end.writeUInt32LE(zip64 ? UNSET32 : offset, 16);
	return new Uint8Array(Buffer.concat([...parts, ...central, ...tail, end]));
}

const ZERO_MIB = new Uint8Array(MiB);
// A flushed, non-final deflate block of 1 MiB of zeros refers only to its own output, so copies
// of it laid end to end (and closed by an empty final block) are a valid stream of that many MiB.
const flushed = (bytes: Uint8Array) =>
	deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
const DEFLATED_MIB = flushed(ZERO_MIB);
const FINAL_BLOCK = Uint8Array.of(0x03, 0x00);

/** `bytes` zeros, deflated (about 1000:1, near deflate's limit), built without holding them. */
export function deflatedZeros(bytes: number): Uint8Array {
	const whole = Math.floor(bytes / MiB);
	const rest = bytes % MiB;
	const tail = rest > 0 ? flushed(ZERO_MIB.subarray(0, rest)) : new Uint8Array();
	const out = new Uint8Array(whole * DEFLATED_MIB.length + tail.length + FINAL_BLOCK.length);
	for (let i = 0; i < whole; i++) out.set(DEFLATED_MIB, i * DEFLATED_MIB.length);
	out.set(tail, whole * DEFLATED_MIB.length);
	out.set(FINAL_BLOCK, out.length - FINAL_BLOCK.length);
	return out;
}

/** The CRC-32 of `bytes` zeros. */
export function zerosCrc(bytes: number): number {
	let crc = 0;
	for (let left = bytes; left > 0; left -= MiB)
		crc = crc32(ZERO_MIB.subarray(0, Math.min(left, MiB)), crc);
	return crc;
}

/**
 * One member, `bomb.csv`, of `unpacked` zeros (1.5 GiB from 1.5 MB) that declares only `declared`
 * bytes (1 MiB), with the checksum of those: a reader that trusts the entry expects 1 MiB and
 * gets 1.5 GiB. Pass `declared: unpacked` for an honest bomb.
 */
export function zipBomb({
	unpacked = 1536 * MiB,
	declared = MiB,
	name = 'bomb.csv'
}: { unpacked?: number; declared?: number; name?: string } = {}): Uint8Array {
	return zipOf([
		{ name, data: deflatedZeros(unpacked), method: 8, crc: zerosCrc(declared), size: declared }
	]);
}

/**
 * `members` honest members of `memberBytes` zeros each (4 × 384 MiB = 1.5 GiB from 1.5 MB): every
 * one under a per-file limit of 512 MB, together far past any sensible total.
 */
export function manyMembersBomb({
	members = 4,
	memberBytes = 384 * MiB
}: { members?: number; memberBytes?: number } = {}): Uint8Array {
	const data = deflatedZeros(memberBytes);
	const crc = zerosCrc(memberBytes);
	return zipOf(
		Array.from({ length: members }, (_, i) => ({
			name: `part-${i + 1}.csv`,
			data,
			method: 8 as const,
			crc,
			size: memberBytes
		}))
	);
}

/** Member names that climb out of the archive, are absolute, or hide control characters. */
export const HOSTILE_NAMES = [
	'../../escape.csv',
	'/etc/absolute.csv',
	'C:\\Windows\\drive.csv',
	'nested/../../../up.csv',
	'..\\..\\back.csv',
	'nul\u0000hidden.csv',
	'bell\u0007\u001b[31mred.csv',
	'line\r\nbreak.csv',
	'right-to-left\u202Evsc.csv',
	`${'long'.repeat(2000)}.csv`
] as const;

/** A zip of small, valid CSVs, one under each of `HOSTILE_NAMES`, in that order. */
export function traversalNames(): Uint8Array {
	return zipOf(HOSTILE_NAMES.map((name, i) => memberOf(name, `text\nRow ${i + 1}\n`)));
}
