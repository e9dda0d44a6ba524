import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	deflatedZeros,
	HOSTILE_NAMES,
	memberOf,
	MiB,
	traversalNames,
	zerosCrc,
	zipBomb,
	zipOf
} from '../../../../tests/hostile/zips';
import { crc32, expandArchives, MAX_RATIO, unpackArchive } from './archive';
import { MEMBER_NAME_CHARS } from './member-name';
import { planImport } from './plan';

const text = (data: Uint8Array) => new TextDecoder().decode(data);
/** `bytes` of CSV that compresses about 4:1, like real text, unlike zeros. */
const csv = (bytes: number) => {
	const rows = ['text'];
	for (let i = 0, length = 5; length < bytes; i++) {
		const row = `Row ${i} says ${(i * 7919) % 104729} of ${(i * 104729) % 7919}`;
		rows.push(row);
		length += row.length + 1;
	}
	return rows.join('\n').slice(0, bytes);
};

describe('the hostile zips', () => {
	it('deflatedZeros inflates to exactly that many zeros, with zerosCrc their checksum', () => {
		const bytes = 3 * MiB + 17;
		const zeros = inflateSync(deflatedZeros(bytes));
		expect(Buffer.from(zeros).equals(Buffer.alloc(bytes))).toBe(true);
		expect(zerosCrc(bytes)).toBe(crc32(zeros));
		const { files, problems } = unpackArchive({
			name: 'z.zip',
			bytes: zipBomb({ unpacked: bytes, declared: bytes })
		});
		expect(problems).toEqual([]);
		expect(files.map((f) => [f.name, Buffer.from(f.bytes).equals(zeros)])).toEqual([
			['z.zip/bomb.csv', true]
		]);
	});
});

/** Runs this script under tsx in a child process: its stdout, and its peak memory in MB. */
async function runChild(
	script: string,
	killAboveMB: number
): Promise<{ stdout: string; killed: string | null }> {
	const root = fileURLToPath(new URL('../../../../', import.meta.url));
	const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let stdout = '';
	let killed: string | null = null;
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
	// Where /proc tells (Linux), a child past the bound is ended there, before it swamps the machine.
	const watch = setInterval(() => {
		try {
			const kB = Number(
				/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]
			);
			if (kB / 1024 > killAboveMB) {
				killed = `passed ${killAboveMB} MB resident`;
				child.kill('SIGKILL');
			}
		} catch {
			clearInterval(watch);
		}
	}, 50);
	const timer = setTimeout(() => {
		killed = 'ran past 60 s';
		child.kill('SIGKILL');
	}, 60_000);
	await new Promise((resolve) => child.on('close', resolve));
	clearInterval(watch);
	clearTimeout(timer);
	return { stdout, killed };
}

