// The standing XSS suite: a corpus whose every field carries a payload (tests/e2e/xss-payloads.ts),
// imported through the real command line into a store of its own, then every page and export
// opened with the CSP off. Nothing may run (the payloads call __xss, alert or set the title), no
// markup may come of a payload, exported SVGs hold no script, and every CSV cell is spreadsheet-safe.
import { expect, test as base, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIELD_LIMITS, stripUnsafe } from '../../src/lib/engine/reading/fields';
import { infoField } from '../../src/lib/export/testing/pdf-strings';
import { isRunning, startServer, type RunningServer } from './server-process';
import {
	COMBINED,
	PAYLOADS,
	SHORT_COMBINED,
	TEXT_PAYLOADS,
	URL_PAYLOADS,
	type Payload
} from './xss-payloads';

const PORT = 4274;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const run = promisify(execFile);

/** What a page shows that payload markup or script would have made. */
interface Audit {
	/** Script, frames, plugins, styles, event or srcdoc attributes, refreshes: never from the app. */
	markup: string[];
	/** Links whose address runs script (javascript:, vbscript:, a non-image data: URL). */
	scriptLinks: string[];
}

/**
 * Everything the payloads could have made, found in the document it runs in, or in `html` parsed
 * into an inert document (the server's rendering, before any script of the page). The app's own
 * inline script is SvelteKit's start-up block (and its JSON data blocks); its scripts and styles
 * come from /_app/ on the same origin.
 */
