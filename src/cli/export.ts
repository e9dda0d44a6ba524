// `parallax export`: renders a dashboard chart through Chromium against the built app and saves
// it as the export menu would (PNG, SVG, CSV) or as a one-page PDF, so a weekly briefing's charts
// can be regenerated without clicking. It drives the very menu a user clicks: same files.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export const EXPORT_CHARTS = ['heatmap', 'bars', 'timeline', 'network', 'blind-spots'] as const;
export type ExportChart = (typeof EXPORT_CHARTS)[number];
export const EXPORT_FORMATS = ['png', 'svg', 'csv', 'pdf'] as const;
export type CliExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
	chart: ExportChart;
	format: CliExportFormat;
	scale: 1 | 2 | 3;
	slide: boolean;
	note: string;
	/**
	 * The dashboard URL's query: corpus, outlet, frame, from, to, actor, minConfidence, per, sort, bars,
	 * timeline.
	 */
	query: URLSearchParams;
	out: string;
	db: string;
}

export class ExportError extends Error {}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Starts the built dashboard on a free port of its own; resolves once it listens. */
async function startServer(db: string): Promise<{ url: string; process: ChildProcess }> {
	if (!existsSync('build/handler.js'))
		throw new ExportError('Parallax is not built yet: run `npm run build` first.');
	const port = await freePort();
	const child = spawn(process.execPath, ['src/cli/start.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PARALLAX_DB: db },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	await new Promise<void>((done, fail) => {
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('Listening on')) done();
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.once('exit', (code) =>
			fail(new ExportError(`The dashboard did not start (exit ${code}):\n${output.trim()}`))
		);
	});
	return { url: `http://127.0.0.1:${port}`, process: child };
}

const BUTTONS: Record<Exclude<CliExportFormat, 'pdf'>, (scale: number) => string> = {
	png: (scale) => `PNG ${scale}×`,
	svg: () => 'SVG',
	csv: () => 'Data (CSV)'
};

/** Writes the export to `out` whole (a temporary file renamed into place); returns what it wrote. */
export async function exportChart(request: ExportRequest): Promise<string> {
	const server = await startServer(request.db);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({
			viewport: { width: 1440, height: 900 },
			acceptDownloads: true
		});
		const response = await page.goto(`${server.url}/?${request.query}`);
		if (!response?.ok())
			throw new ExportError(`The dashboard answered ${response?.status()} for ?${request.query}`);
		const figure = page.locator(`[data-chart="${request.chart}"]`);
		if ((await figure.count()) === 0) {
			const empty = await page
				.locator('.empty')
				.first()
				.textContent()
				.catch(() => null);
			throw new ExportError(
				`The ${request.chart} chart is not on the page for ?${request.query}${empty ? `: ${empty.trim()}` : ''}`
			);
		}
		await figure.locator('details.export summary').click();
		if (request.slide) await figure.getByLabel(/Slide, 16:9/).check();
		if (request.note) await figure.getByLabel(/Note under the chart/).fill(request.note);
		const format = request.format === 'pdf' ? 'svg' : request.format;
		const waiting = page.waitForEvent('download');
		await figure.getByRole('button', { name: BUTTONS[format](request.scale), exact: true }).click();
		const download = await waiting;
		const failure = await download.failure();
		if (failure) throw new ExportError(`The export failed in the browser: ${failure}`);
		const said = (
			await figure
				.getByRole('status')
				.filter({ hasText: /Saved|failed/ })
				.textContent({ timeout: 5000 })
		)?.trim();
		mkdirSync(dirname(resolve(request.out)), { recursive: true });
		const partial = `${request.out}.partial`;
		try {
			if (request.format === 'pdf')
				writeFileSync(
					partial,
					await svgToPdf(page, readFileSync((await download.path())!, 'utf8'))
				);
			else await download.saveAs(partial);
			renameSync(partial, request.out);
		} finally {
			rmSync(partial, { force: true });
		}
		return request.format === 'pdf'
			? `Saved a one-page PDF of the ${request.chart} chart.`
			: (said ?? '');
	} finally {
		await browser.close();
		server.process.kill();
	}
}

/** A one-page PDF the size of the exported SVG (vector, as Chromium prints it). */
async function svgToPdf(page: import('@playwright/test').Page, svg: string): Promise<Buffer> {
	const width = Number(/\swidth="(\d+)"/.exec(svg)?.[1] ?? 1280);
	const height = Number(/\sheight="(\d+)"/.exec(svg)?.[1] ?? 720);
	await page.setContent(
		`<!doctype html><style>@page{size:${width}px ${height}px;margin:0}html,body{margin:0}</style>${svg.replace(/^<\?xml[^>]*>/, '')}`
	);
	return page.pdf({
		width: `${width}px`,
		height: `${height}px`,
		printBackground: true,
		pageRanges: '1'
	});
}
