import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutletAggregate } from '../../src/lib/engine/aggregate';
import { wilson } from '../../src/lib/dashboard/interval';

const FRAMES = ['cooperation_urged', 'cooperation_refused', 'accusation'];

/**
 * The engine's own numbers for the seeds, through the command line rather than the server's
 * store and cache: what the dashboard shows must be what the engine computes.
 */
function engineOutlets(): OutletAggregate[] {
	const dir = mkdtempSync(join(tmpdir(), 'parallax-overview-'));
	try {
		const out = join(dir, 'seeds.json');
		execFileSync('node', ['src/cli/parallax.js', 'analyze', 'seeds', '--out', out]);
		return (JSON.parse(readFileSync(out, 'utf8')) as { outlets: OutletAggregate[] }).outlets;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const heatmapCells = (page: Page) =>
	page.locator('[data-chart="heatmap"] a[data-frame][data-outlet]');

test('the heatmap shows 5 outlets × 3 frames with the numbers the engine computed', async ({
	page
}) => {
	const outlets = engineOutlets();
	await page.goto('/');
	await expect(
		page.getByRole('heading', { name: 'Which outlet emphasises which frame' })
	).toBeVisible();
	await expect(heatmapCells(page)).toHaveCount(15);
	for (const outlet of outlets) {
		for (const frame of FRAMES) {
			const { count } = outlet.frames[frame]!;
			const cell = page.locator(
				`[data-chart="heatmap"] a[data-outlet="${outlet.outlet.replaceAll('"', '\\"')}"][data-frame="${frame}"]`
			);
			await expect(cell).toHaveAttribute('data-count', String(count));
			const n = outlet.codedUnits;
			const share = Math.round((count / n) * 100);
			const { low, high } = wilson(count, n)!;
			const interval = `${Math.round(low * 100)}–${Math.round(high * 100)}%`;
			const small = n < 5 ? '; fewer than 5 coded sentences, read with care' : '';
			await expect(cell).toHaveAccessibleName(
				`${outlet.outlet} — ${frame.replaceAll('_', ' ')}: ${share}% of coded sentences (${count} of ${n} coded sentence${n === 1 ? '' : 's'}; 95% interval ${interval}${small})`
			);
			await expect(cell).toContainText(`${share}%`);
			await expect(cell).toContainText(`${count}/${n}`);
			await expect(cell).toContainText(interval);
			if (n < 5) await expect(cell).toHaveAttribute('data-small', 'true');
			else await expect(cell).not.toHaveAttribute('data-small');
		}
	}
	await page.screenshot({ path: 'test-results/screenshots/overview-1440x900.png', fullPage: true });
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/overview-1280x720.png' });
});

test('clicking a heatmap cell lists exactly the sentences behind it, each linked to its article', async ({
	page
}) => {
	await page.goto('/');
	const cell = page.locator(
		'[data-chart="heatmap"] a[data-outlet="Sputnik"][data-frame="cooperation_urged"]'
	);
	const count = Number(await cell.getAttribute('data-count'));
	expect(count).toBeGreaterThan(0);
	await cell.click();
	await expect(page).toHaveURL(/ev-outlet=Sputnik&ev-frame=cooperation_urged/);
	const panel = page.getByTestId('evidence-panel');
	await expect(panel.getByRole('heading', { name: 'Sputnik · cooperation urged' })).toBeFocused();
	await expect(panel.getByTestId('evidence-count')).toHaveText(String(count));
	await expect(panel.locator('li [data-unit]')).toHaveCount(count);
	await expect(panel.locator('li [data-frames~="cooperation_urged"]')).toHaveCount(count);
	await expect(panel.locator('.cue').first()).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/overview-evidence-1440x900.png' });

	// The quote leads to its sentence in the article.
	const link = panel.getByRole('link', { name: /./ }).nth(1);
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/articles\/\d+#unit-\d+$/);

	// Escape closes the panel and the URL forgets the selection; back reopens it.
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(page).not.toHaveURL(/ev-/);
	await page.goBack();
	await expect(page.getByTestId('evidence-count')).toHaveText(String(count));
});

test('every mark of every chart opens a panel whose count equals its mark', async ({ page }) => {
	await page.goto('/');
	const panel = page.getByTestId('evidence-panel');
	for (const [chart, selector] of [
		['heatmap', 'svg a[data-count]'],
		['bars', 'svg a[data-count]'],
		['timeline', 'svg a[data-count]'],
		['network', 'svg a[data-count]'],
		['blind-spots', 'a[data-count]']
	]) {
		const marks = page.locator(`[data-chart="${chart}"] ${selector}`);
		const total = await marks.count();
		expect(total, chart).toBeGreaterThan(0);
		for (let i = 0; i < total; i++) {
			const mark = marks.nth(i);
			const expected = Number(await mark.getAttribute('data-count'));
			// By keyboard, as a screen-reader user would; thin curved marks are hard to hit by pointer.
			await mark.focus();
			await page.keyboard.press('Enter');
			await expect(panel.getByTestId('evidence-count'), `${chart} mark ${i}`).toHaveText(
				String(expected)
			);
			// A blind spot lists the outlet's other sentences for context; every other mark its own.
			if (expected > 0) await expect(panel.locator('li [data-unit]')).toHaveCount(expected);
		}
	}
	await page.screenshot({ path: 'test-results/screenshots/overview-docked-evidence-1440x900.png' });
});

test('filters live in the URL: they survive a reload and back and forward step through them', async ({
	page
}) => {
	await page.goto('/');
	await page.getByText('Outlets:').click();
	await page.getByRole('checkbox', { name: /^RT/ }).check();
	await expect(page).toHaveURL(/outlet=RT/);
	await page.getByRole('checkbox', { name: /^Sputnik/ }).check();
	await expect(page).toHaveURL(/outlet=RT&outlet=Sputnik/);
	await expect(heatmapCells(page)).toHaveCount(6);
	await page.getByRole('checkbox', { name: 'accusation' }).uncheck();
	await expect(page).toHaveURL(/frame=cooperation_urged&frame=cooperation_refused/);
	await expect(heatmapCells(page)).toHaveCount(4);

	await page.reload();
	await expect(heatmapCells(page)).toHaveCount(4);
	await expect(
		page.getByText('RT, Sputnik · cooperation urged, cooperation refused').first()
	).toBeVisible();

	await page.goBack();
	await expect(heatmapCells(page)).toHaveCount(6);
	await page.goForward();
	await expect(heatmapCells(page)).toHaveCount(4);

	// The same view opens from a copied link in a fresh page.
	const copied = page.url();
	const other = await page.context().newPage();
	await other.goto(copied);
	await expect(heatmapCells(other)).toHaveCount(4);
	await other.close();

	await page.getByRole('link', { name: 'Clear filters' }).click();
	await expect(heatmapCells(page)).toHaveCount(15);
});

test('sorting the heatmap by a frame puts the outlet that uses it most on top', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Sort outlets by cooperation refused/ }).click();
	await expect(page).toHaveURL(/sort=cooperation_refused/);
	const first = page.locator('[data-chart="heatmap"] a[data-frame="cooperation_refused"]').first();
	await expect(first).toHaveAttribute('data-outlet', "The People's Voice (formerly YourNewsWire)");
});

