// Chart exports as a user downloads them from the overview: each file opened and checked — the PNG
// decodes at the chart's size × scale, the SVG parses, holds the marks and refers to nothing
// outside itself, the CSV has exactly the chart's rows, and every image states its source.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const IMAGE_CHARTS = [
	['heatmap', 'heatmap-outlet-by-frame'],
	['bars', 'bars-sentences-by-outlet'],
	['timeline', 'timeline-by-frame'],
	['network', 'actor-network']
] as const;

/** Today as the page writes it in file names and source lines (same machine, same clock). */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const figure = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"]`);
/** The chart's marks on the page: the links inside its drawing. */
const marks = (page: Page, chart: string) =>
	figure(page, chart).locator('.plot > svg a[data-count]');

async function openMenu(page: Page, chart: string): Promise<Locator> {
	const menu = figure(page, chart).locator('details.export');
	await menu.locator('summary').click();
	return menu;
}

async function download(page: Page, menu: Locator, button: string) {
	const waiting = page.waitForEvent('download');
	await menu.getByRole('button', { name: button, exact: true }).click();
	const file = await waiting;
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Decodes the PNG in the browser, as an image viewer would; its natural size. */
function decodedSize(page: Page, bytes: Buffer): Promise<[number, number]> {
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		return [image.naturalWidth, image.naturalHeight] as [number, number];
	}, bytes.toString('base64'));
}

interface SvgFacts {
	error: string | null;
	width: number;
	height: number;
	marks: number;
	links: number;
	externalUrls: string[];
	images: number;
	styles: number;
	/** Text left as text (not outlined): only what the export font cannot draw, with fallbacks. */
	texts: { content: string; family: string }[];
	title: string;
	desc: string;
}

function readSvg(page: Page, text: string): Promise<SvgFacts> {
	return page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		const root = doc.documentElement;
		const all = [...doc.querySelectorAll('*')];
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			marks: doc.querySelectorAll('[data-count]').length,
			links: all.filter((el) => el.hasAttribute('href') || el.hasAttribute('xlink:href')).length,
			externalUrls: (source.match(/url\([^)]*\)/g) ?? []).filter((url) => !/^url\(#/.test(url)),
			images: doc.querySelectorAll('image, foreignObject').length,
			styles: doc.querySelectorAll('style').length,
			texts: [...doc.querySelectorAll('text')].map((text) => ({
				content: text.textContent ?? '',
				family: text.getAttribute('font-family') ?? ''
			})),
			title: root.querySelector(':scope > title')?.textContent ?? '',
			desc: root.querySelector(':scope > desc')?.textContent ?? ''
		};
	}, text);
}

/** The source line; a chart of shares (heatmap, blind spots) also says what they are of. */
const SOURCE = (shares = false) =>
	`Parallax · 5 articles from 5 outlets · codebook default v1.1.4 · ${shares ? 'share of the outlet’s coded sentences, 95% intervals · ' : ''}${today()}`;

for (const [chart, name] of IMAGE_CHARTS) {
	test(`the ${chart} exports a standalone SVG and PNGs at 1×, 2× and 3× its size`, async ({
		page
	}) => {
		await page.goto('/');
		const onPage = await marks(page, chart).count();
		expect(onPage).toBeGreaterThan(0);
		const menu = await openMenu(page, chart);
		await menu.getByLabel(/Note under the chart/).fill('For the weekly briefing.');

		const svg = await download(page, menu, 'SVG');
		expect(svg.name).toBe(`parallax-${name}-${today()}.svg`);
		const facts = await readSvg(page, svg.bytes.toString('utf8'));
		expect(facts.error).toBe(null);
		expect(facts.marks).toBe(onPage);
		expect(facts).toMatchObject({ links: 0, externalUrls: [], images: 0, styles: 0 });
		for (const text of facts.texts) {
			// Something beyond Latin and general punctuation: what the export font lacks.
			expect(text.content).toMatch(/[^\u0020-\u024f\u2000-\u206f]/);
			expect(text.family).toContain('Arial');
		}
		expect(facts.title).toBe(await figure(page, chart).locator(`#${chart}-title`).textContent());
		expect(facts.desc).toContain('5 of 5 outlets');
		expect(facts.desc).toContain('For the weekly briefing.');
		expect(facts.desc.split('\n').at(-1)).toBe(SOURCE(chart === 'heatmap'));

		for (const scale of [1, 2, 3]) {
			const png = await download(page, menu, `PNG ${scale}×`);
			expect(png.name).toBe(`parallax-${name}-${today()}${scale === 2 ? '' : `@${scale}x`}.png`);
			const size: [number, number] = [facts.width * scale, facts.height * scale];
			expect(pngSize(png.bytes)).toEqual(size);
			expect(await decodedSize(page, png.bytes)).toEqual(size);
		}
		await expect(menu.getByRole('status')).toContainText(
			`Saved parallax-${name}-${today()}@3x.png`
		);
	});
}

