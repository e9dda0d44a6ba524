// Benchmark: the built dashboard under load on loopback. Starts `node src/cli/start.js` on a fresh
// store, times a corpus's first view (which codes every article), then keeps N keep-alive
// connections busy for S seconds on a mix of pages: first the seed corpus, then an 800-article one
// (FA-KES from ../shared/corpora, else a synthetic corpus made from the seeds). Prints figures; it
// exits 1 only when the server cannot start or over 1 % of requests fail, never on the target.
//   npm run bench:load [-- --connections 200 --seconds 20 --timeout 60 --synthetic]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { seededRandom } from '../../src/lib/engine/evaluation/seeded-random';
import { isRunning, startServer, type RunningServer } from '../e2e/server-process';
import { seedSentences, syntheticRows } from './synthetic-corpus';

const { values } = parseArgs({
	options: {
		connections: { type: 'string', default: '200' },
		seconds: { type: 'string', default: '20' },
		timeout: { type: 'string', default: '60' },
		synthetic: { type: 'boolean', default: false }
	}
});
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);
const TIMEOUT_MS = Number(values.timeout) * 1000;
if (![CONNECTIONS, SECONDS, TIMEOUT_MS].every((n) => Number.isInteger(n) && n > 0)) {
	console.error('--connections, --seconds and --timeout take positive whole numbers');
	process.exit(1);
}
if (!existsSync('build/handler.js')) {
	console.error('Parallax is not built: run `npm run build` first.');
	process.exit(1);
}
const TARGET_MS = 500;
const ERROR_LIMIT = 0.01;
const FIRST_VIEW_TIMEOUT_MS = 300_000;
const FA_KES = '../shared/corpora/fa-kes/FA-KES-Dataset.csv';

const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const db = join(dir, 'parallax.db');
let server: RunningServer | undefined;

/** Stops the server: SIGTERM, then SIGKILL after 10 s. */
async function stopServer(): Promise<void> {
	const child = server?.process;
	server = undefined;
	if (child && child.exitCode === null && child.signalCode === null)
		await new Promise<void>((done) => {
			const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
			child.once('exit', () => (clearTimeout(kill), done()));
			child.kill('SIGTERM');
		});
}
const cleanUp = () => stopServer().finally(() => rmSync(dir, { recursive: true, force: true }));
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** `status` is the HTTP status, or names the failure: `timeout`, or the socket error's code. */
interface Outcome {
	ms: number;
	status: number | string;
}

/** One GET that reads the whole body; never rejects. */
function request(agent: Agent, url: string, timeoutMs: number): Promise<Outcome> {
	const start = performance.now();
	const signal = AbortSignal.timeout(timeoutMs);
	return new Promise((resolve) => {
		let settled = false;
		const finish = (status: number | string) => {
			if (!settled) resolve({ ms: performance.now() - start, status });
			settled = true;
		};
		const failed = (error?: NodeJS.ErrnoException) =>
			finish(signal.aborted ? 'timeout' : (error?.code ?? 'closed early'));
		get(url, { agent, signal }, (response) => {
			response.on('end', () => finish(response.statusCode ?? 0)).on('error', failed);
			response.on('close', () => response.complete || failed());
			response.resume();
		}).on('error', failed);
	});
}

interface Page {
	name: string;
	weight: number;
	path: () => string;
}

/** What analysts open, weighted: overviews, the compare view, the article list and articles. */
function pageMix(slug: string, facts: CorpusFacts, pick: () => number): Page[] {
	const [first = '', second = first] = facts.outlets;
	const evidence = new URLSearchParams([
		['corpus', slug],
		['outlet', first],
		['outlet', second],
		['ev-outlet', first],
		['ev-frame', facts.frame]
	]);
	return [
		{ name: '/', weight: 20, path: () => `/?corpus=${slug}` },
		{ name: '/?outlet…&ev-…', weight: 20, path: () => `/?${evidence}` },
		{ name: '/compare', weight: 15, path: () => `/compare?corpus=${slug}` },
		{ name: '/articles', weight: 10, path: () => `/articles?corpus=${slug}` },
		{
			name: '/articles/<id>',
			weight: 30,
			path: () => `/articles/${facts.ids[Math.floor(pick() * facts.ids.length)]}`
		},
		{ name: '/corpora', weight: 5, path: () => '/corpora' }
	];
}

