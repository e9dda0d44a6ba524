// The Parallax command line: `parallax analyze …` codes files, `parallax import …` stores them.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { COLUMN_ROLES, InputError, type ColumnMapping, type ColumnRole } from '../lib/engine';
import { readFilters } from '../lib/dashboard/filters';
import { DEFAULT_DENOMINATOR, DENOMINATORS } from '../lib/dashboard/denominators';
import { readConfig } from '../lib/server/config';
import { formatReport, runAnalyze } from './analyze';

/**
 * The import command uses server modules, which import `$lib/…`: they load with the project's
 * tsconfig (its paths) wherever the command runs from, and only when the command is import.
 */
async function loadImport(): Promise<typeof import('./import')> {
	return tsImport('./import.ts', {
		parentURL: import.meta.url,
		tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url))
	});
}

/** The export command drives Chromium: Playwright loads only when it is asked for. */
async function loadExport(): Promise<typeof import('./export')> {
	return tsImport('./export.ts', {
		parentURL: import.meta.url,
		tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url))
	});
}

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
  npx parallax analyze exports/rt.csv --date-order dmy --format csv --out rt-units.csv

Also: parallax import <files|folders…> stores articles as a corpus (parallax import --help);
      parallax export --chart NAME … saves a dashboard chart as a file (parallax export --help).`;

const EXPORT_HELP = `Usage: parallax export --chart NAME --out F [options]

Renders a dashboard chart of the built app in Chromium and saves it exactly as its Export menu
does, so charts can be regenerated for a weekly briefing without clicking. Needs \`npm run build\`.

Options:
  --chart NAME          heatmap, bars, timeline, network or blind-spots
  --format F            png, svg, csv or pdf (default: from --out's extension)
  --scale 1|2|3         PNG pixel density (default 2)
  --size screen|slide   as on screen, or a 16:9 slide with 14 px type at least (default screen)
  --note TEXT           a note printed under the chart
  --corpus SLUG         the corpus (default: the seed corpus)
  --outlet NAME         keep this outlet; repeatable
  --frame ID            keep this frame; repeatable
  --from YYYY-MM-DD     articles published from this date
  --to YYYY-MM-DD       … up to this date
  --actor NAME          sentences naming this actor
  --min-confidence N    count only codes with confidence ≥ N (above 0, at most 1; e.g. 0.8)
  --per coded|sentences|articles
                        what shares are of: coded sentences (default), all sentences (per
                        1,000), or articles
  --sort FRAME          heatmap: sort outlets by this frame's share (its interval's lower end)
  --bars share          bars as each frame's share, with intervals
  --timeline outlet     timeline stacked by outlet
  --db PATH             the store (default: PARALLAX_DB, else ${readConfig({}).dbPath})
  --out F               the file to write (whole or not at all)
  -h, --help            show this help

Examples:
  npm run export -- --chart heatmap --out briefing/heatmap.png
  npm run export -- --chart timeline --outlet RT --outlet Sputnik --size slide --format pdf --out t.pdf`;

const IMPORT_HELP = `Usage: parallax import <files|folders…> [options]

Reads news articles (.csv, .tsv, .json, .jsonl, .txt, and .zip archives of them; folders are
searched, and a manifest.csv beside .txt files gives their outlet, date, title and URL), prints
the validation report (per file: encoding, column mapping, date format with examples; totals;
every bad row as file:row field — reason), then stores the good rows as a new corpus in one
transaction. With any problem it stores nothing and exits 1, unless --skip-bad-rows is given.

Options:
  --corpus NAME         the corpus's name (default: the file or folder named)
  --description TEXT    a line saying what the corpus is
  --mapping F           JSON file mapping roles to columns, e.g. { "text": "body", "date": "published" }
  --map ROLE=COLUMN     use COLUMN for ROLE (text, title, outlet, date, url, id); repeatable,
                        wins over --mapping
  --date-order dmy|mdy  day/month order of numeric dates when a column cannot show it
  --skip-bad-rows       import the good rows even when others have problems (they are listed)
  --db PATH             the store (default: PARALLAX_DB, else ${readConfig({}).dbPath})
  -h, --help            show this help

A mapping or date order given here is remembered for files with the same columns.

Examples:
  npm run import -- exports/fa-kes.csv --corpus FA-KES
  npm run import -- newsapi/*.csv --date-order dmy --map text=summary --skip-bad-rows`;

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

