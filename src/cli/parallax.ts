// The Parallax command line: `parallax analyze …` (more commands join as they are built).
import { parseArgs } from 'node:util';
import { COLUMN_ROLES, InputError, type ColumnMapping, type ColumnRole } from '../lib/engine';
import { formatReport, runAnalyze } from './analyze';

const HELP = `Usage: parallax analyze <files|folders…> [options]

Reads news articles (.csv, .tsv, .json, .jsonl, .txt; folders are searched, and a manifest.csv
beside .txt files gives their outlet, date, title and URL), codes every sentence with the
codebook's frames, and writes the coded documents with per-outlet aggregates.

Options:
  --codebook F          codebook JSON file (default: the built-in codebook)
  --format json|csv     output format (default: from --out's extension, else json)
                        csv has one row per coded unit, safe to open in a spreadsheet
  --out F               write to F (whole or not at all) instead of standard output
  --map ROLE=COLUMN     use COLUMN for ROLE (text, title, outlet, date, url, id); repeatable
  --date-order dmy|mdy  day/month order of numeric dates when a column cannot show it
  --skip-bad-rows       analyse the good rows even when others have errors (they are listed)
  -h, --help            show this help

Problems are reported with file, row (as a spreadsheet numbers it) and field; the command
exits with status 1 and writes nothing when the input has errors.

Examples:
  npm run analyze -- seeds --out seeds.coded.json
  npx parallax analyze exports/rt.csv --date-order dmy --format csv --out rt-units.csv`;

function parseMapping(values: readonly string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	for (const value of values) {
		const [role, ...rest] = value.split('=');
		const column = rest.join('=');
		if (!(COLUMN_ROLES as readonly string[]).includes(role ?? '') || column === '') {
			throw new UsageError(
				`--map takes ROLE=COLUMN with ROLE one of ${COLUMN_ROLES.join(', ')}; got "${value}"`
			);
		}
		mapping[role as ColumnRole] = column;
	}
	return mapping;
}

class UsageError extends Error {}

function analyze(args: string[]): number {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			codebook: { type: 'string' },
			format: { type: 'string' },
			out: { type: 'string' },
			map: { type: 'string', multiple: true },
			'date-order': { type: 'string' },
			'skip-bad-rows': { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(HELP);
		return 0;
	}
	if (positionals.length === 0) throw new UsageError('name at least one file or folder to analyse');
	const format = values.format;
	if (format !== undefined && format !== 'json' && format !== 'csv')
		throw new UsageError(`--format is json or csv, not "${format}"`);
	const dateOrder = values['date-order'];
	if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy')
		throw new UsageError(`--date-order is dmy or mdy, not "${dateOrder}"`);
	const skipBadRows = values['skip-bad-rows'] ?? false;
	const { output, report, exitCode } = runAnalyze({
		paths: positionals,
		codebook: values.codebook,
		format,
		out: values.out,
		mapping: parseMapping(values.map ?? []),
		dateOrder,
		skipBadRows
	});
	const summary = formatReport(report, skipBadRows);
	if (summary) console.error(summary);
	if (output !== null && !values.out) process.stdout.write(`${output}\n`);
	if (output !== null && values.out) console.error(`Wrote ${values.out}`);
	return exitCode;
}

function main(argv: string[]): number {
	const [command, ...rest] = argv;
	try {
		if (command === 'analyze') return analyze(rest);
		if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
			console.log(HELP);
			return command === undefined ? 1 : 0;
		}
		throw new UsageError(`unknown command "${command}"`);
	} catch (error) {
		if (
			error instanceof UsageError ||
			(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
		) {
			console.error(`parallax: ${(error as Error).message}\nRun \`parallax --help\` for usage.`);
			return 2;
		}
		if (error instanceof InputError) {
			console.error(`parallax: cannot analyse; nothing was written.\n${error.message}`);
			return 1;
		}
		throw error;
	}
}

process.exitCode = main(process.argv.slice(2));
