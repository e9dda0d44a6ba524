import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'test-results/',
			'playwright-report/',
			'node_modules/',
			'.scratch/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			// Dashboard links change the query of the page they are on; they are built from
			// `page.url`, whose path already carries the base path, so `resolve()` has nothing to add.
			// Links to other routes still go through `resolve()` by convention (see viewHref).
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The engine runs in the browser, the server and the CLI alike: no Node, Svelte or database imports.
		files: ['src/lib/engine/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['node:*', 'fs', 'path', 'crypto'],
							message: 'The engine must not use Node APIs.'
						},
						{
							group: ['svelte', 'svelte/*', '$app/*', '@sveltejs/*'],
							message: 'The engine must not use Svelte.'
						},
						{
							group: ['better-sqlite3', '$lib/server/*', '$lib/server'],
							message: 'The engine must not use the store.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', '$lib/components/*', '$lib/charts/*'],
							message: 'The server layer must not use the UI.'
						}
					]
				}
			]
		}
	}
);
