// The briefing as a new user builds it from the seeds: pin the heatmap, one storyline of the
// compare view and two quotes; caption, reorder and remove; present; export the PDF and the PNGs.
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';

async function newBriefing(page: Page, name: string) {
	await page.goto('/briefings');
	// Typed before the page hydrates, the name can be reset by it (seen under CI load).
	await page.waitForLoadState('networkidle');
	await page.getByLabel('New briefing').fill(name);
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByLabel('Briefing name')).toHaveValue(name);
	return page.url();
}

async function downloaded(page: Page, button: string) {
	const waiting = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const file = await waiting;
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const pngSize = (bytes: Uint8Array) => {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
};

test('a briefing of the heatmap, a storyline and two quotes presents and exports as slides', async ({
	page
}) => {
	test.setTimeout(90_000);
	const briefingUrl = await newBriefing(page, 'Syria talks, week 47');

	// The heatmap, pinned from its Export menu.
	await page.goto('/');
	const heatmap = page.locator('[data-chart="heatmap"]');
	await heatmap.locator('details.export summary').click();
	await heatmap.getByRole('button', { name: 'Pin to briefing' }).click();
	await expect(heatmap.getByRole('status')).toHaveText(
		'Pinned to “Syria talks, week 47” (item 1).'
	);

	// Two quotes from the evidence behind The People's Voice × cooperation refused.
	await heatmap.locator('summary').click();
	await heatmap.locator('a[data-outlet^="The People"][data-frame="cooperation_refused"]').click();
	const panel = page.getByTestId('evidence-panel');
	const pins = panel.getByRole('button', { name: 'Pin to briefing' });
	await pins.nth(0).click();
	await expect(panel.getByRole('status').nth(0)).toHaveText(/\(item 2\)/);
	await pins.nth(4).click();
	await expect(panel.getByRole('status').nth(4)).toHaveText(/\(item 3\)/);

	// The first storyline of the compare view.
	await page.goto('/compare');
	const band = page.locator('[data-storyline]').first();
	const label = (await band.locator('h2').textContent())!.trim();
	await band.getByRole('button', { name: 'Pin to briefing' }).click();
	await expect(band.getByRole('status')).toHaveText(/\(item 4\)/);

	await page.goto(briefingUrl);
	const items = page.locator('li.item');
	await expect(items).toHaveCount(4);
	await expect(items.nth(0).locator('[data-chart="heatmap"] a[data-count]')).toHaveCount(15);
	await expect(items.nth(3)).toContainText(label);

	// Caption the heatmap, move the storyline up to second place, survive a reload.
	await page.getByLabel('Caption for item 1').fill('Only one outlet refuses cooperation outright.');
	await page.getByRole('button', { name: 'Save caption' }).first().click();
	await page.getByRole('button', { name: 'Move item 4 up' }).click();
	await expect(items.nth(2)).toContainText(label);
	await page.getByRole('button', { name: 'Move item 3 up' }).click();
	await expect(items.nth(1)).toContainText(label);
	await page.reload();
	await expect(page.getByLabel('Caption for item 1')).toHaveValue(
		'Only one outlet refuses cooperation outright.'
	);
	await expect(items.nth(1)).toHaveAttribute('data-kind', 'storyline');

	// Present: one item per slide, arrows and Escape, slide numbers.
	await page.getByRole('button', { name: 'Present' }).click();
	const presenter = page.getByRole('dialog');
	await expect(presenter.locator('.number')).toHaveText('1 / 4');
	await expect(presenter.locator('img')).toHaveAttribute(
		'alt',
		/^Slide 1: Which outlet emphasises/
	);
	await page.keyboard.press('ArrowRight');
	await expect(presenter.locator('.number')).toHaveText('2 / 4');
	await expect(presenter.locator('img')).toHaveAttribute('alt', /^Slide 2: Storyline/);
	await page.keyboard.press('End');
	await expect(presenter.locator('.number')).toHaveText('4 / 4');
	await page.keyboard.press('ArrowRight');
	await expect(presenter.locator('.number')).toHaveText('4 / 4');
	await page.keyboard.press('Escape');
	await expect(presenter).toHaveCount(0);

	// The PDF: one 16:9 page per item.
	const pdf = await downloaded(page, 'Export PDF');
	expect(pdf.name).toMatch(/^parallax-briefing-syria-talks-week-47-\d{4}-\d{2}-\d{2}\.pdf$/);
	const text = pdf.bytes.toString('latin1');
	expect(text.startsWith('%PDF-')).toBe(true);
	expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(4);
	expect(text.match(/\/MediaBox\s*\[\s*0 0 960 540\s*\]/g)).toHaveLength(4);

	// The ZIP: four 2× PNGs in order and sources.csv.
	const zip = unzipSync(new Uint8Array((await downloaded(page, 'Export PNGs (ZIP)')).bytes));
	const names = Object.keys(zip).sort();
	expect(names).toHaveLength(5);
	expect(names[0]).toMatch(/^slide-01-heatmap-/);
	expect(names[1]).toMatch(/^slide-02-storyline-/);
	expect(names[2]).toMatch(/^slide-03-quote-the-people-s-voice/);
	for (const png of names.filter((name) => name.endsWith('.png')))
		expect(pngSize(zip[png]!)).toEqual([2560, 1440]);
	const sources = new TextDecoder()
		.decode(zip['sources.csv'])
		.replace(/^\uFEFF/, '')
		.split('\r\n');
	expect(sources[0]).toBe(
		'slide,kind,caption,chart,corpus,filters,outlet,article_id,article_title,article_date,article_url,quote'
	);
	expect(sources[1]).toMatch(
		/^1,chart,Only one outlet refuses cooperation outright\.,Which outlet emphasises which frame,Seed corpus,5 of 5 outlets · all 3 frames · all dates · 5 articles · http/
	);
	expect(sources.filter((line) => line.startsWith('4,quote,'))).toHaveLength(1);
	expect(sources.some((line) => line.includes('agree to cooperate with Russia'))).toBe(true);

	// Removing an item renumbers the rest.
	await page.getByRole('button', { name: 'Remove item 2' }).click();
	await expect(items).toHaveCount(3);
	await expect(items.nth(1)).toHaveAttribute('data-kind', 'quote');
});

test('a pin with a wrong chart name is refused, naming the field at fault', async ({ request }) => {
	const answer = await request.post('/briefings/pins', {
		data: { pin: { kind: 'chart', chart: 'pie', corpus: 'seeds', query: '', title: 'x' } }
	});
	expect(answer.status()).toBe(400);
	expect((await answer.json()).message).toContain(
		'pin.chart must be one of heatmap, bars, timeline, network'
	);
});