async function importFiles(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			corpus: { type: 'string' },
			description: { type: 'string' },
			mapping: { type: 'string' },
			map: { type: 'string', multiple: true },
			'date-order': { type: 'string' },
			'skip-bad-rows': { type: 'boolean' },
			db: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(IMPORT_HELP);
		return 0;
	}
	if (positionals.length === 0) throw new UsageError('name at least one file or folder to import');
	const dateOrder = values['date-order'];
	if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy')
		throw new UsageError(`--date-order is dmy or mdy, not "${dateOrder}"`);
	if (values.corpus !== undefined && values.corpus.trim() === '')
		throw new UsageError('--corpus needs a name');
	const { MappingFileError, readMappingFile, runImport } = await loadImport();
	let fromFile: ColumnMapping = {};
	try {
		if (values.mapping !== undefined) fromFile = readMappingFile(values.mapping);
	} catch (error) {
		if (error instanceof MappingFileError) throw new UsageError(error.message);
		throw error;
	}
	const mapping = { ...fromFile, ...parseMapping(values.map ?? []) };
	return runImport({
		paths: positionals,
		corpus: values.corpus,
		description: values.description,
		mapping: Object.keys(mapping).length > 0 ? mapping : undefined,
		dateOrder,
		skipBadRows: values['skip-bad-rows'] ?? false,
		db: values.db ?? readConfig().dbPath
	});
}

async function exportFile(args: string[]): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			chart: { type: 'string' },
			format: { type: 'string' },
			scale: { type: 'string', default: '2' },
			size: { type: 'string', default: 'screen' },
			note: { type: 'string', default: '' },
			corpus: { type: 'string' },
			outlet: { type: 'string', multiple: true, default: [] },
			frame: { type: 'string', multiple: true, default: [] },
			from: { type: 'string' },
			to: { type: 'string' },
			actor: { type: 'string' },
			'min-confidence': { type: 'string' },
			per: { type: 'string' },
			sort: { type: 'string' },
			bars: { type: 'string' },
			timeline: { type: 'string' },
			db: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(EXPORT_HELP);
		return 0;
	}
	const { EXPORT_CHARTS, EXPORT_FORMATS, exportChart, ExportError } = await loadExport();
	const chart = values.chart as (typeof EXPORT_CHARTS)[number];
	if (!EXPORT_CHARTS.includes(chart))
		throw new UsageError(
			`--chart is one of ${EXPORT_CHARTS.join(', ')}; got "${values.chart ?? ''}"`
		);
	if (!values.out) throw new UsageError('--out names the file to write');
	const format = (values.format ??
		/\.([a-z]+)$/i.exec(values.out)?.[1]?.toLowerCase() ??
		'') as (typeof EXPORT_FORMATS)[number];
	if (!EXPORT_FORMATS.includes(format))
		throw new UsageError(`--format is one of ${EXPORT_FORMATS.join(', ')}; got "${format}"`);
	const scale = Number(values.scale);
	if (scale !== 1 && scale !== 2 && scale !== 3)
		throw new UsageError(`--scale is 1, 2 or 3, not "${values.scale}"`);
	if (values.size !== 'screen' && values.size !== 'slide')
		throw new UsageError(`--size is screen or slide, not "${values.size}"`);
	const minConfidence = values['min-confidence'];
	// The dashboard drops a threshold it cannot read; asked for by name, it is refused instead.
	if (
		minConfidence !== undefined &&
		readFilters(new URLSearchParams({ minConfidence })).minConfidence === null
	)
		throw new UsageError(
			`--min-confidence is a number above 0 and at most 1, not "${minConfidence}"`
		);
	if (values.per !== undefined && !(DENOMINATORS as readonly string[]).includes(values.per))
		throw new UsageError(`--per is one of ${DENOMINATORS.join(', ')}, not "${values.per}"`);
	const query = new URLSearchParams();
	const set = (name: string, value: string | undefined) => value && query.append(name, value);
	set('corpus', values.corpus);
	for (const outlet of values.outlet) query.append('outlet', outlet);
	for (const frame of values.frame) query.append('frame', frame);
	set('from', values.from);
	set('to', values.to);
	set('actor', values.actor);
	set('minConfidence', minConfidence);
	if (values.per !== DEFAULT_DENOMINATOR) set('per', values.per);
	set('sort', values.sort);
	set('bars', values.bars);
	set('timeline', values.timeline);
	try {
		const said = await exportChart({
			chart,
			format,
			scale,
			slide: values.size === 'slide',
			note: values.note,
			query,
			out: values.out,
			db: values.db ?? readConfig().dbPath
		});
		console.log(`${said}\nWrote ${values.out}`);
		return 0;
	} catch (error) {
		if (error instanceof ExportError) {
			console.error(`parallax export: ${error.message}`);
			return 1;
		}
		throw error;
	}
}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	try {
		if (command === 'analyze') return analyze(rest);
		if (command === 'import') return await importFiles(rest);
		if (command === 'export') return await exportFile(rest);
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

process.exitCode = await main(process.argv.slice(2));
