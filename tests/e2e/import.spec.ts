// Importing a corpus from the browser: files picked through the labelled input, the mapping and
// the validation report shown before anything is written, import or cancel.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string;

test.beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-import-e2e-'));
});

test.afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Writes a fixture the test made itself and returns its path. */
function fixture(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

const csvLine = (cells: string[]) =>
	cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');

/** Six articles from three outlets, worded so the codebook codes some of their sentences. */
const TALKS = [
	['Moscow urged Washington to cooperate against ISIS in Syria.', 'RT', '2017-03-10'],
	['The Pentagon refused to cooperate with Russia in Syria.', 'BBC', '2017-03-11'],
	['Officials said both sides should join forces against terrorism.', 'Sputnik', '2017-03-12'],
	['Russia accused the United States of supporting terrorists.', 'RT', '2017-03-13'],
	['Talks between the two delegations continued in Geneva.', 'BBC', '2017-03-14'],
	['Washington rejected the Russian offer of joint operations.', 'Sputnik', '2017-03-15']
];

const fileInput = (page: Page) => page.getByLabel('Choose files to import');

/** Opens the import page and waits until its script takes files (the input is disabled before). */
async function openImport(page: Page) {
	await page.goto('/import');
	await expect(fileInput(page)).toBeEnabled();
}
const corpusSwitcher = (page: Page) => page.getByRole('combobox', { name: 'Corpus' });
const reportHeading = (page: Page) => page.getByRole('heading', { name: 'Validation report' });
const total = (page: Page, key: string) => page.locator(`[data-total="${key}"] dd`);

/** The corpus switcher's options, as the overview lists them. */
async function corpusOptions(page: Page): Promise<string[]> {
	await page.goto('/');
	return corpusSwitcher(page).locator('option').allTextContents();
}

/** The id of the upload the page starts, read from the server's answer. */
function uploadIdOf(page: Page): Promise<string> {
	return page
		.waitForResponse(
			(response) =>
				response.request().method() === 'POST' && /\/import\/uploads$/.test(response.url())
		)
		.then(async (response) => ((await response.json()) as { id: string }).id);
}

const uploadFolder = (id: string) => join(tmpdir(), 'parallax-uploads', id);

test('a good CSV imports as a new corpus whose overview shows its outlets', async ({ page }) => {
	const path = fixture(
		'talks.csv',
		[csvLine(['text', 'outlet', 'date']), ...TALKS.map(csvLine)].join('\n')
	);
	await openImport(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Import a corpus' })).toBeVisible();
	await fileInput(page).focus();
	await expect(fileInput(page)).toBeFocused();
	await page.screenshot({ path: 'test-results/screenshots/import-1440x900.png' });

	await fileInput(page).setInputFiles(path);
	await expect(reportHeading(page)).toBeVisible();
	await expect(page.getByRole('heading', { name: '6 rows read from 1 file' })).toBeVisible();
	await expect(total(page, 'good')).toHaveText('6');
	await expect(total(page, 'bad')).toHaveText('0');
	const file = page.locator('[data-file="talks.csv"]');
	await expect(file.getByRole('combobox', { name: 'Text', exact: true })).toHaveValue('text');
	await expect(file.getByRole('combobox', { name: 'Outlet', exact: true })).toHaveValue('outlet');
	await expect(file.getByRole('combobox', { name: 'Date', exact: true })).toHaveValue('date');
	await expect(file.getByText('2017-03-10 → 10 Mar 2017')).toBeVisible();
	await expect(file.getByRole('table')).toContainText(TALKS[0]![0]!);
	await expect(page.getByLabel('Corpus name')).toHaveValue('talks');
	await page.screenshot({
		path: 'test-results/screenshots/import-review-1440x900.png',
		fullPage: true
	});

	await page.getByLabel('Corpus name').fill('E2E talks');
	await page.getByRole('button', { name: 'Import 6 good rows' }).click();
	// A store that already holds an "e2e-talks" (a rerun on the same store) gets "e2e-talks-2".
	await expect(page).toHaveURL(/\/\?corpus=e2e-talks(-\d+)?$/);
	const slug = new URL(page.url()).searchParams.get('corpus')!;
	await expect(corpusSwitcher(page)).toHaveValue(slug);
	await expect(corpusSwitcher(page).locator('option:checked')).toHaveText('E2E talks (6)');
	const heatmap = page.locator('[data-chart="heatmap"]');
	for (const outlet of ['BBC', 'RT', 'Sputnik']) await expect(heatmap).toContainText(outlet);
	await expect(page.getByText('All 3 outlets')).toBeVisible();
	await page.screenshot({ path: 'test-results/screenshots/import-done-1440x900.png' });
});

test('a broken file shows every bad row with its field, and Cancel writes nothing', async ({
	page
}) => {
	const before = await corpusOptions(page);
	const path = fixture(
		'broken.csv',
		Buffer.concat([
			Buffer.from(
				[
					'text,outlet,date',
					'Moscow urged Washington to cooperate against ISIS in Syria.,RT,2017-01-05',
					',Sputnik,2017-01-06',
					'A story whose date is no date.,RT,yesterday',
					''
				].join('\n'),
				'utf8'
			),
			// One line saved from a Windows spreadsheet: "é" as the single byte 0xE9.
			Buffer.from('Le café de Damas is a Windows-1252 line.,France 24,2017-01-07\n', 'latin1'),
			Buffer.from('=HYPERLINK(1) starts like a formula and is kept as text.,RT,soon\n', 'utf8')
		])
	);
	await openImport(page);
	const upload = uploadIdOf(page);
	await fileInput(page).setInputFiles(path);
	await expect(reportHeading(page)).toBeVisible();
	const file = page.locator('[data-file="broken.csv"]');
	await expect(file).toContainText('Windows-1252');
	await expect(file.getByRole('table')).toContainText('Le café de Damas');
	await expect(total(page, 'good')).toHaveText('2');
	await expect(total(page, 'bad')).toHaveText('3');

	const rows = page
		.getByRole('region', { name: 'Validation report' })
		.getByRole('table')
		.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	const cells = async (index: number) =>
		(await rows.nth(index).locator('td').allTextContents()).map((cell) => cell.trim());
	expect(await cells(0)).toEqual([
		'broken.csv',
		'3',
		'text',
		'text is empty; the row holds no article'
	]);
	expect((await cells(1)).slice(0, 3)).toEqual(['broken.csv', '4', 'date']);
	expect((await cells(1))[3]).toMatch(/^"yesterday" is not a date Parallax can read/);
	expect((await cells(2)).slice(0, 3)).toEqual(['broken.csv', '6', 'date']);
	await expect(
		page.getByRole('button', { name: 'Import 2 good rows and skip the 3 listed' })
	).toBeEnabled();

	// Every problem downloads as CSV, one line per bad row.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download every problem as CSV' }).click()
	]);
	const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
	expect(csv.split('\r\n')).toEqual([
		'file,row,field,reason',
		'broken.csv,3,text,text is empty; the row holds no article',
		expect.stringMatching(/^broken\.csv,4,date,"""yesterday"" is not a date/),
		expect.stringMatching(/^broken\.csv,6,date,"""soon"" is not a date/)
	]);
	await page.screenshot({ path: 'test-results/screenshots/import-broken-1280x720.png' });

	const id = await upload;
	expect(existsSync(uploadFolder(id))).toBe(true);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('Import cancelled: nothing was written');
	await expect(fileInput(page)).toBeVisible();
	await expect.poll(() => existsSync(uploadFolder(id))).toBe(false);
	expect(await corpusOptions(page)).toEqual(before);
});

