// Stated, switchable denominators, as an analyst uses them on the seeds: the filter bar's "Shares
// of" changes every share at once, in the URL; the heatmap, the bars in share mode, the evidence
// panel and both CSVs then say the same count, base and 95% interval.
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';

const figure = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"]`);
const cell = (page: Page, chart: string, outlet: string, frame: string) =>
	figure(page, chart).locator(`.plot > svg a[data-outlet="${outlet}"][data-frame="${frame}"]`);

async function csv(page: Page, chart: string): Promise<Record<string, string>[]> {
	const menu = figure(page, chart).locator('details.export');
	await menu.locator('summary').click();
	const waiting = page.waitForEvent('download');
	await menu.getByRole('button', { name: 'Data (CSV)', exact: true }).click();
	const text = readFileSync(await (await waiting).path(), 'utf8').replace(/^\uFEFF/, '');
	await menu.locator('summary').click();
	return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

test('switching what shares are of changes every chart, its evidence and its CSV alike', async ({
	page
}) => {
	await page.goto('/?bars=share');
	const shares = page.getByLabel('Shares of');
	await expect(shares).toHaveValue('');

	// Sputnik's seed article: 9 sentences, 6 coded, 5 of them urging cooperation.
	const expected = {
		coded: { count: '5', base: '6', share: '83%', interval: '44–97%', kind: 'coded_sentences' },
		sentences: { count: '5', base: '9', share: '556', interval: '267–811', kind: 'sentences' },
		articles: { count: '1', base: '1', share: '100%', interval: '21–100%', kind: 'articles' }
	};
	for (const [per, want] of Object.entries(expected)) {
		await shares.selectOption(per === 'coded' ? '' : per);
		if (per === 'coded') await expect(page).not.toHaveURL(/per=/);
		else await expect(page).toHaveURL(new RegExp(`per=${per}`));

		for (const chart of ['heatmap', 'bars']) {
			const mark = cell(page, chart, 'Sputnik', 'cooperation_urged');
			await expect(mark).toHaveAttribute('data-count', want.count);
			await expect(mark).toHaveAttribute('data-base', want.base);
			await expect(mark).toContainText(want.share);
		}
		await expect(cell(page, 'heatmap', 'Sputnik', 'cooperation_urged')).toContainText(
			want.interval
		);

		const heatmap = await csv(page, 'heatmap');
		const bars = await csv(page, 'bars');
		const row = heatmap.find((r) => r.outlet === 'Sputnik' && r.frame === 'cooperation_urged')!;
		expect(row).toMatchObject({
			count: want.count,
			denominator: want.base,
			denominator_kind: want.kind
		});
		// The bars' CSV carries the heatmap's numbers for every outlet and frame.
		expect(bars).toHaveLength(heatmap.length);
		for (const one of heatmap) {
			const twin = bars.find((b) => b.outlet === one.outlet && b.frame === one.frame)!;
			const { sentences, ...same } = twin;
			expect(same).toEqual(one);
			expect(Number(sentences)).toBeGreaterThanOrEqual(Number(one.count));
		}

		await cell(page, 'heatmap', 'Sputnik', 'cooperation_urged').click();
		const panel = page.getByTestId('evidence-panel');
		await expect(panel.getByTestId('evidence-share')).toContainText(
			`(${want.count} of ${want.base} `
		);
		await expect(panel.getByTestId('evidence-share')).toContainText(
			`95% interval ${want.interval}`
		);
		await expect(panel.getByTestId('evidence-count')).toHaveText('5');
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await page.screenshot({
			path: `test-results/screenshots/denominator-${per}-1440x900.png`,
			fullPage: true
		});
	}
});

test('a share from fewer than five is pale and hatched, and sorting ranks by the interval', async ({
	page
}) => {
	await page.goto('/?sort=cooperation_urged');
	const marks = figure(page, 'heatmap').locator('.plot > svg a[data-frame="cooperation_urged"]');
	const drawn = await marks.evaluateAll((links) =>
		links.map((link) => ({
			base: Number(link.getAttribute('data-base')),
			small: link.getAttribute('data-small') === 'true',
			hatched: link.querySelector('rect.hatch') !== null,
			label: link.getAttribute('aria-label') ?? ''
		}))
	);
	expect(drawn.length).toBe(5);
	expect(drawn.some((mark) => mark.small)).toBe(true);
	expect(drawn.some((mark) => !mark.small)).toBe(true);
	for (const mark of drawn) {
		expect(mark.small).toBe(mark.base < 5);
		expect(mark.hatched).toBe(mark.small && mark.base > 0);
		if (mark.small) expect(mark.label).toContain('fewer than 5 coded sentences, read with care');
	}
	// Rows run by the lower end of the interval each cell names, highest first.
	const lows = drawn.map((mark) => Number(/95% interval (\d+)–/.exec(mark.label)?.[1] ?? -1));
	expect(lows).toEqual([...lows].sort((a, b) => b - a));
	await expect(figure(page, 'heatmap')).toContainText(
		'Sorted by the lower end of each share’s 95% interval'
	);
	await figure(page, 'heatmap').screenshot({
		path: 'test-results/screenshots/heatmap-sorted-small-n.png'
	});
});

test('the export source line says what the shares are of', async ({ page }) => {
	await page.goto('/?per=articles');
	const menu = figure(page, 'heatmap').locator('details.export');
	await menu.locator('summary').click();
	const waiting = page.waitForEvent('download');
	await menu.getByRole('button', { name: 'SVG', exact: true }).click();
	const svg = readFileSync(await (await waiting).path(), 'utf8');
	const desc = await page.evaluate(
		(text) =>
			new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('svg > desc')
				?.textContent ?? '',
		svg
	);
	expect(desc.split('\n').at(-1)).toContain(
		'· share of the outlet’s articles with text, 95% intervals ·'
	);
});
