// An import's own columns as lenses, as an analyst uses FA-KES: the `labels` and `location` columns
// are kept with each article, shown in the reader, offered as filters, and can be every chart's
// rows ("labels: credible / fake" × frame), with each quote still credited to its outlet.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';

/** Five articles in FA-KES's own columns: two outlets, labels 1 (credible) / 0 (fake). */
const FIXTURE = join(import.meta.dirname, '../fixtures/lenses.csv');

test('FA-KES labels and location are kept, filter the charts and can be their rows', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByLabel('Choose files to import').setInputFiles(FIXTURE);
	await expect(page.getByRole('region', { name: 'Validation report' })).toBeVisible();
	await page.getByLabel('Corpus name').fill('E2E lenses');
	await page.getByRole('button', { name: 'Import 5 good rows' }).click();
	await expect(page).toHaveURL(/\/\?corpus=e2e-lenses(-\d+)?$/);

	const rows = page.getByRole('combobox', { name: 'Rows' });
	await expect(page.getByRole('combobox', { name: 'labels' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'location' })).toBeVisible();
	await rows.selectOption('labels');
	await expect(page).toHaveURL(/by=labels/);
	const heads = page.locator('[data-chart="heatmap"] g.rows > g title');
	await expect(heads).toHaveText(['labels: credible', 'labels: fake']);
	const cells = page.locator('[data-chart="heatmap"] .plot > svg a[data-outlet="labels: fake"]');
	await expect(cells).toHaveCount(3);
	await page.locator('[data-chart="heatmap"]').screenshot({
		path: 'test-results/screenshots/heatmap-by-labels.png'
	});

	// A fake-labelled accusation's evidence names SANA, the outlet, not the label.
	const accusation = page.locator(
		'[data-chart="heatmap"] .plot > svg a[data-outlet="labels: fake"][data-frame="accusation"]'
	);
	const count = Number(await accusation.getAttribute('data-count'));
	expect(count).toBeGreaterThan(0);
	await accusation.click();
	const panel = page.getByTestId('evidence-panel');
	await expect(panel.getByTestId('evidence-count')).toHaveText(String(count));
	await expect(panel.locator('.source strong').first()).toHaveText('SANA');
	await page.keyboard.press('Escape');

	// Filtered to credible articles, the rows hold only them.
	await page.getByRole('combobox', { name: 'labels' }).selectOption('labels:credible');
	await expect(page).toHaveURL(/attr=labels%3Acredible/);
	await expect(heads).toHaveText(['labels: credible']);
	await expect(page.locator('[data-chart="heatmap"] .subtitle')).toContainText('labels: credible');

	// The reader lists the article's own columns.
	await page.goto('/articles?corpus=e2e-lenses');
	await page.getByRole('link', { name: 'Attack claims' }).click();
	const about = page.getByRole('complementary', { name: 'About this article' });
	await expect(about.getByTestId('attribute')).toHaveText(['location', 'labels']);
	await expect(about).toContainText('fake');
	await expect(about).toContainText('idlib');
});