test('a file whose dates read either way asks for the order before it can be imported', async ({
	page
}) => {
	const path = fixture(
		'ambiguous.csv',
		[
			'text,outlet,date',
			'Moscow urged Washington to cooperate against ISIS in Syria.,RT,03/04/2017',
			'The Pentagon refused to cooperate with Russia in Syria.,BBC,04/05/2017'
		].join('\n')
	);
	await page.setViewportSize({ width: 1280, height: 720 });
	await openImport(page);
	await fileInput(page).setInputFiles(path);
	await expect(reportHeading(page)).toBeVisible();
	const question = page.getByRole('group', { name: /Which order do the dates in “date” use\?/ });
	await expect(question).toBeVisible();
	const dayFirst = question.getByRole('radio', { name: /D\/M\/Y/ });
	const monthFirst = question.getByRole('radio', { name: /M\/D\/Y/ });
	await expect(dayFirst).not.toBeChecked();
	await expect(monthFirst).not.toBeChecked();
	await expect(question).toContainText('03/04/2017 → 3 Apr 2017');
	await expect(question).toContainText('03/04/2017 → 4 Mar 2017');
	await expect(
		page.getByText('Say whether the dates put the day or the month first.')
	).toBeVisible();
	const importButton = page.getByRole('button', { name: /^Import/ });
	await expect(importButton).toBeDisabled();
	await page.screenshot({ path: 'test-results/screenshots/import-date-order-1280x720.png' });

	await dayFirst.check();
	await expect(importButton).toHaveText('Import 2 good rows');
	await expect(importButton).toBeEnabled();
	await expect(dayFirst).toBeChecked();
	await expect(page.getByText('Read day first, as you chose.')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('Import cancelled');
});

test('a slow upload shows its progress, and Cancel stops it and removes what arrived', async ({
	page
}) => {
	const path = fixture(
		'large.csv',
		'text,outlet\n' + `"${'A long article about talks in Geneva. '.repeat(60)}",RT\n`.repeat(1500)
	);
	await openImport(page);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	// About 256 kB/s up: the 3.5 MB file takes long enough to watch and cancel.
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: 256 * 1024
	});
	const upload = uploadIdOf(page);
	await fileInput(page).setInputFiles(path);
	const bar = page.getByRole('progressbar');
	await expect(bar).toBeVisible();
	await expect
		.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 10_000 })
		.toBeGreaterThan(0);
	await expect(bar).toHaveAttribute('aria-valuetext', /^\d+% — [\d.]+ (kB|MB) of 3\.\d MB$/);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('Import cancelled');
	await expect(bar).toHaveCount(0);
	const id = await upload;
	await expect.poll(() => existsSync(uploadFolder(id))).toBe(false);
});