interface CorpusFacts {
	ids: number[];
	/** The corpus's two largest outlets, and the frame the first of them is coded with most. */
	outlets: string[];
	frame: string;
}

function corpusFacts(slug: string): CorpusFacts {
	const store = new Database(db, { readonly: true, fileMustExist: true });
	const inCorpus = 'FROM articles a JOIN corpora c ON c.id = a.corpus_id AND c.slug = ?';
	try {
		const ids = store.prepare(`SELECT a.id ${inCorpus}`).pluck().all(slug) as number[];
		const outlets = store
			.prepare(
				`SELECT o.name ${inCorpus} JOIN outlets o ON o.id = a.outlet_id GROUP BY o.id ORDER BY count(*) DESC LIMIT 2`
			)
			.pluck()
			.all(slug) as string[];
		const frame = store
			.prepare(
				`SELECT k.frame ${inCorpus} JOIN outlets o ON o.id = a.outlet_id AND o.name = ? JOIN units u ON u.article_id = a.id JOIN codes k ON k.unit_id = u.id GROUP BY k.frame ORDER BY count(*) DESC LIMIT 1`
			)
			.pluck()
			.get(slug, outlets[0] ?? '') as string | undefined;
		return { ids, outlets, frame: frame ?? 'cooperation_urged' };
	} finally {
		store.close();
	}
}