describe('bombs', () => {
	it('refuses bombs that unpack to 1.5 GiB each while staying under 400 MB of memory', async () => {
		const here = (path: string) => JSON.stringify(new URL(path, import.meta.url).href);
		const { stdout, killed } = await runChild(
			`import { expandArchives } from ${here('./archive.ts')};
			import { manyMembersBomb, zipBomb } from ${here('../../../../tests/hostile/zips.ts')};
			const many = manyMembersBomb();
			const liar = zipBomb();
			const { files, problems } = expandArchives([
				{ name: 'many.zip', bytes: many },
				{ name: 'liar.zip', bytes: liar }
			]);
			const maxRssMB = process.resourceUsage().maxRSS / 1024;
			console.log(JSON.stringify({ files: files.length, problems, maxRssMB, sizes: [many.length, liar.length] }));`,
			1200
		);
		expect(killed).toBeNull();
		const result = JSON.parse(stdout) as {
			files: number;
			problems: { file: string; reason: string }[];
			maxRssMB: number;
			sizes: number[];
		};
		// 1.5 GiB each from under 1.6 MB: what the pre-fix reader held whole.
		expect(Math.max(...result.sizes)).toBeLessThan(1.6 * MiB);
		expect(result.files).toBe(0);
		expect(result.problems).toEqual([
			{
				file: 'many.zip/part-1.csv',
				reason: expect.stringMatching(
					/^unpacks past 1\d\d MB \(ratio 1\d\d\d:1\), more than Parallax unpacks from one archive of 1\.\d MB \(at most 100:1 past the first 32\.0 MB\); nothing from many\.zip was imported: if it is a real corpus, unpack it and import its files directly$/
				)
			},
			{
				file: 'liar.zip/bomb.csv',
				reason:
					'is damaged in the archive: it unpacks past the 1.0 MB its entry declares, so Parallax stopped unpacking it (an archive built to exhaust memory does this)'
			}
		]);
		expect(result.maxRssMB).toBeLessThan(400);
	}, 90_000);

	it('refuses an honest bomb past 100:1 before unpacking it, however small each member is', () => {
		const bomb = zipBomb({ unpacked: 200 * MiB, declared: 200 * MiB });
		expect(unpackArchive({ name: 'zeros.zip', bytes: bomb })).toEqual({
			files: [],
			problems: [
				{
					file: 'zeros.zip/bomb.csv',
					reason: expect.stringMatching(
						/^unpacks past 32\.0 MB \(ratio 1\d\d\d:1\), more than Parallax unpacks from one archive of 2\d\d kB \(at most 100:1 past the first 32\.0 MB\); nothing from zeros\.zip was imported/
					)
				}
			],
			notes: []
		});
	});

	it('still unpacks a small archive of very repetitive rows (under 32 MB, whatever its ratio)', () => {
		const rows = `text\n${'The same row again\n'.repeat(500_000)}`;
		const zip = zipSync({ 'same.csv': new TextEncoder().encode(rows) });
		expect(rows.length / zip.length).toBeGreaterThan(MAX_RATIO);
		const { files, problems } = unpackArchive({ name: 'same.zip', bytes: zip });
		expect(problems).toEqual([]);
		expect(files.map((f) => [f.name, f.bytes.length])).toEqual([
			['same.zip/same.csv', rows.length]
		]);
	});

	it('stops a member that unpacks past its declared size; the honest member beside it still reads', () => {
		const liar = { ...memberOf('liar.csv', ''), data: deflatedZeros(64 * MiB), size: 1000 };
		const zip = zipOf([memberOf('good.csv', 'text\nFine\n'), liar]);
		const { files, problems } = unpackArchive({ name: 'mixed.zip', bytes: zip });
		expect(files.map((f) => [f.name, text(f.bytes)])).toEqual([
			['mixed.zip/good.csv', 'text\nFine\n']
		]);
		expect(problems).toEqual([
			{
				file: 'mixed.zip/liar.csv',
				reason:
					'is damaged in the archive: it unpacks past the 1000 bytes its entry declares, so Parallax stopped unpacking it (an archive built to exhaust memory does this)'
			}
		]);
	});

	it('refuses a member that declares far more than it holds, without making room for it', () => {
		const zip = zipOf([{ ...memberOf('claims.csv', 'text\nx\n'), size: 400 * MiB }]);
		const { files, problems } = unpackArchive({ name: 'claims.zip', bytes: zip });
		expect(files).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('claims.zip/claims.csv');
		expect(problems[0]!.reason).toMatch(/^unpacks past 32\.0 MB \(ratio \d+:1\)/);
	});
});

describe('the total an import unpacks', () => {
	const limits = { totalBytes: MiB };
	const archiveOf = (...names: string[]) =>
		zipOf(names.map((name) => memberOf(name, csv(400 * 1024))));

	it('refuses an archive whose members, each small, together pass the total', () => {
		const zip = archiveOf('a.csv', 'b.csv', 'c.csv');
		expect(expandArchives([{ name: 'batch.zip', bytes: zip }], limits)).toEqual({
			files: [],
			problems: [
				{
					file: 'batch.zip/c.csv',
					reason: expect.stringMatching(
						/^unpacks past 1\.0 MB \(ratio \d+(\.\d)?:1\), more than Parallax unpacks in one import; nothing from batch\.zip was imported: split it into smaller archives and import them one at a time$/
					)
				}
			],
			notes: []
		});
	});

	it('counts every archive of the import: the one that passes the total is refused whole', () => {
		const { files, problems } = expandArchives(
			[
				{ name: 'plain.csv', bytes: new TextEncoder().encode(csv(600 * 1024)) },
				{ name: 'one.zip', bytes: archiveOf('a.csv', 'b.csv') },
				{ name: 'two.zip', bytes: archiveOf('c.csv', 'd.csv') }
			],
			limits
		);
		expect(files.map((f) => f.name)).toEqual(['plain.csv', 'one.zip/a.csv', 'one.zip/b.csv']);
		expect(problems).toEqual([
			{
				file: 'two.zip/c.csv',
				reason: expect.stringMatching(
					/^unpacks past 1\.0 MB \(ratio \d+(\.\d)?:1\) with what the archives before it unpack, more than Parallax unpacks in one import; nothing from two\.zip was imported/
				)
			}
		]);
	});

	it('plans nothing from an archive refused part-way: never the members before the bomb', () => {
		const bomb = { ...memberOf('c.csv', ''), data: deflatedZeros(40 * MiB) };
		const zip = zipOf([
			memberOf('a.csv', 'text\nFirst\n'),
			memberOf('b.csv', 'text\nSecond\n'),
			{ ...bomb, crc: zerosCrc(40 * MiB), size: 40 * MiB }
		]);
		const plan = planImport([{ name: 'batch.zip', bytes: zip }]);
		expect(plan.articles).toEqual([]);
		expect(plan.files).toEqual([]);
		expect(plan.problems.map((p) => [p.file, p.scope])).toEqual([['batch.zip/c.csv', 'file']]);
		expect(plan.problems[0]!.reason).toMatch(/nothing from batch\.zip was imported/);
	});
});