function auditDocument(html?: string): Audit {
	const doc = html === undefined ? document : new DOMParser().parseFromString(html, 'text/html');
	const markup: string[] = [];
	const scriptLinks: string[] = [];
	const show = (element: Element, why: string) =>
		`${why}: ${element.outerHTML.replace(/\s+/g, ' ').slice(0, 200)}`;
	const resolved = (url: string) => new URL(url, location.href);
	const ownUrl = (url: string) => resolved(url).origin === location.origin;
	const ownScript = (script: HTMLScriptElement) =>
		script.hasAttribute('src')
			? ownUrl(script.getAttribute('src')!) &&
				resolved(script.getAttribute('src')!).pathname.startsWith('/_app/')
			: /^\s*\{\s*__sveltekit_\w+\s*=\s*\{/.test(script.textContent ?? '') ||
				(script.type === 'application/json' && script.hasAttribute('data-sveltekit-fetched'));
	const NEVER = [
		'iframe',
		'frame',
		'frameset',
		'object',
		'embed',
		'applet',
		'portal',
		'base',
		'math',
		'foreignobject',
		'animate',
		'set'
	];
	const RAW_TEXT = ['style', 'noscript', 'template', 'xmp', 'noembed', 'noframes'];
	const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster'];
	for (const element of doc.querySelectorAll('*')) {
		const tag = element.localName.toLowerCase();
		if (tag === 'script' && !ownScript(element as HTMLScriptElement))
			markup.push(show(element, 'script'));
		if (NEVER.includes(tag)) markup.push(show(element, tag));
		// The app has <noscript> fallbacks of its own; one made from a payload holds its marker.
		if (RAW_TEXT.includes(tag) && /__xss|xss-\d/.test(element.textContent ?? ''))
			markup.push(show(element, tag));
		if (tag === 'meta' && element.hasAttribute('http-equiv')) markup.push(show(element, 'meta'));
		if (tag === 'link' && !ownUrl(element.getAttribute('href') ?? ''))
			markup.push(show(element, 'link'));
		if (element.hasAttribute('data-xss')) markup.push(show(element, 'payload element'));
		for (const attribute of element.attributes) {
			const name = attribute.name.toLowerCase();
			if (name.startsWith('on') || name === 'srcdoc') markup.push(show(element, `[${name}]`));
			if (!URL_ATTRIBUTES.includes(name)) continue;
			let protocol: string;
			try {
				protocol = resolved(attribute.value).protocol;
			} catch {
				continue;
			}
			const runs =
				protocol === 'javascript:' ||
				protocol === 'vbscript:' ||
				// An image (present mode's slides are SVG data URLs) never runs script; anything else might.
				(protocol === 'data:' &&
					!(['img', 'image'].includes(tag) && /^\s*data:image\//i.test(attribute.value)));
			if (!runs) continue;
			if (tag === 'a' && name.endsWith('href')) scriptLinks.push(show(element, 'link'));
			else markup.push(show(element, `${protocol} ${name}`));
		}
	}
	if (/^xss-/.test(doc.title)) markup.push(`title set by a payload: ${doc.title}`);
	return { markup, scriptLinks };
}

/** The audit of every frame of the page: a frame of its own would already be a finding. */
async function audit(page: Page): Promise<Audit> {
	const all: Audit = { markup: [], scriptLinks: [] };
	for (const frame of page.frames() as Frame[]) {
		// A frame of a payload's may go away under the audit; the page's own must answer.
		const found = await frame.evaluate(auditDocument, undefined).catch((error: unknown) => {
			if (frame === page.mainFrame()) throw error;
			return null;
		});
		if (!found) continue;
		all.markup.push(...found.markup);
		all.scriptLinks.push(...found.scriptLinks);
	}
	return all;
}

/** The page's text, to show a payload was rendered (as text) at all. */
const pageText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

/** Payloads whose text (as typed, whitespace aside) the page shows. */
/** A payload as the import stores it: less the control characters no export can hold. */
const asStored = (text: string) => stripUnsafe(text).text;

async function shown(page: Page, payloads: readonly Payload[]): Promise<number[]> {
	const text = (await pageText(page)).replace(/\s+/g, ' ');
	return payloads
		.filter((p) => text.includes(asStored(p.text).replace(/\s+/g, ' ').trim()))
		.map((p) => p.n);
}

/** A cell a spreadsheet would run as a formula: a sign after blanks, or a leading tab or CR. */
const FORMULA = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The cells of a CSV file, BOM dropped, as a spreadsheet would split them. */
function csvCells(bytes: Buffer | Uint8Array): string[] {
	const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
	expect(parsed.errors).toEqual([]);
	return parsed.data.flat();
}

/** Cells that would run, and how many were neutralised: some must be, or no payload got there. */
function formulaCells(cells: readonly string[]) {
	return {
		live: cells.filter((cell) => FORMULA.test(cell) && !NUMBER.test(cell)),
		neutralised: cells.filter((cell) => cell.startsWith("'") && FORMULA.test(cell.slice(1))).length
	};
}

interface Watch {
	/** Every sign of a payload running: marker calls, dialogs, uncaught errors, popups. */
	fired: string[];
	/** Audits the page now, naming `where`; javascript: links are checked unless `links` is false. */
	check: (page: Page, where: string, options?: { links?: boolean }) => Promise<void>;
}

/** Starts listening for every sign of a payload running in the context's pages. */
async function watchContext(context: BrowserContext, page: Page): Promise<Watch> {
	const fired: string[] = [];
	// In every frame of every page of the context, before any of the page's own script.
	await context.exposeFunction('__xss', (n: number) => {
		fired.push(`__xss(${n}) ran: ${PAYLOADS.find((p) => p.n === n)?.name ?? 'combined'}`);
	});
	page.on('dialog', (dialog) => {
		fired.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => fired.push(`page error: ${error.message}`));
	context.on('page', (popup) => fired.push(`a page opened: ${popup.url()}`));
	const check: Watch['check'] = async (page, where, options = {}) => {
		await page.waitForLoadState('load');
		const found = await audit(page);
		expect(fired, `${where}: script ran`).toEqual([]);
		expect(found.markup, `${where}: markup made from a payload`).toEqual([]);
		if (options.links !== false)
			expect(found.scriptLinks, `${where}: links that run script`).toEqual([]);
	};
	return { fired, check };
}

const test = base.extend<{ watch: Watch }>({
	watch: async ({ context, page }, use) => {
		const watch = await watchContext(context, page);
		await use(watch);
		expect(watch.fired, 'script ran').toEqual([]);
	}
});

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN, bypassCSP: true });

let dir: string;
let server: RunningServer;
/** The payload corpus's slug, as the import made it from its (payload) name. */
let slug: string;
/** The ids of the articles whose URL is an address payload. */
let addressArticles: number[] = [];

/**
 * The text payloads in groups of three or four, an article each, so that a page shows several at
 * once and the suite visits fifteen reader pages rather than fifty. Group g holds payloads g,
 * g + 15, … so the formula payloads (listed last) fall into different groups, and every group's
 * outlet name stays within the characters an outlet name may have (checked in corpusRows).
 */
const GROUPS = 15;
const groups = Array.from({ length: GROUPS }, (_, g) =>
	TEXT_PAYLOADS.filter((_, i) => i % GROUPS === g)
);
const joined = (payloads: readonly Payload[]) => payloads.map((p) => p.text).join(' ');
/** A group's outlet, led by its last payload: the formula ones then start outlet names and cells. */
const outletOf = (group: readonly Payload[]) =>
	joined([...group.slice(-1), ...group.slice(0, -1)]).trim();

/** An article per group carrying its payloads in every column; one per address payload in the URL. */
function corpusRows(): Record<string, string>[] {
	// Names, titles and authors with a control character are bad rows (tests/hostile covers that);
	// here they carry the payloads as the import keeps them, so every row is stored.
	const rows = groups.map((group, g) => ({
		id: asStored(`${g}-${joined(group)}`),
		title: asStored(joined(group)),
		outlet: asStored(outletOf(group)),
		author: asStored(joined(group)),
		url: asStored(`https://news.test/${g}?q=${joined(group)}`),
		date: `2017-03-${String(g + 1).padStart(2, '0')}`,
		// Starting with the payloads makes them the start of a sentence and of a quote.
		text:
			`${joined(group)} Moscow urged Washington to cooperate against ISIS in Syria, officials said. ` +
			`The Pentagon refused to cooperate with Russia in Syria, ${joined(group)} said.`
	}));
	for (const row of rows) expect(row.outlet.length).toBeLessThanOrEqual(FIELD_LIMITS.outlet);
	const addresses = URL_PAYLOADS.map((p) => ({
		id: `address-${p.n}`,
		title: `Address payload ${p.n}`,
		outlet: 'Address outlet',
		author: '',
		url: p.text,
		date: '2017-04-01',
		text: `Russia accused the United States of supporting terrorists, report ${p.n} said.`
	}));
	// Rows whose date is a payload: refused, so they show in the validation report and its CSV.
	const badDates = [COMBINED, ' =1+1', '\uff1dHYPERLINK("http://evil.test")', '2017-03-01<b>'].map(
		(date, i) => ({
			id: `bad-${i}`,
			title: `Bad date ${i}`,
			outlet: 'Bad dates',
			author: COMBINED,
			url: '',
			date,
			text: `Officials said both sides should join forces against terrorism, row ${i} said.`
		})
	);
	return [...rows, ...addresses, ...badDates];
}

test.beforeAll(async () => {
	test.setTimeout(60_000);
	dir = mkdtempSync(join(tmpdir(), 'parallax-xss-'));
	const file = join(dir, 'xss.csv');
	writeFileSync(file, Papa.unparse(corpusRows(), { quotes: true }));
	const db = join(dir, 'parallax.db');
	const { stdout } = await run('node', [
		'src/cli/parallax.js',
		'import',
		file,
		'--db',
		db,
		'--corpus',
		SHORT_COMBINED,
		'--description',
		COMBINED,
		'--skip-bad-rows'
	]);
	slug = /^Imported \d+ articles into corpus ".*" \(([a-z0-9-]+)\)/m.exec(stdout)![1]!;
	const started = await startServer({ PARALLAX_DB: db }, PORT);
	if (!isRunning(started)) throw new Error(`server exited (${started.code}):\n${started.output}`);
	server = started;
});

test.afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

base(
	'the watch sees payloads run, and their markup, when a page does render them as HTML',
	async ({ context, page }) => {
		// The control: without it, a watch that saw nothing would pass every test below.
		const watch = await watchContext(context, page);
		const html = `<!doctype html><title>control</title><body>${PAYLOADS.map((p) => `<div>${p.text}</div>`).join('')}`;
		await page.route(`${ORIGIN}/__control`, (route) =>
			route.fulfill({ body: html, contentType: 'text/html' })
		);
		await page.goto(`${ORIGIN}/__control`);
		await expect.poll(() => watch.fired.length).toBeGreaterThan(10);
		// One at a time, so that no payload's open tag swallows the next: what the audit sees of each.
		const unseen: string[] = [];
		for (const p of PAYLOADS) {
			const t = p.text;
			const markup =
				p.kind === 'url'
					? `<a href="${t.replaceAll('"', '&quot;')}">x</a>`
					: `<div>${t}</div><b title="${t}"></b><b title='${t}'></b><b title=${t}></b><textarea>${t}</textarea>`;
			await page.evaluate((markup) => {
				document.body.innerHTML = markup;
			}, markup);
			const found = await audit(page);
			// A title set by an earlier payload's late onerror would say nothing of this one.
			const made = found.markup.filter((finding) => !finding.startsWith('title set'));
			if (made.length + found.scriptLinks.length === 0) unseen.push(`${p.n} ${p.name}`);
		}
		// Only the vectors that need decoding, evaluating or a spreadsheet go unseen as raw HTML.
		expect(unseen).toEqual(
			PAYLOADS.filter((p) => p.kind === 'text' || p.kind === 'formula').map(
				(p) => `${p.n} ${p.name}`
			)
		);
		const dialog = `dialog: ${PAYLOADS.find((p) => p.name === 'alert dialog')!.n}`;
		await expect.poll(() => watch.fired).toContain(dialog);
	}
);

const corpus = () => `corpus=${encodeURIComponent(slug)}`;
const outletParam = (group: readonly Payload[]) => `outlet=${encodeURIComponent(outletOf(group))}`;

async function downloaded(page: Page, click: () => Promise<void>) {
	const waiting = page.waitForEvent('download');
	await click();
	const file = await waiting;
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('the article list and every reader page show each payload as text and run none', async ({
	page,
	watch
}) => {
	test.setTimeout(120_000);
	await page.goto(`/articles?${corpus()}`);
	await watch.check(page, 'articles');
	expect(await shown(page, TEXT_PAYLOADS)).toHaveLength(TEXT_PAYLOADS.length);
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(GROUPS + URL_PAYLOADS.length);
	const links = await rows.locator('a[href^="/articles/"]').evaluateAll((anchors) =>
		anchors.map((a) => ({
			id: Number(/\/articles\/(\d+)/.exec(a.getAttribute('href')!)![1]),
			href: a.getAttribute('href')!,
			title: a.textContent!.trim()
		}))
	);
	addressArticles = links.filter((l) => l.title.startsWith('Address payload')).map((l) => l.id);
	expect(addressArticles).toHaveLength(URL_PAYLOADS.length);

	// Every reader page as the server renders it, parsed without running anything, and as the
	// browser draws it after a click in the list.
	const seen = new Set<number>();
	for (const { id, href } of links) {
		const where = `/articles/${id}`;
		const html = await (await page.request.get(href)).text();
		const served = await page.evaluate(auditDocument, html);
		expect(served.markup, `${where} as served: markup made from a payload`).toEqual([]);
		expect(served.scriptLinks, `${where} as served: script links`).toEqual([]);
		await page.locator(`tbody a[href="${href}"]`).first().click();
		await expect(page).toHaveURL(new RegExp(`/articles/${id}(?:[?#]|$)`));
		await expect(page.locator('h1')).toBeVisible();
		await watch.check(page, where);
		for (const n of await shown(page, TEXT_PAYLOADS)) seen.add(n);
		await page.goBack();
		await expect(rows.first()).toBeVisible();
	}
	expect(seen.size, 'payloads each reader page showed').toBe(TEXT_PAYLOADS.length);
});

test('a javascript: or other script address on the reader page is not a link', async ({
	page,
	watch
}) => {
	expect(addressArticles).toHaveLength(URL_PAYLOADS.length);
	const live: string[] = [];
	for (const id of addressArticles) {
		await page.goto(`/articles/${id}?${corpus()}`);
		await watch.check(page, `/articles/${id}`, { links: false });
		live.push(...(await audit(page)).scriptLinks);
	}
	expect(live, 'links that run script').toEqual([]);
});

test('the overview, its evidence panels and the compare view run no payload', async ({
	page,
	watch
}) => {
	test.setTimeout(90_000);
	await page.goto(`/?${corpus()}`);
	await watch.check(page, 'overview');
	expect(await pageText(page)).toContain(SHORT_COMBINED);

	// A panel opened by a click is drawn in the browser.
	await page.locator('[data-chart="heatmap"] a[data-count]:not([data-count="0"])').first().click();
	await expect(page.getByTestId('evidence-panel')).toBeVisible();
	await watch.check(page, 'evidence panel after a click');

	// Two frames' panels list every outlet's sentences; an outlet's has its name in the heading.
	for (const frame of ['cooperation_urged', 'cooperation_refused']) {
		await page.goto(`/?${corpus()}&ev-frame=${frame}`);
		await expect(page.getByTestId('evidence-panel')).toBeVisible();
		await watch.check(page, `evidence ${frame}`);
		expect(await shown(page, TEXT_PAYLOADS), frame).toHaveLength(TEXT_PAYLOADS.length);
	}
	const first = groups[0]!;
	// Filtered to payload outlets (names in the filter bar and the charts' legends), one's panel open.
	const some = groups.slice(0, 6).map(outletParam).join('&');
	await page.goto(`/?${corpus()}&${some}&ev-${outletParam(first)}&ev-frame=cooperation_urged`);
	await expect(page.getByTestId('evidence-panel')).toContainText(first[0]!.text);
	await watch.check(page, 'overview filtered to payload outlets, with a panel');

	await page.goto(`/compare?${corpus()}&${some}`);
	await watch.check(page, 'compare, payload columns');
	expect((await shown(page, TEXT_PAYLOADS)).length).toBeGreaterThanOrEqual(6 * 3);
	// A storyline opened by a click, then the one-frame mode.
	await page.locator('[data-storyline] a[href*="storyline="]').first().click();
	await expect(page).toHaveURL(/storyline=/);
	await watch.check(page, 'compare, one storyline after a click');
	await page.goto(`/compare?${corpus()}&${some}&mode=frame&focus=cooperation_refused`);
	await watch.check(page, 'compare one frame');
});

test('the corpora, outlets, merge and import pages run no payload', async ({ page, watch }) => {
	test.setTimeout(60_000);
	await page.goto('/corpora');
	await watch.check(page, 'corpora');
	expect(await pageText(page)).toContain(SHORT_COMBINED);
	await page.goto(`/corpora/${slug}/delete`);
	await watch.check(page, 'delete corpus');
	expect(await pageText(page)).toContain(SHORT_COMBINED);

	await page.goto('/outlets');
	await watch.check(page, 'outlets');
	expect(await shown(page, TEXT_PAYLOADS)).toHaveLength(TEXT_PAYLOADS.length);
	const ids = await page
		.locator('select[name="into"] option[value]:not([value=""])')
		.evaluateAll((options) =>
			options.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent! }))
		);
	const payloadOutlets = ids.filter((o) =>
		groups.some((group) => o.name === asStored(outletOf(group)))
	);
	expect(payloadOutlets).toHaveLength(GROUPS);
	// The edit form puts the name into an input's value: an attribute.
	for (const outlet of payloadOutlets.slice(0, 4)) {
		await page.goto(`/outlets?edit=${outlet.id}`);
		await watch.check(page, `editing outlet ${outlet.name}`);
	}
	const into = payloadOutlets[0]!.id;
	const from = payloadOutlets
		.slice(1)
		.map((o) => `from=${o.id}`)
		.join('&');
	await page.goto(`/outlets/merge?into=${into}&${from}`);
	await watch.check(page, 'merge review');
	expect(await shown(page, TEXT_PAYLOADS)).toHaveLength(TEXT_PAYLOADS.length);

	await page.goto('/import');
	await watch.check(page, 'import');
});

test('the import review and its bad-rows CSV show payloads inertly', async ({ page, watch }) => {
	test.setTimeout(60_000);
	// The file's name is a field too: it heads the report and fills the CSV's first column.
	const file = join(dir, '\uff1dSUM(1)+cmd <img src=x onerror=__xss(906)>.csv');
	writeFileSync(file, Papa.unparse(corpusRows(), { quotes: true }));
	await page.goto('/import');
	const input = page.getByLabel('Choose files to import');
	await expect(input).toBeEnabled();
	await input.setInputFiles(file);
	await expect(page.getByRole('heading', { name: 'Validation report' })).toBeVisible();
	await watch.check(page, 'import review');
	const text = await pageText(page);
	// The date payload is quoted in its row's reason; the preview shows the author column.
	expect(text).toContain(COMBINED);
	expect(text).toContain('<img src=x onerror=__xss(906)>');
	const csv = await downloaded(page, () =>
		page.getByRole('link', { name: 'Download every problem as CSV' }).click()
	);
	const all = csvCells(csv.bytes);
	expect(all.some((cell) => cell.includes(COMBINED))).toBe(true);
	const cells = formulaCells(all);
	expect(cells.live, 'bad-rows CSV cells that would run').toEqual([]);
	// One per bad row: the file column, whose name starts with a full-width equals sign.
	expect(cells.neutralised).toBe(4);
	await page.getByRole('button', { name: /^Cancel/ }).click();
	await watch.check(page, 'import cancelled');
});

test('exported SVGs hold no script, and chart CSVs no live formula', async ({ page, watch }) => {
	test.setTimeout(90_000);
	await page.goto(`/?${corpus()}`);
	const svgs: { chart: string; markup: string }[] = [];
	for (const chart of ['heatmap', 'bars', 'timeline', 'network', 'blind-spots']) {
		const menu = page.locator(`[data-chart="${chart}"] details.export`);
		await menu.locator('summary').click();
		const svg = await downloaded(page, () =>
			menu.getByRole('button', { name: 'SVG', exact: true }).click()
		);
		svgs.push({ chart, markup: svg.bytes.toString('utf8') });
		const data = await downloaded(page, () =>
			menu.getByRole('button', { name: 'Data (CSV)', exact: true }).click()
		);
		const cells = formulaCells(csvCells(data.bytes));
		expect(cells.live, `${chart} CSV cells that would run`).toEqual([]);
		if (chart === 'heatmap') {
			// Every formula-shaped outlet name, neutralised.
			expect(cells.neutralised).toBeGreaterThanOrEqual(
				TEXT_PAYLOADS.filter((p) => p.kind === 'formula').length
			);
			const png = await downloaded(page, () =>
				menu.getByRole('button', { name: 'PNG 2×', exact: true }).click()
			);
			expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
		}
		await menu.locator('summary').click();
		await watch.check(page, `overview after the ${chart} exports`);
	}

	for (const { chart, markup } of svgs) {
		const parsed = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			const bad: string[] = [];
			for (const element of doc.querySelectorAll('*')) {
				const tag = element.localName.toLowerCase();
				if (['script', 'foreignobject', 'iframe', 'object', 'embed', 'style'].includes(tag))
					bad.push(tag);
				for (const attribute of element.attributes) {
					if (/^on/i.test(attribute.name)) bad.push(`${tag}[${attribute.name}]`);
					// As a URL parser reads it: controls and blanks inside the scheme do not count.
					if (/^(javascript|vbscript|data):/i.test(attribute.value.replace(/[\0-\x20]/g, '')))
						bad.push(`${tag}[${attribute.name}=${attribute.value}]`);
				}
			}
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				bad,
				text: doc.documentElement.textContent ?? ''
			};
		}, markup);
		expect(parsed.error, `${chart} SVG parses as XML`).toBe(null);
		expect(parsed.bad, `${chart} SVG: script, handlers or script addresses`).toEqual([]);
		// Opened as a document of its own, on the app's origin, it runs nothing either.
		await page.route(`${ORIGIN}/__export.svg`, (route) =>
			route.fulfill({ body: markup, contentType: 'image/svg+xml' })
		);
		await page.goto(`${ORIGIN}/__export.svg`);
		await watch.check(page, `${chart} SVG as a document`);
		await page.unroute(`${ORIGIN}/__export.svg`);
		// The outlet names reached the export, as text.
		if (chart === 'heatmap') expect(parsed.text).toContain(PAYLOADS[0]!.text);
	}
});