/** The server's resident memory in MB, now (VmRSS) and at its highest so far (VmHWM). */
function memory(pid: number): { rss: number; hwm: number } {
	const status = existsSync(`/proc/${pid}/status`)
		? readFileSync(`/proc/${pid}/status`, 'utf8')
		: '';
	const mb = (key: string) =>
		Number(new RegExp(`${key}:\\s*(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
	return { rss: mb('VmRSS'), hwm: mb('VmHWM') };
}

const fmt = (n: number, digits = 0) =>
	Number.isNaN(n)
		? 'n/a'
		: n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const percentile = (sorted: number[], p: number) =>
	sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

interface LoadResult {
	seconds: number;
	latencies: Map<string, number[]>;
	/** Failed requests by what went wrong: `HTTP 500`, `timeout`, `ECONNRESET`… */
	failures: Map<string, number>;
	memory: { before: number; peak: number; end: number; highWater: number };
}

/** CONNECTIONS keep-alive connections, each asking for one page after another until SECONDS end. */
async function load(base: string, pages: Page[], pick: () => number, pid: number) {
	const agent = new Agent({
		keepAlive: true,
		maxSockets: CONNECTIONS,
		maxFreeSockets: CONNECTIONS
	});
	const totalWeight = pages.reduce((sum, page) => sum + page.weight, 0);
	const choose = () => {
		let left = pick() * totalWeight;
		return pages.find((page) => (left -= page.weight) < 0) ?? pages[0]!;
	};
	const latencies = new Map<string, number[]>(pages.map((page) => [page.name, []]));
	const failures = new Map<string, number>();
	const before = memory(pid).rss;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, memory(pid).rss)), 250);
	const start = performance.now();
	const deadline = start + SECONDS * 1000;
	const connection = async () => {
		while (performance.now() < deadline) {
			const page = choose();
			const outcome = await request(agent, base + page.path(), TIMEOUT_MS);
			const { status, ms } = outcome;
			if (typeof status === 'number') latencies.get(page.name)!.push(ms);
			if (typeof status === 'number' && status >= 200 && status < 300) continue;
			const what = typeof status === 'number' ? `HTTP ${status}` : status;
			failures.set(what, (failures.get(what) ?? 0) + 1);
		}
	};
	await Promise.all(Array.from({ length: CONNECTIONS }, connection));
	const seconds = (performance.now() - start) / 1000;
	clearInterval(sampler);
	agent.destroy();
	const end = memory(pid);
	return {
		seconds,
		latencies,
		failures,
		memory: { before, peak: Math.max(peak, end.rss), end: end.rss, highWater: end.hwm }
	} satisfies LoadResult;
}

/** Prints a phase's table; returns the share of requests that failed. */
function report(result: LoadResult): number {
	const { failures, memory } = result;
	const all = [...result.latencies.values()].flat().sort((a, b) => a - b);
	const failed = [...failures.values()].reduce((sum, n) => sum + n, 0);
	const socketFailures = [...failures].filter(([what]) => !what.startsWith('HTTP'));
	const total = all.length + socketFailures.reduce((sum, [, n]) => sum + n, 0);
	const listed = [...failures].map(([what, n]) => `${what} × ${n}`).join(', ') || 'none';
	const p99 = percentile(all, 0.99);
	const rate = `${fmt(total / result.seconds)} req/s`;
	console.log(`requests     ${fmt(total)} in ${fmt(result.seconds, 1)} s, ${rate}`);
	console.log(
		`latency      p50 ${fmt(percentile(all, 0.5))} ms · p90 ${fmt(percentile(all, 0.9))} ms · p99 ${fmt(p99)} ms · max ${fmt(all.at(-1) ?? NaN)} ms`
	);
	console.log(
		`errors       ${listed}: ${fmt((100 * failed) / Math.max(total, 1), 2)} % (timeout after ${TIMEOUT_MS / 1000} s)`
	);
	console.log(
		`server RSS   before ${fmt(memory.before)} MB · peak under load ${fmt(memory.peak)} MB · end ${fmt(memory.end)} MB · high-water ${fmt(memory.highWater)} MB`
	);
	console.log('page                 requests      p50 ms      p99 ms');
	for (const [name, times] of result.latencies) {
		const sorted = times.sort((a, b) => a - b);
		const cells = [sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.99)].map((n) =>
			fmt(n)
		);
		console.log(`  ${name.padEnd(18)} ${cells.map((cell) => cell.padStart(8)).join('    ')}`);
	}
	const verdict = p99 < TARGET_MS ? 'met' : 'not met';
	console.log(`target p99 < ${TARGET_MS} ms: ${verdict} (p99 = ${fmt(p99)} ms)`);
	return total === 0 ? 1 : failed / total;
}

/** Starts the server on the store, times the corpus's first view, loads it and stops it. */
async function phase(title: string, slug: string): Promise<number> {
	const started = await startServer({ PARALLAX_DB: db }, await freePort());
	if (!isRunning(started)) throw new Error(`the server did not start:\n${started.output}`);
	server = started;
	const first = await request(new Agent(), `${started.url}/?corpus=${slug}`, FIRST_VIEW_TIMEOUT_MS);
	const facts = corpusFacts(slug);
	const pick = seededRandom(20151013);
	const pages = pageMix(slug, facts, pick);
	console.log(
		`\n== ${title}: ${facts.ids.length} articles, ${CONNECTIONS} connections × ${SECONDS} s ==`
	);
	console.log(`first view   ${fmt(first.ms)} ms (${first.status}), /?corpus=${slug}`);
	console.log(`evidence     ${pages.find((page) => page.name.includes('ev-'))!.path()}`);
	const result = await load(started.url, pages, pick, started.process.pid!);
	await stopServer();
	return report(result);
}

/** Imports the 800-article corpus into the stopped server's store; returns its slug and name. */
function importLargeCorpus(): { slug: string; title: string } {
	let [file, name, title] = [FA_KES, 'FA-KES', 'FA-KES (../shared/corpora)'];
	if (values.synthetic || !existsSync(FA_KES)) {
		const why = values.synthetic ? '--synthetic' : `${FA_KES} is absent`;
		console.log(`\n${why}: using 800 synthetic articles made from the seed texts instead.`);
		[file, name, title] = [join(dir, 'synthetic.csv'), 'Synthetic', 'Synthetic from the seeds'];
		writeFileSync(file, Papa.unparse(syntheticRows(800, 20151013, seedSentences())));
	}
	const output = execFileSync(
		process.execPath,
		['src/cli/parallax.js', 'import', file, '--corpus', name, '--db', db],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
	);
	const slug = /into corpus ".*" \(([^)]+)\)/.exec(output)?.[1];
	if (!slug) throw new Error(`the import did not say which corpus it made:\n${output}`);
	return { slug, title };
}

try {
	console.log(`Parallax load benchmark on 127.0.0.1, store ${db}`);
	const rates = [await phase('Seed corpus', 'seeds')];
	const large = importLargeCorpus();
	rates.push(await phase(large.title, large.slug));
	const worst = Math.max(...rates);
	if (worst > ERROR_LIMIT) {
		console.error(
			`\nToo many failed requests: ${fmt(worst * 100, 2)} % (limit ${ERROR_LIMIT * 100} %)`
		);
		process.exitCode = 1;
	}
} catch (error) {
	console.error(`\nbench:load failed: ${(error as Error).message}`);
	process.exitCode = 1;
} finally {
	await cleanUp();
}
