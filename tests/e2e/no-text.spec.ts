// Articles with no readable text, from import to overview: a CSV in which one outlet's articles are
// mostly site furniture is reported before anything is written, and once imported the overview
// names them per outlet and keeps them out of no count silently.
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';

/** Two outlets: three of dailysabah's four articles are a dateline, a share line or a byline. */
const FIXTURE = join(import.meta.dirname, '../fixtures/no-text.csv');
const SABAH = "3 of dailysabah's 4 articles have no readable text (read as site furniture).";

const fileInput = (page: Page) => page.getByLabel('Choose files to import');
const notice = (page: Page) =>
	page.getByRole('complementary', { name: 'Articles with no readable text' });
const rowHead = (page: Page, outlet: string) =>
	page.locator('[data-chart="heatmap"] g.rows > g').filter({ hasText: outlet });

test('the seed overview, whose articles all have text, shows no such notice', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-chart="heatmap"]')).toContainText('RT');
	await expect(notice(page)).toHaveCount(0);
	await expect(page.locator('[data-chart="heatmap"]')).not.toContainText('no readable text');
});

test('an import names the articles with no readable text in its report and on the overview', async ({
	page
}) => {
	await page.goto('/import');
	await expect(fileInput(page)).toBeEnabled();
	await fileInput(page).setInputFiles(FIXTURE);

	const report = page.getByRole('region', { name: 'Validation report' });
	await expect(report).toBeVisible();
	await expect(page.locator('[data-total="good"] dd')).toHaveText('6');
	const noText = report.getByRole('region', { name: '3 articles have no readable text' });
	await expect(noText).toBeVisible();
	await expect(noText.getByRole('listitem')).toHaveText([SABAH]);
	await expect(noText).toContainText(
		'Read as site furniture: every line reads as a dateline, byline, share or link line'
	);
	await page.screenshot({
		path: 'test-results/screenshots/import-no-text-1440x900.png',
		fullPage: true
	});

	await page.getByLabel('Corpus name').fill('E2E no text');
	await page.getByRole('button', { name: 'Import 6 good rows' }).click();
	await expect(page).toHaveURL(/\/\?corpus=e2e-no-text(-\d+)?$/);

	await expect(notice(page)).toBeVisible();
	await expect(notice(page)).toContainText('No readable text in 3 articles.');
	await expect(notice(page).getByRole('listitem')).toHaveText([SABAH]);
	await expect(rowHead(page, 'dailysabah')).toContainText('4 articles, 3 with no readable text');
	await expect(rowHead(page, 'dailysabah').locator('title')).toHaveText(
		`dailysabah: ${SABAH.slice(0, -1)}`
	);
	await expect(rowHead(page, 'Reuters')).toContainText('2 articles');
	await expect(rowHead(page, 'Reuters')).not.toContainText('no readable text');
	await expect(page.locator('[data-chart="heatmap"]')).toContainText(
		'6 articles, 3 with no readable text'
	);
	await page.screenshot({
		path: 'test-results/screenshots/overview-no-text-1440x900.png',
		fullPage: true
	});
	await page.screenshot({ path: '/tmp/wt-empty-overview.png', fullPage: true });

	// Filtered to the outlet whose articles all have text, the notice has nothing to say.
	const url = new URL(page.url());
	url.searchParams.set('outlet', 'Reuters');
	await page.goto(url.toString());
	await expect(rowHead(page, 'Reuters')).toContainText('2 articles');
	await expect(notice(page)).toHaveCount(0);
});
