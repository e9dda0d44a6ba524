// `npm run export` renders the same chart through Chromium against the built app: its PNG has the
// size of the browser's own 2× export, its CSV the chart's rows, its PDF one page.
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
let dir: string;

test.beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-export-cli-'));
});
test.afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Runs the export command on a store of its own (seeded on first start). */
async function cliExport(args: string[]): Promise<string> {
	const { stdout } = await run(
		'node',
		['src/cli/parallax.js', 'export', '--db', join(dir, 'cli.db'), ...args],
		{ timeout: 90_000 }
	);
	return stdout;
}

const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('the command line’s 2× PNG of the heatmap is the size of the browser’s 2× export', async ({
	page
}) => {
	test.setTimeout(120_000);
	const out = join(dir, 'heatmap.png');
	const said = await cliExport(['--chart', 'heatmap', '--out', out]);
	expect(said).toContain(`Wrote ${out}`);

	await page.goto('/');
	const menu = page.locator('[data-chart="heatmap"] details.export');
	await menu.locator('summary').click();
	const waiting = page.waitForEvent('download');
	await menu.getByRole('button', { name: 'PNG 2×', exact: true }).click();
	const browser = readFileSync((await (await waiting).path())!);

	expect(pngSize(readFileSync(out))).toEqual(pngSize(browser));
	expect(pngSize(readFileSync(out))[0]).toBeGreaterThan(1000);
});

test('the command line exports a filtered chart’s data as CSV and a slide as a one-page PDF', async () => {
	test.setTimeout(120_000);
	const csv = join(dir, 'heatmap.csv');
	await cliExport(['--chart', 'heatmap', '--outlet', 'RT', '--outlet', 'Sputnik', '--out', csv]);
	const lines = readFileSync(csv, 'utf8')
		.replace(/^\uFEFF/, '')
		.split('\r\n');
	expect(lines).toHaveLength(1 + 2 * 3);
	expect(lines.slice(1).every((line) => /^(RT|Sputnik),/.test(line))).toBe(true);

	const pdf = join(dir, 'timeline.pdf');
	await cliExport(['--chart', 'timeline', '--size', 'slide', '--out', pdf]);
	const text = readFileSync(pdf, 'latin1');
	expect(text.startsWith('%PDF-')).toBe(true);
	expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	expect(text).toMatch(/MediaBox \[0 0 960 540\]/);
});

test('the command line refuses a chart it does not know, naming the choices', async () => {
	const failed = await cliExport(['--chart', 'pie', '--out', join(dir, 'x.png')]).catch(
		(error: { code: number; stderr: string }) => error
	);
	expect(failed).toMatchObject({ code: 2 });
	expect((failed as { stderr: string }).stderr).toContain(
		'--chart is one of heatmap, bars, timeline, network, blind-spots; got "pie"'
	);
});

test('the command line exports under a minimum confidence, and refuses one it cannot read', async () => {
	test.setTimeout(120_000);
	const csv = join(dir, 'heatmap.csv');
	await cliExport(['--chart', 'heatmap', '--min-confidence', '0.8', '--out', csv]);
	const [header, ...rows] = readFileSync(csv, 'utf8')
		.replace(/^\uFEFF/, '')
		.split('\r\n');
	expect(header).toBe(
		'outlet,frame,count,denominator,denominator_kind,share,ci_low,ci_high,min_confidence'
	);
	expect(rows).toHaveLength(5 * 3);
	expect(rows.every((row) => row.endsWith(',0.8'))).toBe(true);

	const failed = await cliExport([
		'--chart',
		'heatmap',
		'--min-confidence',
		'high',
		'--out',
		join(dir, 'x.csv')
	]).catch((error: { code: number; stderr: string }) => error);
	expect(failed).toMatchObject({ code: 2 });
	expect((failed as { stderr: string }).stderr).toContain(
		'--min-confidence is a number above 0 and at most 1, not "high"'
	);
});