test('changing the mapping reads the file again and updates the report', async ({ page }) => {
	const path = fixture(
		'unusual.csv',
		[
			csvLine(['headline', 'body', 'site', 'when', 'link']),
			...TALKS.slice(0, 3).map(([text, outlet, date], index) =>
				csvLine([`Headline ${index}`, text!, outlet!, date!, `https://www.example.org/${index}`])
			)
		].join('\n')
	);
	await openImport(page);
	await fileInput(page).setInputFiles(path);
	await expect(reportHeading(page)).toBeVisible();
	const file = page.locator('[data-file="unusual.csv"]');
	await expect(file.getByRole('combobox', { name: 'Text', exact: true })).toHaveValue('body');
	await expect(file.getByRole('combobox', { name: 'Outlet', exact: true })).toHaveValue('');
	await expect(file).toContainText(
		'No outlet column: each article’s outlet is the domain of its URL (column “link”)'
	);
	await expect(file).toContainText('No date column: the articles will be undated.');

	await file.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption('site');
	await expect(file).not.toContainText('No outlet column');
	await file.getByRole('combobox', { name: 'Date', exact: true }).selectOption('when');
	await expect(file.getByRole('heading', { name: 'Dates in “when”' })).toBeVisible();
	await expect(file.getByText('2017-03-10 → 10 Mar 2017')).toBeVisible();
	await expect(total(page, 'good')).toHaveText('3');
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('Import cancelled');
});

test('a large file shows the rows read as the server reads it, and Cancel stops the reading', async ({
	page
}) => {
	test.setTimeout(90_000);
	const lines = ['id,outlet,date,text'];
	for (let i = 0; i < 400_000; i++)
		lines.push(`${i},Outlet ${i % 7},2017-02-${String(1 + (i % 28)).padStart(2, '0')},Talks ${i}.`);
	const path = fixture('rows.csv', lines.join('\n'));
	const before = await corpusOptions(page);
	await openImport(page);
	const upload = uploadIdOf(page);
	await fileInput(page).setInputFiles(path);
	await expect(page.getByRole('heading', { name: 'Reading the files…' })).toBeVisible();
	const bar = page.getByRole('progressbar');
	await expect(bar).toHaveAttribute(
		'aria-valuetext',
		/^\d+% — [\d.]+ (kB|MB) of [\d.]+ MB read, [\d,]+ rows$/
	);
	const rows = page.locator('[data-rows]');
	const first = Number(await rows.getAttribute('data-rows'));
	expect(first).toBeGreaterThan(0);
	await expect(rows).toContainText(/[\d,]+ rows/);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status')).toContainText('Import cancelled');
	const id = await upload;
	await expect.poll(() => existsSync(uploadFolder(id))).toBe(false);
	// Nothing reads the upload any more, and nothing was written.
	expect((await page.request.get(`/import/uploads/${id}/review`)).status()).toBe(404);
	expect(await corpusOptions(page)).toEqual(before);
});
