import { expect, test, type Page } from '@playwright/test';

const PEOPLES_VOICE = "The People's Voice (formerly YourNewsWire)";
const SEED_OUTLETS = [
	'interiordesignfuture.com',
	'RT',
	'Sputnik',
	PEOPLES_VOICE,
	'World Israel News'
];

/** The outlet names of the columns, left to right. */
const columnHeads = (page: Page) => page.locator('[data-column-head]');
const picker = (page: Page) => page.getByRole('group', { name: 'Outlets side by side' });
/** Users click the chip's label; the checkbox inside is visually hidden. */
const chip = (page: Page, outlet: string) =>
	picker(page)
		.locator('label')
		.filter({ has: page.getByRole('checkbox', { name: outlet, exact: true }) });
const outletsInUrl = (page: Page) => new URL(page.url()).searchParams.getAll('outlet');
const escape = (value: string) => value.replaceAll('"', '\\"');

/** Opens a page and waits until it has hydrated, so the picker and the finder respond. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

test('by default four outlets stand side by side and a storyline lines up three or more of them', async ({
	page
}) => {
	await open(page, '/compare');
	await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
	await expect(page.getByTestId('outlet-note')).toContainText(
		'Showing 4 of 5 outlets, those telling the most storylines — pick others above.'
	);
	await expect(columnHeads(page)).toHaveCount(4);
	await expect(columnHeads(page)).toHaveText([
		/^RT/,
		/^Sputnik/,
		/^The People's Voice/,
		/^World Israel News/
	]);
	await expect(page.getByText(/codebook default v1\.1\.4/)).toBeVisible();

	const first = page.locator('[data-storyline]').first();
	expect(Number(await first.getAttribute('data-outlets-covered'))).toBeGreaterThanOrEqual(3);
	const filled = first.locator('[data-outlet]').filter({ has: page.locator('[data-unit]') });
	expect(await filled.count()).toBeGreaterThanOrEqual(3);
	await expect(first.locator('.cue').first()).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/compare-1440x900.png' });
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/compare-1280x720.png' });
});

test('all five outlets chosen in the URL give five columns, with an absence said in words', async ({
	page
}) => {
	const search = SEED_OUTLETS.map((outlet) => `outlet=${encodeURIComponent(outlet)}`).join('&');
	await page.goto(`/compare?${search}`);
	await expect(columnHeads(page)).toHaveCount(5);
	const rows = page.locator('[data-storyline]');
	expect(await rows.count()).toBeGreaterThan(0);
	const covered = await rows.evaluateAll((sections) =>
		sections.map((section) => Number(section.getAttribute('data-outlets-covered')))
	);
	expect(covered[0]).toBeGreaterThanOrEqual(3);
	expect(covered).toEqual([...covered].sort((a, b) => b - a));
	// The content farm tells none of the storylines: each row says so in its column.
	await expect(rows.first().locator('[data-outlet="interiordesignfuture.com"] .absent')).toHaveText(
		"Not in interiordesignfuture.com's articles"
	);
});

test('choosing Sputnik and RT in the picker updates the URL and the columns; back steps back', async ({
	page
}) => {
	await open(page, '/compare');
	await chip(page, 'World Israel News').click();
	await expect.poll(() => outletsInUrl(page)).toEqual(['RT', 'Sputnik', PEOPLES_VOICE]);
	await expect(columnHeads(page)).toHaveCount(3);
	await chip(page, PEOPLES_VOICE).click();
	await expect.poll(() => outletsInUrl(page)).toEqual(['RT', 'Sputnik']);
	await expect(columnHeads(page)).toHaveText([/^RT/, /^Sputnik/]);

	// Two is the least: the two ticked outlets cannot be unticked.
	await expect(picker(page).getByRole('checkbox', { name: 'RT', exact: true })).toBeDisabled();
	await expect(picker(page).getByRole('checkbox', { name: 'Sputnik', exact: true })).toBeDisabled();
	await expect(page.getByTestId('outlet-note')).toContainText('keeps at least 2 outlets');
	await expect(page.locator('[data-storyline]').first().locator('[data-outlet]')).toHaveCount(2);
	await page.screenshot({ path: 'test-results/screenshots/compare-sputnik-rt-1440x900.png' });

	await page.goBack();
	await expect.poll(() => outletsInUrl(page)).toEqual(['RT', 'Sputnik', PEOPLES_VOICE]);
	await expect(columnHeads(page)).toHaveCount(3);
	await page.goForward();
	await expect(columnHeads(page)).toHaveCount(2);
});

test('Sputnik beside RT on the start of the air campaign: RT tells it, Sputnik leaves it out', async ({
	page
}) => {
	await open(page, '/compare?outlet=Sputnik&outlet=RT');
	// The storyline of 30 September: told by RT and others, not by Sputnik; it still has its row.
	const row = page
		.locator('[data-storyline]')
		.filter({ has: page.getByText(/launched|began its air/) })
		.filter({ hasText: /September 30/ });
	await expect(row).toHaveCount(1);
	await expect(row.locator('[data-outlet="RT"]')).toContainText('September 30');
	await expect(row.locator('[data-outlet="Sputnik"] .absent')).toHaveText(
		"Not in Sputnik's articles"
	);
	await expect(row).toContainText(/Also told by/);
	await row.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/screenshots/compare-air-campaign-1440x900.png' });
});

test('the one-frame mode counts for Sputnik what the heatmap counts and lists as many quotes', async ({
	page
}) => {
	await page.goto('/');
	const heatmapCount = Number(
		await page
			.locator('[data-chart="heatmap"] a[data-outlet="Sputnik"][data-frame="cooperation_urged"]')
			.getAttribute('data-count')
	);
	expect(heatmapCount).toBeGreaterThan(0);

	await open(page, '/compare?outlet=Sputnik&outlet=RT');
	await page
		.getByRole('navigation', { name: 'Compare by' })
		.getByRole('link', { name: 'One frame' })
		.click();
	await expect(page).toHaveURL(/mode=frame/);
	await page
		.getByRole('navigation', { name: 'Frame to compare' })
		.getByRole('link', { name: 'cooperation urged' })
		.click();
	await expect(page).toHaveURL(/focus=cooperation_urged/);

	const head = page.locator('[data-column-head][data-outlet="Sputnik"] [data-count]');
	const count = Number(await head.getAttribute('data-count'));
	const coded = Number(await head.getAttribute('data-coded'));
	expect(count).toBe(heatmapCount);
	await expect(head).toHaveText(
		`${count} of ${coded} coded sentences (${Math.round((count / coded) * 100)}%)`
	);
	const column = page.locator('[data-column][data-outlet="Sputnik"]');
	await expect(column.locator('[data-unit]')).toHaveCount(count);
	await expect(column.locator('[data-frames="cooperation_urged"]')).toHaveCount(count);
	await page.screenshot({ path: 'test-results/screenshots/compare-frame-1440x900.png' });
});

test('a storyline heading opens that storyline alone, with a way back to all of them', async ({
	page
}) => {
	await open(page, '/compare');
	const first = page.locator('[data-storyline]').first();
	const key = await first.getAttribute('data-storyline');
	await first.getByRole('heading', { level: 2 }).getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`storyline=${key}`));
	await expect(page.locator('[data-storyline]')).toHaveCount(1);
	await expect(page.locator(`[data-storyline="${escape(key!)}"]`)).toBeVisible();
	await page.getByRole('link', { name: '← All storylines' }).click();
	await expect(page).not.toHaveURL(/storyline=/);
	expect(await page.locator('[data-storyline]').count()).toBeGreaterThan(1);
});

test('finding a storyline narrows the rows to those that mention the words', async ({ page }) => {
	await open(page, '/compare');
	const total = await page.locator('[data-storyline]').count();
	await page.getByLabel('Find a storyline').fill('airstrikes');
	await expect(page.getByTestId('storyline-count')).toContainText(`of ${total} storylines match`);
	const shown = await page.locator('[data-storyline]').count();
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThan(total);

	// The finder is in the URL: a reload, or the link copied, opens the same rows.
	await expect(page).toHaveURL(/find=airstrikes/);
	await page.reload();
	await expect(page.getByLabel('Find a storyline')).toHaveValue('airstrikes');
	await expect(page.locator('[data-storyline]')).toHaveCount(shown);
	await page.getByLabel('Find a storyline').fill('');
	await expect(page).not.toHaveURL(/find=/);
	await expect(page.locator('[data-storyline]')).toHaveCount(total);
});

test('a read-in-context link opens the article at that sentence', async ({ page }) => {
	await open(page, '/compare?outlet=Sputnik&outlet=RT');
	const link = page.getByTestId('read-in-context').first();
	// Server-rendered links are relative (`./articles/…`) until the page hydrates.
	const href = await link.getAttribute('href');
	const [, id, ordinal] = /articles\/(\d+)#unit-(\d+)$/.exec(href ?? '') ?? [];
	expect(id).toBeDefined();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/articles/${id}#unit-${ordinal}$`));
	await expect(page.locator(`#unit-${ordinal}`)).toBeVisible();
});

test('a reload keeps the chosen outlets and the mode', async ({ page }) => {
	await open(page, '/compare');
	await chip(page, 'World Israel News').click();
	await expect.poll(() => outletsInUrl(page)).toEqual(['RT', 'Sputnik', PEOPLES_VOICE]);
	await page
		.getByRole('navigation', { name: 'Compare by' })
		.getByRole('link', { name: 'One frame' })
		.click();
	await expect(page).toHaveURL(/mode=frame/);

	await page.reload();
	await expect(columnHeads(page)).toHaveText([/^RT/, /^Sputnik/, /^The People's Voice/]);
	await expect(
		page.getByRole('navigation', { name: 'Compare by' }).getByRole('link', { name: 'One frame' })
	).toHaveAttribute('aria-current', 'page');
	await expect(page.locator('[data-column]')).toHaveCount(3);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/compare-frame-1280x720.png' });
});
