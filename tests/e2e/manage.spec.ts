import { expect, test, type Page } from '@playwright/test';

// The end-to-end store holds only the seeds and other specs rely on their outlets as imported,
// so every change made here is undone before the test ends, even when it fails half-way.

/** The outlets table's row for one outlet, matched on the whole name. */
const outletRow = (page: Page, name: string) => page.locator(`tbody tr[data-outlet="${name}"]`);

interface OutletFields {
	name?: string;
	country?: string;
	/** A type from the list, by its value. */
	type?: string;
	/** A type typed in the box beside the list. */
	otherType?: string;
	keepOldName?: boolean;
}

/** Edits one outlet through the page, as a user would, and waits for the table to show it saved. */
async function editOutlet(page: Page, name: string, fields: OutletFields): Promise<void> {
	await page.goto('/outlets');
	await page.getByRole('link', { name: `Edit ${name}`, exact: true }).click();
	await expect(page).toHaveURL(/[?&]edit=\d+/);
	const row = page.locator('tr.editing');
	if (fields.name !== undefined) await row.getByLabel('Name', { exact: true }).fill(fields.name);
	if (fields.keepOldName !== undefined)
		await row.getByRole('checkbox', { name: /If renamed, keep/ }).setChecked(fields.keepOldName);
	if (fields.country !== undefined) await row.getByLabel('Country').fill(fields.country);
	if (fields.type !== undefined)
		await row.getByLabel('Type', { exact: true }).selectOption(fields.type);
	await row.getByLabel('Other type').fill(fields.otherType ?? '');
	await row.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/outlets#outlet-\d+$/);
	await expect(page.locator('tr.editing')).toHaveCount(0);
}

