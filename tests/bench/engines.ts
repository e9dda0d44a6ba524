// Benchmark: this engine beside older ones, on the real articles under ../shared/corpora, in one
// process, interleaved, best of N runs of CPU time: the fair way to tell a few percent on a
// machine whose speed drifts between runs. An older engine is a checkout of this repository
// (`git worktree add /tmp/old 68fd3ea`, with node_modules linked in). Prints figures; asserts
// nothing.
//   node --import tsx tests/bench/engines.ts [--runs 5] DIR…
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPORA, corpusFiles, readCorpus } from '../gold/corpora';

const { values, positionals } = parseArgs({
	options: { runs: { type: 'string', default: '5' } },
	allowPositionals: true
});
if (!existsSync(CORPORA)) {
	console.log(`No corpora at ${CORPORA}: nothing to compare on.`);
	process.exit(0);
}
type Engine = typeof import('../../src/lib/engine');
const engines: [string, Engine][] = [['this checkout', await import('../../src/lib/engine')]];
for (const dir of positionals)
	engines.push([dir, (await import(resolve(dir, 'src/lib/engine/index.ts'))) as Engine]);

const articles = corpusFiles().flatMap((file) => readCorpus(file));
const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
const best = new Map<string, number>();
for (let run = 0; run < Number(values.runs); run++)
	for (const [name, engine] of engines) {
		const start = process.cpuUsage();
		for (const a of articles)
			engine.analyzeText(a.text, engine.defaultCodebook, { title: a.title, outlet: a.outlet.name });
		const seconds = process.cpuUsage(start).user / 1e6;
		best.set(name, Math.min(best.get(name) ?? Infinity, seconds));
	}
console.log(
	`${articles.length.toLocaleString('en')} real articles, ${megabytes.toFixed(2)} MB of text; best of ${values.runs} interleaved runs, CPU seconds`
);
const own = best.get('this checkout')!;
for (const [name, seconds] of best)
	console.log(
		`${name.padEnd(24)} ${seconds.toFixed(2)} s   ${(megabytes / seconds).toFixed(2)} MB/s   ${(seconds / own).toFixed(2)}× this checkout's time`
	);
