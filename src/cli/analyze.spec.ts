import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAnalyze } from './analyze';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
	return spawnSync(process.execPath, ['src/cli/parallax.js', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
}

describe('runAnalyze', () => {
	it('codes the seed folder with its manifest and aggregates per outlet', () => {
		const { output, report, exitCode } = runAnalyze({ paths: ['seeds'] });
		expect(exitCode).toBe(0);
		expect(report.errors).toEqual([]);
		const result = JSON.parse(output!);
		expect(result.codebook).toEqual({ id: expect.any(String), version: expect.any(String) });
		expect(result.documents.map((d: { outlet: string }) => d.outlet).sort()).toEqual(
			[
				'interiordesignfuture.com',
				'RT',
				'Sputnik',
				"The People's Voice (formerly YourNewsWire)",
				'World Israel News'
			].sort()
		);
		const rt = result.documents.find((d: { outlet: string }) => d.outlet === 'RT');
		expect(rt).toMatchObject({
			id: '004_a942e54b00490a9e.txt',
			date: '2015-10-13',
			datePrecision: 'day'
		});
		const original = readFileSync('seeds/004_a942e54b00490a9e.txt', 'utf8');
		for (const unit of rt.sentences) expect(unit.text).toBe(original.slice(unit.start, unit.end));
		expect(result.outlets).toHaveLength(5);
		const start = result.storylines.find((s: { label: string }) => s.label.includes('30 Sep 2015'));
		expect(start.outlets).toEqual(expect.arrayContaining(['RT', 'World Israel News']));
		expect(start.units[0].file).toMatch(/^seeds\/\d{3}_[0-9a-f]+\.txt$/);
		expect(result.outlets[0]).toMatchObject({
			outlet: expect.any(String),
			articles: 1,
			codedUnits: expect.any(Number)
		});
	});

	it('writes nothing and lists every problem when the input has errors', () => {
		const csv = join(dir, 'bad.csv');
		writeFileSync(csv, 'text,date,source\nFine text.,2017-01-02,TASS\nMore text.,soon,TASS\n');
		const out = join(dir, 'out.json');
		const { output, report, exitCode } = runAnalyze({ paths: [csv], out });
		expect(exitCode).toBe(1);
		expect(output).toBeNull();
		expect(report.errors).toEqual([
			{
				file: csv,
				row: 3,
				field: 'date',
				reason: expect.stringContaining('"soon" is not a date')
			}
		]);
		expect(existsSync(out)).toBe(false);
		expect(readdirSync(dir)).toEqual(['bad.csv']);
	});

	it('analyses the good rows and lists the bad ones with skipBadRows', () => {
		const csv = join(dir, 'bad.csv');
		writeFileSync(csv, 'text,date,source\nFine text.,2017-01-02,TASS\nMore text.,soon,TASS\n');
		const { output, report, exitCode } = runAnalyze({ paths: [csv], skipBadRows: true });
		expect(exitCode).toBe(0);
		expect(report.errors).toHaveLength(1);
		expect(JSON.parse(output!).documents).toHaveLength(2);
	});

	it('writes CSV with one row per coded unit, neutralising spreadsheet formulas', () => {
		const csv = join(dir, 'in.csv');
		writeFileSync(
			csv,
			'title,text,source\n"=HYPERLINK(""http://x"")","Russia urged the United States to cooperate against ISIS, Lavrov said.",@evil\n' +
				'Second,"Russia urged the United States to cooperate against ISIS, Lavrov said.",\uff1dcmd\n'
		);
		const { output } = runAnalyze({ paths: [csv], format: 'csv' });
		const rows = Papa.parse<Record<string, string>>(output!, {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows.length).toBeGreaterThan(0);
		expect(rows[0]).toMatchObject({
			title: `'=HYPERLINK("http://x")`,
			outlet: "'@evil",
			frame: 'cooperation_urged'
		});
		expect(rows[0]!.unit_text).toBe(
			'Russia urged the United States to cooperate against ISIS, Lavrov said.'
		);
		// The same helper as every other CSV: a full-width sign is caught too.
		expect(rows.find((row) => row.title === 'Second')?.outlet).toBe("'\uff1dcmd");
	});
});

// Each test starts the CLI, a second or more on a busy two-core machine.
describe('parallax command', { timeout: 30_000 }, () => {
	it('prints its help', () => {
		const result = cli('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Usage: parallax analyze <files|folders…> [options]');
	});

	it('exits 2 on a usage error and 1 on bad input, naming file, row and field', () => {
		expect(cli('analyze', 'seeds', '--format', 'xml').status).toBe(2);
		const csv = join(dir, 'bad.csv');
		writeFileSync(csv, 'text,date\nSome text.,31/02/2017\nMore.,13/01/2017\n');
		const out = join(dir, 'out.csv');
		const result = cli('analyze', csv, '--out', out);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'row 2, field "date": "31/02/2017" is not a day of the calendar'
		);
		expect(result.stderr).toContain('Nothing was written.');
		expect(existsSync(out)).toBe(false);
	});

	it('writes the output file whole with --out', () => {
		const out = join(dir, 'seeds.json');
		const result = cli('analyze', 'seeds', '--out', out);
		expect(result.status).toBe(0);
		expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(5);
		expect(readdirSync(dir)).toEqual(['seeds.json']);
	});
});