describe('member names', () => {
	const long = `${'long'.repeat(2000)}.csv`;
	/** What each of HOSTILE_NAMES becomes: inside names.zip, readable, at most 200 characters. */
	const cleaned = [
		'names.zip/escape.csv',
		'names.zip/etc/absolute.csv',
		'names.zip/Windows/drive.csv',
		'names.zip/nested/up.csv',
		'names.zip/back.csv',
		'names.zip/nulhidden.csv',
		'names.zip/bell[31mred.csv',
		'names.zip/linebreak.csv',
		'names.zip/right-to-leftvsc.csv',
		`names.zip/${long.slice(0, 99)}…${long.slice(-100)}`
	];

	it('keeps every member inside its archive and takes hidden characters out of its name', () => {
		const { files, problems, notes } = unpackArchive({
			name: 'names.zip',
			bytes: traversalNames()
		});
		expect(problems).toEqual([]);
		expect(files.map((f) => [f.name, text(f.bytes)])).toEqual(
			HOSTILE_NAMES.map((_, i) => [cleaned[i], `text\nRow ${i + 1}\n`])
		);
		for (const { name } of files) {
			expect(name.length).toBeLessThanOrEqual('names.zip/'.length + MEMBER_NAME_CHARS);
			expect(name.split('/')).not.toContain('..');
			// eslint-disable-next-line no-control-regex
			expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
		}
		expect(notes).toEqual([
			'names.zip: 10 member names were cleaned: path parts such as ../ or C:\\, hidden control characters, and all but the start and end of names over 200 characters are left out'
		]);
	});

	it('plans articles, and so stores them, under the cleaned names', () => {
		const plan = planImport([{ name: 'names.zip', bytes: traversalNames() }]);
		expect(plan.problems).toEqual([]);
		expect(plan.articles.map((a) => a.file)).toEqual(cleaned);
	});

	it.each([
		[
			'two members whose names clean to the same name',
			['a.csv', '../a.csv'],
			[
				{
					file: 'dup.zip/a.csv',
					reason:
						'is in the archive more than once (or under names that differ only in ../ or hidden characters); only the first is read'
				}
			]
		],
		[
			'a member whose name is nothing but control characters',
			['a.csv', '\u0000\u0001'],
			[{ file: 'dup.zip', reason: 'holds a member with no readable name; it was left out' }]
		],
		[
			'an archive hidden behind a climbing name',
			['a.csv', '../../inner.zip'],
			[
				{
					file: 'dup.zip/inner.zip',
					reason: 'is an archive inside the archive; unpack it and import its files'
				}
			]
		]
	])('lists %s as a problem and reads the rest', (_, names, expected) => {
		const zip = zipOf(names.map((name) => memberOf(name, 'text\nA row\n')));
		const { files, problems } = unpackArchive({ name: 'dup.zip', bytes: zip });
		expect(files.map((f) => f.name)).toEqual(['dup.zip/a.csv']);
		expect(problems).toEqual(expected);
	});
});

describe('ordinary archives', () => {
	it('unpacks a zip exactly as fflate does, deflated or stored, ZIP64 or not', () => {
		const encode = (content: string) => new TextEncoder().encode(content);
		const stored = encode('Kept as it is');
		const plain = zipSync({
			'a.csv': encode(csv(200_000)),
			'folder/b.jsonl': encode('{"text":"One"}\n'),
			'stored.txt': [stored, { level: 0 }]
		});
		const zip64 = zipOf(
			[
				memberOf('a.csv', csv(200_000)),
				memberOf('folder/b.jsonl', '{"text":"One"}\n'),
				{ name: 'stored.txt', data: stored, method: 0, crc: crc32(stored), size: stored.length }
			],
			{ zip64: true }
		);
		for (const [name, zip] of [
			['plain.zip', plain],
			['zip64.zip', zip64]
		] as const) {
			const { files, problems } = unpackArchive({ name, bytes: zip });
			expect(problems).toEqual([]);
			const asText = (list: { name: string; bytes: Uint8Array }[]) =>
				list.map((f) => [f.name, text(f.bytes)]);
			expect(asText(files)).toEqual(
				asText(
					Object.entries(unzipSync(zip)).map(([member, bytes]) => ({
						name: `${name}/${member}`,
						bytes
					}))
				)
			);
			expect(files.map((f) => f.name)).toEqual([
				`${name}/a.csv`,
				`${name}/folder/b.jsonl`,
				`${name}/stored.txt`
			]);
		}
	});
});