test('a briefing named, captioned and pinned with payloads presents and exports inertly', async ({
	page,
	watch
}) => {
	test.setTimeout(120_000);
	await page.goto('/briefings');
	// Typed before the page hydrates, the name can be reset by it (seen under CI load).
	await page.waitForLoadState('networkidle');
	await page.getByLabel('New briefing').fill(COMBINED);
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByLabel('Briefing name')).toHaveValue(COMBINED);
	const briefingUrl = page.url();

	// A chart filtered to payload outlets, quotes from payload articles, a storyline.
	const some = groups.slice(0, 6).map(outletParam).join('&');
	await page.goto(`/?${corpus()}&${some}`);
	const heatmap = page.locator('[data-chart="heatmap"]');
	await heatmap.locator('details.export summary').click();
	await heatmap.getByRole('button', { name: 'Pin to briefing' }).click();
	await expect(heatmap.getByRole('status')).toContainText('(item 1)');
	await page.goto(`/?${corpus()}&ev-frame=cooperation_urged`);
	const panel = page.getByTestId('evidence-panel');
	const pins = panel.getByRole('button', { name: 'Pin to briefing' });
	for (const [i, nth] of [0, 4, 8].entries()) {
		await pins.nth(nth).click();
		await expect(panel.getByRole('status').nth(nth)).toContainText(`(item ${i + 2})`);
	}
	await page.goto(`/compare?${corpus()}`);
	const band = page.locator('[data-storyline]').first();
	await band.getByRole('button', { name: 'Pin to briefing' }).click();
	await expect(band.getByRole('status')).toContainText('(item 5)');

	await page.goto(briefingUrl);
	const captions = [
		COMBINED,
		'\u200b=HYPERLINK("http://evil.test/caption")',
		"\uff0bcmd|' /C calc'!A0",
		'</textarea><script>__xss(905)</script>',
		"\u0001-2+3+cmd|' /C calc'!A0"
	];
	for (const [i, caption] of captions.entries()) {
		await page.getByLabel(`Caption for item ${i + 1}`).fill(caption);
		await page.getByRole('button', { name: 'Save caption' }).nth(i).click();
		await expect(page.getByLabel(`Caption for item ${i + 1}`)).toHaveValue(
			asStored(caption).trim()
		);
	}
	await page.reload();
	await watch.check(page, 'briefing');
	// The pins name their corpus (a payload); the briefing's own name is an input's value.
	expect(await pageText(page)).toContain(SHORT_COMBINED);
	await page.goto('/briefings');
	await watch.check(page, 'briefings');
	await page.goto(briefingUrl);

	await page.getByRole('button', { name: 'Present' }).click();
	const presenter = page.getByRole('dialog');
	for (let slide = 1; slide <= captions.length; slide++) {
		await expect(presenter.locator('.number')).toHaveText(`${slide} / ${captions.length}`);
		await watch.check(page, `present mode, slide ${slide}`);
		await page.keyboard.press('ArrowRight');
	}
	await page.keyboard.press('Escape');
	await expect(presenter).toHaveCount(0);

	const pdf = await downloaded(page, () =>
		page.getByRole('button', { name: 'Export PDF' }).click()
	);
	const raw = pdf.bytes.toString('latin1');
	expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|URI|OpenAction|AA)\b/);
	expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(captions.length);
	expect(infoField(pdf.bytes, 'Title')).toBe(COMBINED);

	const zip = unzipSync(
		new Uint8Array(
			(
				await downloaded(page, () =>
					page.getByRole('button', { name: 'Export PNGs (ZIP)' }).click()
				)
			).bytes
		)
	);
	const cells = formulaCells(csvCells(zip['sources.csv']!));
	expect(cells.live, 'sources.csv cells that would run').toEqual([]);
	expect(cells.neutralised).toBeGreaterThan(3);
	await watch.check(page, 'briefing after its exports');
});

test('payloads in the address bar are reflected as text only', async ({ page, watch }) => {
	const x = encodeURIComponent(COMBINED);
	for (const path of [
		`/?${corpus()}&outlet=${x}&frame=${x}&ev-outlet=${x}&ev-frame=${x}&from=${x}&sort=${x}`,
		`/?corpus=${x}`,
		`/articles?${corpus()}&outlet=${x}&frame=${x}`,
		`/compare?${corpus()}&outlet=${x}&mode=frame&focus=${x}`,
		`/compare?${corpus()}&storyline=${x}`,
		`/articles/${x}`,
		`/outlets?edit=${x}`,
		`/outlets/merge?into=${x}&from=${x}`,
		`/briefings/${x}`,
		`/corpora/${x}/delete`
	]) {
		await page.goto(path);
		await watch.check(page, path);
	}
});
