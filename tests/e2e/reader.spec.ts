import { expect, test, type Page } from '@playwright/test';

// The seeds are imported in file order into a fresh store, so their ids are fixed: 1 is Sputnik's
// article (furniture before and after the text), 3 the People's Voice's (coded with all frames).
const SPUTNIK = '/articles/1';
const PEOPLES_VOICE = '/articles/3';

const articleText = (page: Page) => page.getByTestId('article-text');
const codePanel = (page: Page) => page.getByTestId('code-panel');

test('the reader highlights every coded sentence and counts them in its summary', async ({
	page
}) => {
	await page.goto(PEOPLES_VOICE);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Pentagon Threaten');
	const summary = (await page.getByTestId('reader-summary').textContent())?.replace(/\s+/g, ' ');
	expect(summary?.trim()).toBe(
		'17 sentences · 12 coded (3 cooperation urged, 9 cooperation refused, 3 accusation)'
	);
	const coded = Number(/· (\d+) coded/.exec(summary ?? '')?.[1]);
	expect(coded).toBeGreaterThan(0);
	await expect(articleText(page).locator('[data-frames]:not([data-frames=""])')).toHaveCount(coded);
	await expect(articleText(page).getByRole('button', { name: /^Coded / })).toHaveCount(coded);
	await expect(page.getByText('Codes are automatic (codebook default v1.1.4)')).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/reader-1440x900.png' });
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/reader-1280x720.png' });
});

test('a cue is underlined in its frame colour inside a coded sentence', async ({ page }) => {
	await page.goto(PEOPLES_VOICE);
	const unit = articleText(page).locator('#unit-2');
	await expect(unit).toHaveAttribute('data-frames', 'cooperation_refused');
	const cue = unit.locator('.cue');
	await expect(cue).toHaveText('thwart');
	await expect(cue).toHaveCSS('text-decoration-line', 'underline');
	await expect(cue).toHaveCSS('text-decoration-style', 'solid');
	await expect(cue).toHaveCSS('text-decoration-color', 'rgb(213, 94, 0)');
	// A sentence with two frames underlines its cues in both colours.
	const both = articleText(page).locator('#unit-4');
	await expect(both).toHaveAttribute('data-frames', 'accusation cooperation_refused');
	await expect(both.locator('.cue[data-frame="accusation"]').first()).toHaveText('malign');
	await expect(both.locator('.cue[data-frame="cooperation_refused"]')).toHaveText('deter');
});

test('selecting a coded sentence shows its frame, cues, rule, source and targets', async ({
	page
}) => {
	await page.goto(PEOPLES_VOICE);
	await expect(codePanel(page)).toContainText('Select a highlighted sentence');
	await articleText(page).locator('#unit-3').click();
	await expect(page).toHaveURL(/\/articles\/3#unit-3$/);
	const panel = codePanel(page);
	await expect(panel).toContainText('Cooperation refused');
	await expect(panel).toContainText('counter their mission');
	await expect(panel).toContainText('rule counter-campaign');
	await expect(panel).toContainText('United States → Russia');
	await expect(panel).toContainText(/\d+% confidence/);
	await expect(articleText(page).locator('#unit-3')).toHaveAttribute('aria-pressed', 'true');

	// Keyboard users reach the same panel with Enter; the step buttons walk the coded sentences.
	await articleText(page).locator('#unit-6').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#unit-6$/);
	await expect(panel).toContainText('rule accuse');
	await panel.getByRole('button', { name: 'Next coded →' }).click();
	await expect(page).toHaveURL(/#unit-8$/);
	await page.goBack();
	await expect(page).toHaveURL(/#unit-6$/);
	await expect(panel).toContainText('rule accuse');
});

test('site furniture is folded by default and opens on request', async ({ page }) => {
	await page.goto(SPUTNIK);
	const furniture = articleText(page).locator('[data-kind="boilerplate"]');
	await expect(furniture).toHaveCount(2);
	await expect(furniture.first()).toBeHidden();
	const toggle = articleText(page).getByRole('button', { name: 'Site furniture · 6 lines — show' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(furniture.first()).toBeVisible();
	await expect(furniture.last()).toBeHidden();
	await expect(
		articleText(page).getByRole('button', { name: 'Site furniture · 6 lines — hide' })
	).toHaveAttribute('aria-expanded', 'true');

	await page.getByLabel('Show site furniture').check();
	await expect(furniture.last()).toBeVisible();
	await expect(articleText(page).getByRole('button', { name: /^Site furniture/ })).toHaveCount(0);
	await page.getByLabel('Show site furniture').uncheck();
	await expect(furniture.last()).toBeHidden();
});

test('a link to #unit-N highlights that unit and selects it when coded', async ({ page }) => {
	await page.goto(`${PEOPLES_VOICE}#unit-13`);
	const coded = articleText(page).locator('#unit-13');
	await expect(coded).toBeInViewport();
	await expect(coded).toHaveCSS('outline-style', 'solid');
	await expect(codePanel(page)).toContainText('rule negated-delegation');
	await page.screenshot({ path: 'test-results/screenshots/reader-unit-1440x900.png' });

	// An uncoded unit is marked too, and the panel says nothing is selected.
	await page.goto(`${PEOPLES_VOICE}#unit-7`);
	const uncoded = articleText(page).locator('#unit-7');
	await expect(uncoded).toHaveAttribute('data-frames', '');
	await expect(uncoded).toHaveCSS('background-color', 'rgb(255, 241, 191)');
	await expect(codePanel(page)).toContainText('Select a highlighted sentence');
	await expect(codePanel(page).getByRole('button', { name: 'Next coded →' })).toBeEnabled();
});

test('a learned code names the words that explain it and the model as its rule', async ({
	page
}) => {
	// Seed 5 is RT's: Putin calling terrorism a threat to both powers is coded by the model alone.
	await page.goto('/articles/5');
	const unit = articleText(page).locator('[id^="unit-"]', {
		hasText: 'What we are trying to achieve'
	});
	await unit.click();
	const panel = codePanel(page);
	await expect(panel).toContainText('Cooperation urged');
	await expect(panel).toContainText('rule learned · ');
	const words = await panel.locator('.cues q').allTextContents();
	expect(words.length).toBeGreaterThan(0);
	for (const word of words) expect(['is', 'the', 'to', 'a']).not.toContain(word.trim());
});
