// A generated corpus of malformed and hostile import files, each with what the import must make
// of it: the file refused, some rows refused (each named by row and field), or a clean import.
// Everything is built here from code, deterministically (no fixtures, no randomness).
import { HOSTILE_NAMES, MiB, traversalNames, zipBomb } from './zips';

/** What a problem must say: where (row, field) when it is about a row, and why. */
export interface ExpectedProblem {
	/** The file the problem names, when not the file itself: an archive's member. */
	file?: string;
	row?: number;
	field?: string;
	reason: RegExp;
}

/** What an imported article must look like in the store, field by field. */
export interface ExpectedArticle {
	text?: string;
	title?: string | null;
	outlet?: string;
	url?: string | null;
}

export type Outcome =
	/** The file is left out whole; the problem names it (and says why). */
	| { kind: 'refused'; problem: ExpectedProblem }
	/** These rows are bad, each named; the `good` others import when bad rows are skipped. */
	| { kind: 'bad rows'; problems: ExpectedProblem[]; good: number }
	/** Every row imports, with nothing no export can hold; `stored` pins what was kept. */
	| { kind: 'clean'; good: number; stored?: ExpectedArticle[] };

export interface HostileFile {
	what: string;
	name: string;
	bytes: Uint8Array;
	outcome: Outcome;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-16 code units without a byte-order mark, as some tools save "Unicode" text. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
	const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
	if (order === 'be')
		for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
	return bytes;
}

/** Deterministic bytes that look like noise (a linear congruential generator). */
function noise(length: number, seed = 42): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = seed;
	for (let i = 0; i < length; i++) {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		bytes[i] = state >> 23;
	}
	return bytes;
}

const A = 'Moscow said the strikes would continue.';
const B = 'Washington said it would not cooperate.';
const C = 'Ankara called for a ceasefire in the north.';
const MB2 = 2 ** 21;

/** A CSV of the three sound rows, one row swapped for `bad` (a whole line, without its end). */
const csv = (bad?: string) =>
	['text,outlet,title', `${A},RT,Strikes`, bad ?? `${B},Fox News,Refusal`, `${C},TASS,Truce`].join(
		'\n'
	) + '\n';

const deep = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

