import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium';

/** PARALLAX_E2E_PORT lets two checkouts run their end-to-end suites side by side. */
const PORT = Number(process.env.PARALLAX_E2E_PORT ?? 4173);
/** The end-to-end server gets a store of its own, rebuilt from the seeds on every run. */
const E2E_DB = join(tmpdir(), `parallax-e2e-${PORT}`, 'parallax.db');

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		viewport: { width: 1440, height: 900 },
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `rm -f "${E2E_DB}" "${E2E_DB}-wal" "${E2E_DB}-shm" && node src/cli/start.js`,
		url: `http://127.0.0.1:${PORT}/`,
		env: { PORT: String(PORT), HOST: '127.0.0.1', PARALLAX_DB: E2E_DB },
		reuseExistingServer: false,
		stdout: 'pipe',
		timeout: 60_000
	}
});
