// Near-copies, as an analyst meets them: a wire story re-posted by its outlet and run by another
// is listed in the import report; the overview counts the re-post once for its outlet (a switch
// counts every copy), and the evidence says where else the sentence appears.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';

/** Wire's story (row 2), its re-post (row 3), Daily's run of it (row 4), and an unrelated story. */
const FIXTURE = join(import.meta.dirname, '../fixtures/near-copies.csv');

test('a re-post is listed at import, counted once, and shown beside its evidence', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByLabel('Choose files to import').setInputFiles(FIXTURE);
	const report = page.getByRole('region', { name: 'Validation report' });
	await expect(report).toBeVisible();
	const copies = report.locator('details.near-copies');
	await expect(copies.locator('summary')).toContainText('2 near-copies of other articles');
	await copies.locator('summary').click();
	await expect(copies.getByRole('listitem')).toHaveText([
		'near-copies.csv, row 3 is a near-copy of near-copies.csv, row 2',
		'near-copies.csv, row 4 is a near-copy of near-copies.csv, row 2'
	]);
	await page.getByLabel('Corpus name').fill('E2E near copies');
	await page.getByRole('button', { name: 'Import 4 good rows' }).click();
	await expect(page).toHaveURL(/\/\?corpus=e2e-near-copies(-\d+)?$/);

	const heatmap = page.locator('[data-chart="heatmap"]');
	await expect(heatmap.locator('.subtitle')).toContainText(
		"1 near-copy of an outlet's own articles counted once"
	);
	const wire = heatmap.locator('.plot > svg a[data-outlet="Wire"][data-frame="accusation"]');
	const once = Number(await wire.getAttribute('data-count'));
	expect(once).toBeGreaterThan(0);

	await wire.click();
	const panel = page.getByTestId('evidence-panel');
	await expect(panel.getByTestId('evidence-count')).toHaveText(String(once));
	await expect(panel.getByTestId('near-copies').first()).toContainText(
		'Also in 2 other articles (near-copies, counted once per outlet)'
	);
	await page.screenshot({ path: 'test-results/screenshots/near-copies-evidence-1440x900.png' });
	await page.keyboard.press('Escape');

	await page.getByRole('combobox', { name: 'Near-copies' }).selectOption('all');
	await expect(page).toHaveURL(/copies=all/);
	await expect
		.poll(async () => Number(await wire.getAttribute('data-count')))
		.toBeGreaterThan(once);
	await expect(heatmap.locator('.subtitle')).toContainText('every near-copy counted');
});