export function hostileFiles(): HostileFile[] {
	const truncated = utf8(`text,outlet\n${A} “Daesh”,RT\n${B} “Daesh”`);
	return [
		{
			what: 'UTF-8 cut off inside its last character',
			name: 'truncated.csv',
			bytes: truncated.subarray(0, truncated.length - 1),
			outcome: { kind: 'refused', problem: { reason: /cut off in the middle of a character/ } }
		},
		{
			what: 'a PNG given a .csv name',
			name: 'picture.csv',
			bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(4096)]),
			outcome: { kind: 'refused', problem: { reason: /is neither UTF-8 nor Windows-1252 text/ } }
		},
		{
			what: 'binary data that is valid UTF-8 (every ASCII byte, controls too)',
			name: 'ascii-binary.csv',
			bytes: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 31) % 128)),
			outcome: { kind: 'refused', problem: { reason: /holds binary data, not text/ } }
		},
		{
			what: 'a NUL in an outlet name',
			name: 'nul-outlet.csv',
			bytes: utf8(csv(`${B},Fox\u0000 News,Refusal`)),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [
					{ row: 3, field: 'outlet', reason: /control character \(U\+0000 at character 4\)/ }
				]
			}
		},
		{
			what: 'NULs and other controls inside article text',
			name: 'nul-text.csv',
			bytes: utf8(csv(`"${B.replace('said', 'sa\u0000id\u0007')}",Fox News,Refusal`)),
			outcome: { kind: 'clean', good: 3, stored: [{ text: A }, { text: B }, { text: C }] }
		},
		{
			what: 'a bell character in a title',
			name: 'bell-title.csv',
			bytes: utf8(csv(`${B},Fox News,Re\u0007fusal`)),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 3, field: 'title', reason: /control character \(U\+0007/ }]
			}
		},
		{
			what: '100,000 columns',
			name: 'wide.csv',
			bytes: utf8(
				`${Array.from({ length: 100_000 }, (_, i) => (i === 0 ? 'text' : `c${i}`)).join(',')}\n${A}${','.repeat(99_999)}\n`
			),
			outcome: { kind: 'refused', problem: { row: 1, reason: /has 100,000 columns/ } }
		},
		{
			what: 'a 2 MB header cell',
			name: 'long-header.csv',
			bytes: utf8(`text,${'h'.repeat(MB2)}\n${A},x\n`),
			outcome: { kind: 'refused', problem: { row: 1, reason: /column 2's name is 2,097,152/ } }
		},
		{
			what: 'a 2 MB title',
			name: 'huge-title.csv',
			bytes: utf8(csv(`${B},Fox News,${'t'.repeat(MB2)}`)),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 3, field: 'title', reason: /title is 2,097,152 characters long/ }]
			}
		},
		{
			what: 'a 2 MB outlet name',
			name: 'huge-outlet.csv',
			bytes: utf8(csv(`${B},${'o'.repeat(MB2)},Refusal`)),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 3, field: 'outlet', reason: /outlet is 2,097,152 characters long/ }]
			}
		},
		{
			what: 'a 2 MB URL',
			name: 'huge-url.csv',
			bytes: utf8(`text,url\n${A},https://rt.com/a\n${B},https://rt.com/${'u'.repeat(MB2)}\n`),
			outcome: {
				kind: 'bad rows',
				good: 1,
				problems: [{ row: 3, field: 'url', reason: /url is 2,097,1\d\d characters long/ }]
			}
		},
		{
			what: 'a 6 MB article text',
			name: 'huge-text.csv',
			bytes: utf8(csv(`"${'Moscow said. '.repeat(480_000)}",Fox News,Long`)),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 3, field: 'text', reason: /text is 6,240,000 characters long/ }]
			}
		},
		{
			what: 'an unbalanced quote',
			name: 'unbalanced.csv',
			bytes: utf8(csv(`"${B},Fox News,Refusal`)),
			outcome: {
				kind: 'bad rows',
				good: 1,
				problems: [{ row: 3, reason: /a quoted field is never closed/ }]
			}
		},
		{
			what: 'rows mixing commas and semicolons',
			name: 'mixed.csv',
			bytes: utf8(csv(`${B};Fox News;Refusal`)),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 3, reason: /Too few fields: expected 3 fields but parsed 1/ }]
			}
		},
		{
			what: 'semicolons throughout a .csv',
			name: 'semicolons.csv',
			bytes: utf8(`text;outlet\n${A};RT\n${B};Fox News\n`),
			outcome: { kind: 'refused', problem: { row: 1, reason: /separated by semicolons/ } }
		},
		{
			what: 'JSON nested 100,000 deep',
			name: 'deep.json',
			bytes: utf8(`[{"text":"${A}","tags":${deep(100_000)}}]`),
			outcome: { kind: 'refused', problem: { reason: /more than 64 levels deep/ } }
		},
		{
			what: 'a JSON Lines line nested 100,000 deep',
			name: 'deep.jsonl',
			bytes: utf8(`{"text":"${A}"}\n{"text":"${B}","tags":${deep(100_000)}}\n{"text":"${C}"}\n`),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 2, reason: /line nests arrays or objects more than 64 levels deep/ }]
			}
		},
		{
			what: 'bad JSON Lines lines',
			name: 'bad-lines.jsonl',
			bytes: utf8(`{"text":"${A}"}\n{"text": "${B}"\n{"text":"${C}"}\n[1,2]\n"just a string"\n`),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [
					{ row: 2, reason: /line is not valid JSON/ },
					{ row: 4, reason: /line 4 is not an object with named fields/ },
					{ row: 5, reason: /line 5 is not an object with named fields/ }
				]
			}
		},
		{
			what: 'JSON cut off half way',
			name: 'cut.json',
			bytes: utf8(`[{"text":"${A}"},{"text":"${B}`),
			outcome: { kind: 'refused', problem: { row: 1, reason: /is not valid JSON/ } }
		},
		{
			what: 'JSON that is a number',
			name: 'number.json',
			bytes: utf8('42'),
			outcome: { kind: 'refused', problem: { reason: /not an array of articles/ } }
		},
		{
			what: 'lone surrogates and U+FFFF escaped in JSON text',
			name: 'surrogates.json',
			bytes: utf8(`[{"text":"Moscow \\ud800said\\uffff the strikes would continue."}]`),
			outcome: { kind: 'clean', good: 1, stored: [{ text: A }] }
		},
		{
			what: 'a lone surrogate in a JSON title',
			name: 'surrogate-title.json',
			bytes: utf8(`[{"text":"${A}","title":"Strikes"},{"text":"${B}","title":"Re\\udc00fusal"}]`),
			outcome: {
				kind: 'bad rows',
				good: 1,
				problems: [{ row: 2, field: 'title', reason: /broken character \(U\+DC00/ }]
			}
		},
		{
			what: '__proto__ and constructor keys in JSON records',
			name: 'proto.json',
			bytes: utf8(
				`[{"text":"${A}","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}]`
			),
			outcome: { kind: 'clean', good: 1, stored: [{ text: A }] }
		},
		{
			what: 'UTF-16LE CSV without a BOM',
			name: 'utf16le.csv',
			bytes: utf16(csv(), 'le'),
			outcome: {
				kind: 'clean',
				good: 3,
				stored: [
					{ text: A, outlet: 'RT' },
					{ text: B, outlet: 'Fox News' },
					{ text: C, outlet: 'TASS' }
				]
			}
		},
		{
			what: 'UTF-16BE CSV without a BOM',
			name: 'utf16be.csv',
			bytes: utf16(csv(), 'be'),
			outcome: { kind: 'clean', good: 3, stored: [{ text: A }, { text: B }, { text: C }] }
		},
		{
			what: 'a UTF-16LE .txt without a BOM',
			name: 'utf16.txt',
			bytes: utf16(`Talks in Geneva\n\n${A}`, 'le'),
			outcome: {
				kind: 'clean',
				good: 1,
				stored: [{ text: `Talks in Geneva\n\n${A}`, title: 'Talks in Geneva' }]
			}
		},
		{
			what: 'a .txt of NULs',
			name: 'nuls.txt',
			bytes: new Uint8Array(1024),
			outcome: { kind: 'refused', problem: { reason: /holds binary data, not text/ } }
		},
		{
			what: 'page breaks (form feeds) in a .txt',
			name: 'pages.txt',
			bytes: utf8(`${A}\f${B}`),
			outcome: { kind: 'clean', good: 1, stored: [{ text: `${A}\n${B}` }] }
		},
		{
			what: 'impossible dates',
			name: 'dates.csv',
			bytes: utf8(`text,date\n${A},2017-02-30\n${B},2017-13-01\n${C},2017-01-05\n`),
			outcome: {
				kind: 'bad rows',
				good: 1,
				problems: [
					{ row: 2, field: 'date', reason: /"2017-02-30" is not a date Parallax can read/ },
					{ row: 3, field: 'date', reason: /"2017-13-01" is not a date Parallax can read/ }
				]
			}
		},
		{
			what: 'an impossible day-first date',
			name: 'day-first.csv',
			bytes: utf8(`text,date\n${A},31/04/2017\n${B},15/01/2017\n${C},16/01/2017\n`),
			outcome: {
				kind: 'bad rows',
				good: 2,
				problems: [{ row: 2, field: 'date', reason: /"31\/04\/2017" is not a day of the calendar/ }]
			}
		},
		{
			what: 'script, javascript: and formula values, kept as inert text',
			name: 'xss.csv',
			bytes: utf8(
				[
					'text,outlet,title,url',
					`"${A} <img src=x onerror=alert(1)>","=HYPERLINK(""http://evil.example"",""x"")",<script>alert(1)</script>,javascript:alert(document.cookie)`,
					`${B},Fox News,Refusal,JaVaScRiPt:alert(1)`,
					`${C},TASS,Truce,"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="`
				].join('\r\n')
			),
			outcome: {
				kind: 'clean',
				good: 3,
				stored: [
					{
						text: `${A} <img src=x onerror=alert(1)>`,
						outlet: '=HYPERLINK("http://evil.example","x")',
						title: '<script>alert(1)</script>',
						url: 'javascript:alert(document.cookie)'
					},
					{ url: 'JaVaScRiPt:alert(1)' },
					{ url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }
				]
			}
		},
		{
			what: 'old Mac line ends (CR only)',
			name: 'cr.csv',
			bytes: utf8(csv().replaceAll('\n', '\r')),
			outcome: { kind: 'clean', good: 3 }
		},
		{
			what: 'a zip bomb whose entry declares 1 MB and unpacks to 64 MB',
			name: 'liar.zip',
			bytes: zipBomb({ unpacked: 64 * MiB, declared: MiB }),
			outcome: {
				kind: 'refused',
				problem: {
					file: 'liar.zip/bomb.csv',
					reason: /unpacks past the 1\.0 MB its entry declares/
				}
			}
		},
		{
			what: 'an honest zip bomb, 200 MB of zeros at over 100:1',
			name: 'zeros.zip',
			bytes: zipBomb({ unpacked: 200 * MiB, declared: 200 * MiB }),
			outcome: {
				kind: 'refused',
				problem: { file: 'zeros.zip/bomb.csv', reason: /unpacks past .*\(ratio \d+:1\)/ }
			}
		},
		{
			what: 'zip members named to climb out of the archive or hide control characters',
			name: 'names.zip',
			bytes: traversalNames(),
			outcome: { kind: 'clean', good: HOSTILE_NAMES.length }
		},
		{
			what: 'an empty file',
			name: 'empty.csv',
			bytes: new Uint8Array(0),
			outcome: { kind: 'refused', problem: { reason: /holds no rows of articles/ } }
		},
		{
			what: 'a header and nothing else',
			name: 'header-only.csv',
			bytes: utf8('text,outlet,title\n'),
			outcome: { kind: 'refused', problem: { reason: /holds no rows of articles/ } }
		}
	];
}
