import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The corpus table's row for one outlet, matched on the whole outlet name. */
const rowFor = (page: Page, outlet: string) =>
	page
		.getByRole('row')
		.filter({ has: page.locator('.outlet', { hasText: new RegExp(`^${outlet}$`) }) });

const SEED_OUTLETS = [
	'Sputnik',
	'World Israel News',
	"The People's Voice (formerly YourNewsWire)",
	'interiordesignfuture.com',
	'RT'
];

test('the articles page lists the five seed articles with their outlets', async ({ page }) => {
	await page.goto('/articles');
	await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(6); // header + five articles
	const outlets = await page.locator('tbody .outlet').allTextContents();
	expect(outlets.sort()).toEqual([...SEED_OUTLETS].sort());
	// Oldest first: RT on 13 Oct 2015 before the People's Voice two days later.
	expect(outlets[0]).toBe('RT');
	await expect(page.getByText('Oct 2015 – Dec 2017')).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/articles-1440x900.png', fullPage: true });
});

test('articles without a title get one derived from their first sentence, marked as such', async ({
	page
}) => {
	await page.goto('/articles');
	const sputnik = rowFor(page, 'Sputnik');
	await expect(sputnik.getByText('derived title')).toBeVisible();
	await expect(sputnik.getByRole('link')).toHaveText(
		/^Direct military cooperation between the United States and Russia/
	);
	const wiN = rowFor(page, 'World Israel News');
	await expect(wiN.getByText('derived title')).toHaveCount(0);
});

test('an article page shows its metadata and its text exactly as read', async ({ page }) => {
	await page.goto('/articles');
	await rowFor(page, 'RT').getByRole('link').click();
	await expect(page).toHaveURL(/\/articles\/\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Islamic State has called');
	const about = page.getByRole('complementary', { name: 'About this article' });
	await expect(about).toContainText('state-affiliated');
	await expect(about).toContainText('13 Oct 2015');
	await expect(about.getByRole('link', { name: /rt\.com\/news\/318614/ })).toHaveAttribute(
		'rel',
		/noopener/
	);
	const shown = await page.getByTestId('article-text').textContent();
	expect(shown).toBe(readFileSync('seeds/004_a942e54b00490a9e.txt', 'utf8'));
	await page.screenshot({ path: 'test-results/screenshots/article-1440x900.png', fullPage: true });
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/article-1280x720.png' });
});

test('the breadcrumb leads back to the corpus and keyboard users can skip to the content', async ({
	page
}) => {
	await page.goto('/articles');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await rowFor(page, 'Sputnik').getByRole('link').click();
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('unknown articles and corpora get a 404 page that says so', async ({ page }) => {
	const missing = await page.goto('/articles/99999');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
	await expect(page.getByText('There is no article 99999.')).toBeVisible();
	const noCorpus = await page.goto('/?corpus=nope');
	expect(noCorpus?.status()).toBe(404);
	await expect(page.getByText('There is no corpus called “nope”.')).toBeVisible();
});