test('keyboard users reach the marks and open their evidence with Enter', async ({ page }) => {
	await page.goto('/');
	const cell = page.locator(
		'[data-chart="heatmap"] a[data-outlet="RT"][data-frame="cooperation_urged"]'
	);
	await cell.focus();
	await expect(cell).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('evidence-count')).toHaveText('2');
});

test('a date range and an actor narrow the charts, from the form or from the URL', async ({
	page
}) => {
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('from').fill('2016-01-01');
	await expect(page).toHaveURL(/from=2016-01-01/);
	// Only the content farm published after 2015.
	await expect(heatmapCells(page)).toHaveCount(3);
	await expect(heatmapCells(page).first()).toHaveAttribute(
		'data-outlet',
		'interiordesignfuture.com'
	);
	await expect(page.getByText('published from 1 Jan 2016').first()).toBeVisible();

	await page.goto('/?actor=Israel');
	const cells = heatmapCells(page);
	await expect(cells).toHaveCount(15);
	const counts = await cells.evaluateAll((marks) =>
		marks.map((mark) => Number(mark.getAttribute('data-count')))
	);
	const all = await (async () => {
		await page.goto('/');
		return heatmapCells(page).evaluateAll((marks) =>
			marks.map((mark) => Number(mark.getAttribute('data-count')))
		);
	})();
	expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
	expect(counts.reduce((a, b) => a + b, 0)).toBeLessThan(all.reduce((a, b) => a + b, 0));
});

test('a view the filters leave empty says so and offers to clear them', async ({ page }) => {
	await page.goto('/?from=2030-01-01');
	await expect(page.getByRole('status')).toContainText(
		'No article in this corpus matches the filters.'
	);
	await expect(page.locator('[data-chart]')).toHaveCount(0);
	await page.getByRole('link', { name: 'Clear the filters' }).click();
	await expect(heatmapCells(page)).toHaveCount(15);
});
