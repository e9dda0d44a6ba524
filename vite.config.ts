import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// opentype.js is CommonJS by its "main" and ESM only by "module": bundled for the server too,
	// its named exports resolve the same there as in the browser.
	ssr: { noExternal: ['opentype.js'] },
	test: {
		// tests/e2e also holds *.spec.ts files, but for Playwright: only the hostile-input suite runs here.
		include: ['src/**/*.spec.ts', 'tests/hostile/**/*.spec.ts'],
		environment: 'node'
	}
});
