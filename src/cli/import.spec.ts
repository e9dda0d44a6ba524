import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCorpus } from '../lib/server/corpora';
import { openStore } from '../lib/server/store';
import { defaultCorpusName } from './inputs';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
	return spawnSync(process.execPath, ['src/cli/parallax.js', 'import', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
}

function write(name: string, content: string | Uint8Array): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

function stored(db: string) {
	const store = openStore(db);
	try {
		return {
			corpora: store.prepare('SELECT slug, name FROM corpora ORDER BY id').all(),
			articles: (store.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n,
			integrity: store.pragma('integrity_check', { simple: true })
		};
	} finally {
		store.close();
	}
}

const NEWS = [
	'id,source,date,summary,title',
	'1,rt,23/09/2017,Moscow said the strikes would continue.,Strikes',
	'2,fox-news,24/09/2017,,Empty',
	'3,rt,25/09/2017,Moscow said the strikes would continue.,Again',
	'4,fox-news,01/10/2017,Washington said it would not cooperate.,Refusal'
].join('\r\n');

describe('defaultCorpusName', () => {
	it.each([
		[['exports/fa-kes.csv'], 'fa-kes'],
		[['exports/newsapi/'], 'newsapi'],
		[['a.csv', 'b.csv', 'c.csv'], 'a and 2 more']
	])('names a corpus read from %j %j', (paths, name) => {
		expect(defaultCorpusName(paths)).toBe(name);
	});
});

// Each test starts the CLI once or twice, a second or more each on a busy two-core machine.
describe('parallax import', { timeout: 30_000 }, () => {
	it('imports a row whose text is a 250 KB run of emoji in bounded time', () => {
		// Counting its words once took over two minutes: a regex retried the run at every emoji.
		const csv = write(
			'emoji.csv',
			`id,outlet,date,title,text\n1,RT,2015-10-13,,${'😀'.repeat(62_500)}\n`
		);
		const db = join(dir, 'p.db');
		const result = spawnSync(process.execPath, ['src/cli/parallax.js', 'import', csv, '--db', db], {
			encoding: 'utf8',
			timeout: 30_000
		});
		expect(result.status, result.stderr || 'timed out').toBe(0);
		expect(stored(db).articles).toBe(1);
	}, 40_000);

	it('prints the report and writes nothing, exiting 1, when a row is bad', () => {
		const csv = write('news.csv', NEWS);
		const db = join(dir, 'p.db');
		const result = cli(csv, '--db', db);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			[
				csv,
				'  read       utf-8, 4 rows → 2 articles, 1 duplicate text, 1 bad row',
				'  columns    id, source, date, summary, title',
				'  mapping    text=summary title=title outlet=source date=date id=id (detected)',
				'  dates      "date" is DD/MM/YYYY, day/month order shown by the values',
				'    "23/09/2017" → 2017-09-23',
				'    "25/09/2017" → 2017-09-25',
				'    "01/10/2017" → 2017-10-01'
			].join('\n')
		);
		expect(result.stdout).toContain(
			[
				'Totals: 4 rows read from 1 file',
				'  2 good rows to import',
				'  1 duplicate text (stored once)',
				'  0 duplicate ids',
				'  1 bad row',
				'',
				'Problems: 1',
				`  ${csv}:3 summary — text is empty; the row holds no article`
			].join('\n')
		);
		expect(result.stdout).toContain(`  ${csv}:4 repeats the text of ${csv}:2`);
		expect(result.stderr).toContain(
			'parallax: nothing was imported: 1 problem listed above. Fix them, or pass --skip-bad-rows to import the 2 good rows and skip the rest.'
		);
		expect(existsSync(db)).toBe(false);
	});

	it('imports the good rows with --skip-bad-rows and names the corpus', () => {
		const csv = write('news.csv', NEWS);
		const db = join(dir, 'p.db');
		const result = cli(csv, '--db', db, '--skip-bad-rows', '--corpus', 'NewsAPI 2017');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`Writing 2 articles to ${db}…`);
		expect(result.stdout).toMatch(
			/Imported 2 articles into corpus "NewsAPI 2017" \(newsapi-2017\) in [\d.]+ s, [\d,]+ rows\/s; 1 duplicate text stored once, 1 bad row skipped\./
		);
		expect(stored(db)).toEqual({
			corpora: [{ slug: 'newsapi-2017', name: 'NewsAPI 2017' }],
			articles: 2,
			integrity: 'ok'
		});
		expect(cli(csv, '--db', db, '--skip-bad-rows', '--corpus', 'NewsAPI 2017').status).toBe(0);
		expect(stored(db).corpora).toEqual([
			{ slug: 'newsapi-2017', name: 'NewsAPI 2017' },
			{ slug: 'newsapi-2017-2', name: 'NewsAPI 2017' }
		]);
	});

	it('reports the articles with no readable text per outlet and why, then imports them', () => {
		const csv = write(
			'sabah.csv',
			[
				'text,outlet',
				'"Published February 18 2015 10:22\nShare this article",dailysabah',
				'Share this article,dailysabah',
				'Turkish officials urged Moscow and Washington to cooperate against ISIS.,dailysabah',
				'Moscow said the strikes would continue on Monday.,RT'
			].join('\n')
		);
		const db = join(dir, 'p.db');
		const result = cli(csv, '--db', db, '--corpus', 'Sabah');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			[
				'No readable text: 2 articles to import with no body sentence to code',
				"  2 of dailysabah's 3 articles have no readable text (read as site furniture)",
				'  (read as site furniture: every line reads as a dateline, byline, share or link line, or another piece of the page around an article)'
			].join('\n')
		);
		expect(result.stdout).toMatch(/0 bad rows skipped; 2 articles with no readable text\./);
		expect(stored(db).articles).toBe(4);
	});

	it('maps columns from --mapping, with --map winning, and remembers the choice', () => {
		const csv = write('odd.csv', 'who,words,headline,when\nRT,Moscow said.,Said,01/02/2017\n');
		const mapping = write(
			'mapping.json',
			'{ "text": "headline", "outlet": "who", "date": "when" }'
		);
		const db = join(dir, 'p.db');
		const first = cli(
			csv,
			'--db',
			db,
			'--mapping',
			mapping,
			'--map',
			'text=words',
			'--date-order',
			'dmy'
		);
		expect(first.status).toBe(0);
		expect(first.stdout).toContain(
			'  mapping    text=words title=headline outlet=who date=when (explicit)'
		);
		expect(first.stdout).toContain(
			'  dates      "when" is DD/MM/YYYY, day/month order dmy (as asked; the values cannot show it)'
		);
		const again = cli(csv, '--db', db);
		expect(again.status).toBe(0);
		expect(again.stdout).toContain(
			'  mapping    text=words title=headline outlet=who date=when (saved)'
		);
		expect(again.stdout).toContain('day/month order dmy (remembered for this header');
	});

	it('fails clearly on a file without a text column', () => {
		const csv = write('websites.csv', ',url,type\n0,example.com,bias\n');
		const result = cli(csv, '--db', join(dir, 'p.db'));
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			`  ${csv}:1 — has no article text column (looked for text, content, article_content, body, summary, description); name one with a mapping such as text=COLUMN`
		);
		expect(result.stderr).toContain('nothing was imported: the files hold no article to import');
	});

	it.each([
		[['--db', 'x.db'], 'name at least one file or folder to import'],
		[['a.csv', '--date-order', 'ymd'], '--date-order is dmy or mdy, not "ymd"'],
		[['a.csv', '--map', 'body=text'], '--map takes ROLE=COLUMN'],
		[['a.csv', '--corpus', ' '], '--corpus needs a name'],
		[['a.csv', '--mapping', 'missing.json'], '--mapping missing.json cannot be read as JSON'],
		[['a.csv', '--bogus'], "Unknown option '--bogus'"]
	])('exits 2 on the usage error %j', (args, message) => {
		const result = cli(...args);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
	});

	it('exits 2 on a mapping file naming an unknown role', () => {
		const mapping = write('m.json', '{ "body": "text" }');
		const result = cli('a.csv', '--mapping', mapping);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(
			`--mapping ${mapping}: "body" is not a role (roles: text, title, outlet, date, url, id)`
		);
	});

	it('exits 1 and writes nothing when a path does not exist', () => {
		const db = join(dir, 'p.db');
		const result = cli(join(dir, 'nope.csv'), '--db', db);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${join(dir, 'nope.csv')} — does not exist`);
		expect(existsSync(db)).toBe(false);
	});

	it('exits 1 on a store that is not a Parallax store, leaving it alone', () => {
		const csv = write('a.csv', 'text\nOne\n');
		const db = write('notes.db', 'not a database');
		const result = cli(csv, '--db', db);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`Cannot use the database ${db}: it is not a SQLite database`);
	});

	it('leaves the store exactly as it was when killed while writing', async () => {
		const db = join(dir, 'p.db');
		const store = openStore(db);
		importCorpus(store, { slug: 'before', name: 'Before' }, [
			{
				file: 'a.txt',
				outlet: { name: 'RT', domain: null, type: null },
				published: null,
				title: null,
				url: null,
				attribution: null,
				text: 'Stored before the import.'
			}
		]);
		store.close();
		const before = stored(db);
		const lines = ['id,outlet,date,text'];
		for (let i = 0; i < 200_000; i++)
			lines.push(
				`${i},Outlet ${i % 15},2017-01-${String(1 + (i % 28)).padStart(2, '0')},Article ${i}: Moscow said the strikes on targets in Syria would continue; Washington said it would not cooperate.`
			);
		const csv = write('big.csv', lines.join('\n'));

		const child = spawn(process.execPath, [
			'src/cli/parallax.js',
			'import',
			csv,
			'--db',
			db,
			'--corpus',
			'Big'
		]);
		let stdout = '';
		const exited = new Promise<NodeJS.Signals | null>((resolve) =>
			child.on('exit', (_code, signal) => resolve(signal))
		);
		let killedAt = 0;
		let polling = false;
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (polling || !stdout.includes('Writing ')) return;
			polling = true;
			const poll = setInterval(() => {
				const wal = existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0;
				if (wal > 4 * 1024 * 1024 && killedAt === 0) {
					killedAt = wal;
					child.kill('SIGKILL');
				}
				if (killedAt || child.exitCode !== null) clearInterval(poll);
			}, 2);
		});
		const signal = await exited;
		expect(stdout).toContain('Writing 200,000 articles');
		expect(stdout).not.toContain('Imported');
		expect(signal).toBe('SIGKILL');
		expect(killedAt).toBeGreaterThan(4 * 1024 * 1024);
		expect(stored(db)).toEqual(before);
		expect(before).toEqual({
			corpora: [{ slug: 'before', name: 'Before' }],
			articles: 1,
			integrity: 'ok'
		});
	}, 30_000);
});
