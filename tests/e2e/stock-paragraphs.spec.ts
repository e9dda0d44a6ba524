// Stock paragraphs, from import to evidence: Nordwire prints one coded background sentence in its
// three articles and The Ledger prints it once. The overview counts it once per outlet, says so,
// and the evidence lists it once with the articles that repeat it, each a link to the reader.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = join(import.meta.dirname, '../fixtures/stock-paragraphs.csv');
const STOCK_TEXT = 'to coordinate airstrikes on Islamic State targets.';
const NOTE = "stock paragraphs repeated across an outlet's articles counted once";

interface EngineDocument {
	outlet: string;
	date: string;
	title: string;
	sentences: { kind: string; text: string; frames: { frame: string }[] }[];
}

/** The engine's own coding of the fixture, through the command line, where nothing is folded. */
function engineDocuments(): EngineDocument[] {
	const dir = mkdtempSync(join(tmpdir(), 'parallax-stock-'));
	try {
		const out = join(dir, 'stock.json');
		execFileSync('node', ['src/cli/parallax.js', 'analyze', FIXTURE, '--out', out]);
		return (JSON.parse(readFileSync(out, 'utf8')) as { documents: EngineDocument[] }).documents;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * What the heatmap should show for an outlet: the engine's sentences, less each one whose exact
 * text an earlier article of the outlet already printed; and how many such repeats there were.
 */
function expectedRow(documents: readonly EngineDocument[], outlet: string, frame: string) {
	const printed = new Set<string>();
	let repeats = 0;
	const counted: EngineDocument['sentences'] = [];
	const own = documents
		.filter((d) => d.outlet === outlet)
		.sort((a, b) => (a.date < b.date ? -1 : 1));
	for (const document of own) {
		const text = document.sentences.filter((s) => s.kind === 'body' || s.kind === 'headline');
		for (const sentence of text) {
			if (printed.has(sentence.text)) repeats++;
			else counted.push(sentence);
		}
		for (const sentence of text) printed.add(sentence.text);
	}
	const coded = counted.filter((s) => s.frames.length > 0).length;
	const count = counted.filter((s) => s.frames.some((f) => f.frame === frame)).length;
	return { sentences: counted.length, coded, count, repeats };
}

const cell = (page: Page, outlet: string, frame: string) =>
	page.locator(`[data-chart="heatmap"] a[data-outlet="${outlet}"][data-frame="${frame}"]`);
const rowHead = (page: Page, outlet: string) =>
	page.locator('[data-chart="heatmap"] g.rows > g').filter({ hasText: outlet });

test('a stock paragraph is counted once per outlet, and its repeats are shown in the evidence', async ({
	page
}) => {
	const documents = engineDocuments();
	const frame = documents
		.find((d) => d.outlet === 'Nordwire')!
		.sentences.find((s) => s.text.endsWith(STOCK_TEXT))?.frames[0]?.frame;
	expect(frame, 'the stock sentence must be coded for this test to mean anything').toBeDefined();
	const nordwire = expectedRow(documents, 'Nordwire', frame!);
	const ledger = expectedRow(documents, 'The Ledger', frame!);
	expect([nordwire.repeats, ledger.repeats]).toEqual([2, 0]);

	await page.goto('/import');
	await page.getByLabel('Choose files to import').setInputFiles(FIXTURE);
	await expect(page.locator('[data-total="good"] dd')).toHaveText('5');
	await page.getByLabel('Corpus name').fill('E2E stock paragraphs');
	await page.getByRole('button', { name: 'Import 5 good rows' }).click();
	await expect(page).toHaveURL(/\/\?corpus=e2e-stock-paragraphs(-\d+)?$/);
	const corpus = new URL(page.url()).searchParams.get('corpus')!;

	for (const [outlet, row] of [
		['Nordwire', nordwire],
		['The Ledger', ledger]
	] as const) {
		await expect(cell(page, outlet, frame!)).toHaveAttribute('data-count', String(row.count));
		await expect(cell(page, outlet, frame!)).toContainText(`${row.count}/${row.coded}`);
		await expect(rowHead(page, outlet)).toContainText(
			`${row.coded} coded of ${row.sentences} sentences`
		);
	}
	await expect(page.locator('[data-chart="heatmap"] .subtitle')).toContainText(` · ${NOTE}`);

	// The counted sentence is Nordwire's earliest article's, listed once, with its two repeats.
	await cell(page, 'Nordwire', frame!).click();
	const panel = page.getByTestId('evidence-panel');
	await expect(panel.getByTestId('evidence-count')).toHaveText(String(nordwire.count));
	await expect(panel.locator('li [data-unit]')).toHaveCount(nordwire.count);
	const stock = panel.locator('ol > li').filter({ hasText: STOCK_TEXT });
	await expect(stock).toHaveCount(1);
	await expect(stock.locator('.source')).toContainText('Moscow renews its offer');
	const repeats = stock.getByTestId('stock-repeats');
	await expect(repeats.locator('summary')).toHaveText('Also in 2 other articles of this outlet');
	await expect(repeats.locator('a').first()).toBeHidden();
	await repeats.locator('summary').click();
	await expect(repeats.getByRole('link')).toHaveText([
		'Ministers meet in Vienna',
		'Talks to resume in Geneva'
	]);
	await expect(panel.getByTestId('stock-repeats')).toHaveCount(1);
	await page.screenshot({
		path: 'test-results/screenshots/overview-stock-paragraphs-1440x900.png'
	});

	// The Ledger's single print of the sentence repeats nothing.
	await cell(page, 'The Ledger', frame!).click();
	await expect(panel.getByTestId('evidence-count')).toHaveText(String(ledger.count));
	await expect(panel.locator('ol > li').filter({ hasText: STOCK_TEXT })).toHaveCount(1);
	await expect(panel.getByTestId('stock-repeats')).toHaveCount(0);

	// A repeat's link opens its article at the repeated sentence.
	await cell(page, 'Nordwire', frame!).click();
	await panel.getByTestId('stock-repeats').locator('summary').click();
	const link = panel
		.getByTestId('stock-repeats')
		.getByRole('link', { name: 'Talks to resume in Geneva' });
	const href = (await link.getAttribute('href'))!;
	expect(href).toMatch(/^\/articles\/\d+#unit-\d+$/);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.getByRole('heading', { name: 'Talks to resume in Geneva' })).toBeVisible();
	await expect(page.getByTestId('article-text').locator(`#${href.split('#')[1]}`)).toContainText(
		STOCK_TEXT
	);

	// Compare, one frame: each outlet's column counts what its heatmap cell counts, and says why.
	await page.goto(`/compare?corpus=${corpus}&mode=frame&focus=${frame}`);
	await expect(page.getByTestId('stock-note')).toHaveText(`${NOTE}.`);
	for (const [outlet, row] of [
		['Nordwire', nordwire],
		['The Ledger', ledger]
	] as const) {
		const head = page.locator(`[data-column-head][data-outlet="${outlet}"] [data-count]`);
		await expect(head).toHaveAttribute('data-count', String(row.count));
		await expect(head).toHaveAttribute('data-coded', String(row.coded));
		const column = page.locator(`section[data-column][data-outlet="${outlet}"]`);
		await expect(column.locator('li', { hasText: STOCK_TEXT })).toHaveCount(1);
	}
});