test('a slide export is 16:9 at 1280 × 720 (2560 × 1440 at 2×) and states its source', async ({
	page
}) => {
	await page.goto('/');
	const menu = await openMenu(page, 'heatmap');
	await menu.getByLabel(/Slide, 16:9/).check();
	const svg = await download(page, menu, 'SVG');
	expect(svg.name).toBe(`parallax-heatmap-outlet-by-frame-slide-${today()}.svg`);
	const facts = await readSvg(page, svg.bytes.toString('utf8'));
	expect([facts.width, facts.height]).toEqual([1280, 720]);
	expect(facts.marks).toBe(15);
	expect(facts.desc.split('\n').at(-1)).toBe(SOURCE(true));
	// No warning about type below 14 px: the seeds' heatmap fits a slide.
	await expect(menu.getByRole('status')).toHaveText(`Saved ${svg.name}.`);
	const png = await download(page, menu, 'PNG 2×');
	expect(pngSize(png.bytes)).toEqual([2560, 1440]);
	// The off-screen drawing made for the slide is gone: the page has one heatmap again.
	await expect(page.locator('[data-chart="heatmap"] svg a[data-count]')).toHaveCount(15);
});

test('each chart’s CSV has exactly its rows, filtered as the chart is', async ({ page }) => {
	for (const url of ['/', '/?outlet=RT&outlet=Sputnik']) {
		await page.goto(url);
		for (const [chart, name] of [...IMAGE_CHARTS, ['blind-spots', 'blind-spots-by-frame']]) {
			const menu = await openMenu(page, chart);
			const csv = await download(page, menu, 'Data (CSV)');
			expect(csv.name).toBe(`parallax-${name}-data-${today()}.csv`);
			const lines = csv.bytes
				.toString('utf8')
				.replace(/^\uFEFF/, '')
				.split('\r\n');
			const expected =
				chart === 'blind-spots'
					? await figure(page, chart).locator('a[data-count]').count()
					: await marks(page, chart).count();
			expect(lines.length - 1, `${chart} at ${url}`).toBe(expected);
			await menu.locator('summary').click();
		}
	}
	const heatmap = await openMenu(page, 'heatmap');
	const csv = (await download(page, heatmap, 'Data (CSV)')).bytes.toString('utf8');
	expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
		'outlet,frame,count,denominator,denominator_kind,share,ci_low,ci_high'
	);
	expect(csv).toContain('Sputnik,cooperation_urged,5,6,coded_sentences,0.8333,0.4365,0.9699');
});

test('blind spots, a list on the page, export as a drawing of the same entries', async ({
	page
}) => {
	await page.goto('/');
	const listed = await figure(page, 'blind-spots').locator('a[data-count]').count();
	expect(listed).toBeGreaterThan(0);
	const menu = await openMenu(page, 'blind-spots');
	const svg = await download(page, menu, 'SVG');
	expect(svg.name).toBe(`parallax-blind-spots-by-frame-${today()}.svg`);
	const facts = await readSvg(page, svg.bytes.toString('utf8'));
	expect(facts.error).toBe(null);
	expect(facts.marks).toBe(listed);
	expect(facts.desc.split('\n').at(-1)).toBe(SOURCE(true));
	const png = await download(page, menu, 'PNG 2×');
	expect(pngSize(png.bytes)).toEqual([facts.width * 2, facts.height * 2]);
});

test('Copy PNG puts the 2× image on the clipboard where the browser allows it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	const menu = await openMenu(page, 'heatmap');
	const svg = await readSvg(page, (await download(page, menu, 'SVG')).bytes.toString('utf8'));
	await menu.getByRole('button', { name: 'Copy PNG' }).click();
	await expect(menu.getByRole('status')).toHaveText('Copied the chart as a 2× PNG.');
	const copied = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const blob = await item!.getType('image/png');
		const bitmap = await createImageBitmap(blob);
		return { types: item!.types, size: [bitmap.width, bitmap.height] };
	});
	expect(copied.types).toContain('image/png');
	expect(copied.size).toEqual([svg.width * 2, svg.height * 2]);
});

test('every drawn chart of the seeds fits a slide with its type at 14 px or more', async ({
	page
}) => {
	await page.goto('/');
	for (const [chart, name] of IMAGE_CHARTS) {
		const menu = await openMenu(page, chart);
		await menu.getByLabel(/Slide, 16:9/).check();
		const svg = await download(page, menu, 'SVG');
		expect(svg.name).toBe(`parallax-${name}-slide-${today()}.svg`);
		// The menu warns when the smallest type falls under 14 px; no warning is the pass.
		await expect(menu.getByRole('status'), chart).toHaveText(`Saved ${svg.name}.`);
		await menu.locator('summary').click();
	}
});
