import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, expandArchives, unpackArchive } from './archive';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

/** A stored (uncompressed) member, whose bytes can be found and damaged in the archive. */
function damageStored(zip: Uint8Array, content: string): Uint8Array {
	const copy = zip.slice();
	const at = Buffer.from(copy).indexOf(content);
	copy[at] = copy[at]! ^ 0x20;
	return copy;
}

describe('crc32', () => {
	it.each([
		['', 0],
		['123456789', 0xcbf43926],
		['The quick brown fox jumps over the lazy dog', 0x414fa339]
	])('crc32 of %j is the standard CRC-32', (input, expected) => {
		expect(crc32(bytes(input))).toBe(expected);
	});
});

describe('unpackArchive', () => {
	it('names each member archive/member and keeps its bytes', () => {
		const zip = zipSync({
			'a.csv': bytes('text\nOne\n'),
			'folder/b.txt': bytes('Two'),
			'folder/': new Uint8Array()
		});
		const { files, problems, notes } = unpackArchive({ name: 'in/batch.zip', bytes: zip });
		expect(files.map((f) => [f.name, text(f.bytes)])).toEqual([
			['in/batch.zip/a.csv', 'text\nOne\n'],
			['in/batch.zip/folder/b.txt', 'Two']
		]);
		expect(problems).toEqual([]);
		expect(notes).toEqual([]);
	});

	it('lists each bad member and still unpacks the good ones', () => {
		const zip = damageStored(
			zipSync({
				'good.csv': bytes('text\nFine\n'),
				'notes.pdf': bytes('%PDF-1.4'),
				'inner.zip': zipSync({ 'x.csv': bytes('text\nx\n') }),
				'broken.csv': [bytes('text\nDAMAGED HERE\n'), { level: 0 }]
			}),
			'DAMAGED HERE'
		);
		const { files, problems } = unpackArchive({ name: 'batch.zip', bytes: zip });
		expect(files.map((f) => f.name)).toEqual(['batch.zip/good.csv']);
		expect(problems).toEqual([
			{
				file: 'batch.zip/notes.pdf',
				reason: 'is not a file Parallax reads (it reads .csv, .tsv, .json, .jsonl, .ndjson, .txt)'
			},
			{
				file: 'batch.zip/inner.zip',
				reason: 'is an archive inside the archive; unpack it and import its files'
			},
			{
				file: 'batch.zip/broken.csv',
				reason: 'is damaged in the archive: what unpacks does not match its checksum'
			}
		]);
	});

	it('reports a member whose compressed stream is corrupt as damaged', () => {
		const long = Array.from({ length: 2000 }, (_, i) => `row ${i} ${(i * 7919) % 104729}`).join(
			'\n'
		);
		const zip = zipSync({ 'big.csv': bytes(`text\n${long}`) });
		const corrupt = zip.slice();
		corrupt.fill(0xff, 60, 400);
		const { files, problems } = unpackArchive({ name: 'c.zip', bytes: corrupt });
		expect(files).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('c.zip/big.csv');
		expect(problems[0]!.reason).toMatch(/^is damaged in the archive/);
	});

	it('leaves out __MACOSX and hidden entries with a note', () => {
		const zip = zipSync({
			'a.csv': bytes('text\nOne\n'),
			'__MACOSX/._a.csv': bytes('\0\x05\x16\x07'),
			'.DS_Store': bytes('\0')
		});
		const { files, notes } = unpackArchive({ name: 'mac.zip', bytes: zip });
		expect(files.map((f) => f.name)).toEqual(['mac.zip/a.csv']);
		expect(notes).toEqual(['mac.zip: left out 2 hidden or __MACOSX system entries']);
	});

	it.each([
		[
			'bytes that are not a zip',
			bytes('text\nnot a zip\n'),
			'cannot be read as a zip archive (invalid zip data); re-create it or import its files directly'
		],
		['an archive without files', zipSync({}), 'holds no files']
	])('reports %s as a problem of the archive', (_, data, reason) => {
		expect(unpackArchive({ name: 'x.zip', bytes: data })).toEqual({
			files: [],
			problems: [{ file: 'x.zip', reason }],
			notes: []
		});
	});
});

describe('unpackArchive with a damaged directory', () => {
	/** A one-member zip with its central directory entry (found by its signature) changed. */
	function withEntry(change: (zip: DataView, entry: number) => void): Uint8Array {
		const zip = zipSync({ 'a.csv': bytes('text\nOne\n') });
		const entry = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
		change(new DataView(zip.buffer, zip.byteOffset, zip.byteLength), entry);
		return zip;
	}

	it.each([
		[
			'a directory that points past the archive',
			withEntry((zip) => zip.setUint32(zip.byteLength - 6, 0xfffff, true)),
			{
				file: 'd.zip',
				reason:
					'cannot be read as a zip archive (its list of members is cut short or damaged); re-create it or import its files directly'
			}
		],
		[
			'a member whose local header is not where the directory says',
			withEntry((zip, entry) => zip.setUint32(entry + 42, 3, true)),
			{
				file: 'd.zip/a.csv',
				reason: 'is damaged in the archive: its data is not where the archive says'
			}
		],
		[
			'an encrypted member',
			withEntry((zip, entry) => zip.setUint16(entry + 8, zip.getUint16(entry + 8, true) | 1, true)),
			{ file: 'd.zip/a.csv', reason: 'is encrypted; re-create the archive without a password' }
		]
	])('reports %s as a problem', (_, zip, problem) => {
		expect(unpackArchive({ name: 'd.zip', bytes: zip })).toEqual({
			files: [],
			problems: [problem],
			notes: []
		});
	});
});

describe('expandArchives', () => {
	it('replaces archives by their members in place, members keeping the archive’s options', () => {
		const files = [
			{ name: 'first.csv', bytes: bytes('text\n1\n') },
			{
				name: 'b.zip',
				bytes: zipSync({ 'x.csv': bytes('body\n2\n') }),
				mapping: { text: 'body' }
			},
			{ name: 'last.json', bytes: bytes('[]') }
		];
		const { files: expanded } = expandArchives(files);
		expect(expanded.map((f) => [f.name, 'mapping' in f ? f.mapping : null])).toEqual([
			['first.csv', null],
			['b.zip/x.csv', { text: 'body' }],
			['last.json', null]
		]);
	});

	it('does not mutate its input', () => {
		const files = [{ name: 'b.zip', bytes: zipSync({ 'x.csv': bytes('text\n2\n') }) }];
		const before = structuredClone(files);
		expandArchives(files);
		expect(files).toEqual(before);
	});
});