test('the corpora page lists the seed corpus with its size, dates and coding, and keeps it', async ({
	page
}) => {
	await page.goto('/corpora');
	await expect(page.getByRole('heading', { level: 1, name: 'Corpora' })).toBeVisible();
	const seeds = page.locator('tr[data-corpus="seeds"]');
	await expect(seeds.getByRole('rowheader')).toContainText('Seed corpus');
	await expect(seeds.getByText('seed corpus', { exact: true })).toBeVisible();
	await expect(seeds.locator('td').nth(0)).toHaveText('5');
	await expect(seeds.locator('td').nth(1)).toHaveText('5');
	await expect(seeds.getByText('Oct 2015 – Dec 2017')).toBeVisible();
	// The seed corpus cannot be deleted: no delete link, and its delete page says why.
	await expect(seeds.getByRole('link', { name: /Delete/ })).toHaveCount(0);
	await expect(seeds.getByText('Always kept')).toBeVisible();
	await seeds.getByRole('link', { name: 'Seed corpus' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(
		page.getByRole('heading', { name: 'Which outlet emphasises which frame' })
	).toBeVisible();
	await page.goto('/corpora');
	await page.screenshot({ path: 'test-results/screenshots/corpora-1440x900.png', fullPage: true });
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/corpora-1280x720.png' });

	const deletePage = await page.goto('/corpora/seeds/delete');
	expect(deletePage?.status()).toBe(200);
	await expect(
		page.getByRole('heading', { name: 'The seed corpus cannot be deleted' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
});

test('after a view codes the seed corpus, the corpora page names its codebook as current', async ({
	page
}) => {
	await page.goto('/');
	await page.goto('/corpora');
	const coding = page.locator('tr[data-corpus="seeds"] td.coding');
	await expect(coding).toContainText(/default v\d/);
	await expect(coding.getByText('current', { exact: true })).toBeVisible();
});

test('an outlet’s country and type are edited in the table and still shown after a reload', async ({
	page
}) => {
	const name = 'World Israel News';
	try {
		await editOutlet(page, name, { country: 'Israel', type: 'public' });
		await page.reload();
		let row = outletRow(page, name);
		await expect(row.locator('td.country')).toHaveText('Israel');
		await expect(row.locator('td.type')).toHaveText('public');
		await page.screenshot({
			path: 'test-results/screenshots/outlets-1440x900.png',
			fullPage: true
		});

		// A type not in the list is typed beside it.
		await editOutlet(page, name, { otherType: 'news site' });
		await page.reload();
		row = outletRow(page, name);
		await expect(row.locator('td.type')).toHaveText('news site');
		await expect(row.locator('td.country')).toHaveText('Israel');
	} finally {
		await editOutlet(page, name, { country: '', type: 'private' });
	}
	const row = outletRow(page, name);
	await expect(row.locator('td.country')).toHaveText('—');
	await expect(row.locator('td.type')).toHaveText('private');
});

test('ticked outlets get a type and a country at once, and the rest keep theirs', async ({
	page
}) => {
	test.setTimeout(90_000);
	const ticked = ['RT', 'Sputnik'];
	await page.goto('/outlets');
	const read = async (name: string) => ({
		type: (await outletRow(page, name).locator('td.type').textContent())!.trim(),
		country: (await outletRow(page, name).locator('td.country').textContent())!.trim()
	});
	const was = new Map([
		['RT', await read('RT')],
		['Sputnik', await read('Sputnik')]
	]);
	const before = (await read('World Israel News')).type;
	try {
		for (const name of ticked)
			await page.getByRole('checkbox', { name: `Tick ${name}`, exact: true }).check();
		await page.getByRole('combobox', { name: 'type' }).selectOption('state-affiliated');
		await page.getByRole('combobox', { name: 'country' }).fill('Russia');
		await page.getByRole('button', { name: 'Set for the ticked outlets' }).click();
		await expect(
			page.getByText('Set type state-affiliated and country Russia for 2 outlets: RT, Sputnik.')
		).toBeVisible();
		for (const name of ticked) {
			await expect(outletRow(page, name).locator('td.type')).toHaveText('state-affiliated');
			await expect(outletRow(page, name).locator('td.country')).toHaveText('Russia');
		}
		await expect(outletRow(page, 'World Israel News').locator('td.type')).toHaveText(before);

		// Nothing ticked: refused, and nothing changes.
		await page.getByRole('combobox', { name: 'type' }).selectOption('public');
		await page.getByRole('button', { name: 'Set for the ticked outlets' }).click();
		await expect(page.getByText('Tick the outlets to describe.')).toBeVisible();
		await expect(outletRow(page, 'RT').locator('td.type')).toHaveText('state-affiliated');
	} finally {
		for (const [name, { type, country }] of was)
			await editOutlet(page, name, {
				country: country === '—' ? '' : country,
				type: type === '—' ? '' : type
			});
	}
});

test('a name another outlet has is refused with a message naming the field', async ({ page }) => {
	await page.goto('/outlets');
	await page.getByRole('link', { name: 'Edit Sputnik', exact: true }).click();
	const row = page.locator('tr.editing');
	await row.getByLabel('Name', { exact: true }).fill('rt');
	await row.getByRole('button', { name: 'Save' }).click();
	const name = row.getByLabel('Name', { exact: true });
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription(
		'Another outlet is already called “RT” (names are compared ignoring case).'
	);
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.screenshot({ path: 'test-results/screenshots/outlets-refused-1280x720.png' });
	await page.goto('/outlets');
	await expect(outletRow(page, 'Sputnik')).toHaveCount(1);
});

test('renaming an outlet renames its heatmap row on the overview, and renaming it back restores it', async ({
	page
}) => {
	const heatmapCells = (outlet: string) =>
		page.locator(`[data-chart="heatmap"] a[data-outlet="${outlet}"]`);
	await page.goto('/');
	await expect(heatmapCells('Sputnik')).toHaveCount(3);
	try {
		await editOutlet(page, 'Sputnik', { name: 'Sputnik International' });
		// The old name is kept as an alias, so imports that spell it so land on the outlet.
		const row = outletRow(page, 'Sputnik International');
		await expect(
			row.getByRole('button', { name: 'Remove the alias Sputnik of Sputnik International' })
		).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Renamed' })).toHaveText(
			'✓ Renamed Sputnik to Sputnik International; “Sputnik” is kept as an alias.'
		);

		await page.goto('/');
		await expect(heatmapCells('Sputnik International')).toHaveCount(3);
		await expect(heatmapCells('Sputnik')).toHaveCount(0);
		await expect(
			page.locator('[data-chart="heatmap"] text', { hasText: /^Sputnik International$/ })
		).toHaveCount(1);
	} finally {
		await editOutlet(page, 'Sputnik International', { name: 'Sputnik', keepOldName: false });
	}
	// Back to its name, it has no alias left: "Sputnik" is its name again.
	await expect(outletRow(page, 'Sputnik').locator('.aliases')).toHaveCount(0);
	await page.goto('/');
	await expect(heatmapCells('Sputnik')).toHaveCount(3);
	await expect(heatmapCells('Sputnik International')).toHaveCount(0);
});
