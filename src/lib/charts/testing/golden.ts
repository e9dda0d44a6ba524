// Golden-SVG support for chart specs: render a chart on the server from a frozen fixture, normalise
// the markup, and compare it with the file under `__golden__`. `UPDATE_GOLDEN=1` rewrites the files
// after a deliberate change; a missing file is written once and must then be committed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { CodedCorpus } from '$lib/coded-corpus';
import type { EvidenceQuery } from '$lib/dashboard/evidence';
import { buildView, type DashboardView } from '$lib/dashboard/view';
import { NO_FILTERS, type Filters } from '$lib/dashboard/filters';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIXTURE = join(HERE, '../../../../tests/fixtures/coded-seeds.json');
export const GOLDEN_DIR = join(HERE, '../__golden__');

/** The seed corpus as coded when the fixture was frozen. */
export function seedCorpus(): CodedCorpus {
	return JSON.parse(readFileSync(FIXTURE, 'utf8')) as CodedCorpus;
}

/**
 * The seed corpus and dailysabah, three articles of 2016 of which two have no readable text (read
 * as site furniture) and one has a body that codes with no frame.
 */
export function seedCorpusWithUnreadable(): CodedCorpus {
	const corpus = seedCorpus();
	const sabah = (id: number, iso: string, noText: 'furniture' | null) => ({
		...corpus.articles[0]!,
		id,
		outlet: 'dailysabah',
		title: `Daily Sabah ${id}`,
		published: { iso, precision: 'day' as const },
		dateLabel: iso,
		url: null,
		textUnits: noText ? 0 : 4,
		noText
	});
	return {
		...corpus,
		outlets: [
			{ name: 'dailysabah', type: null, domain: 'dailysabah.com', articles: 3 },
			...corpus.outlets
		],
		articles: [
			...corpus.articles,
			sabah(901, '2016-03-01', 'furniture'),
			sabah(902, '2016-03-02', 'furniture'),
			sabah(903, '2016-04-01', null)
		]
	};
}

export function seedView(filters: Partial<Filters> = {}): DashboardView {
	return buildView(seedCorpus(), { ...NO_FILTERS, ...filters });
}

/** A readable, deterministic mark link for golden files. */
export function fixtureHref(query: EvidenceQuery): string {
	return `#${Object.entries(query)
		.map(([key, value]) => `${key}=${String(value)}`)
		.join('&')}`;
}

/** Rounds numbers to 2 decimals and drops what depends on the compiler rather than the chart. */
export function normaliseSvg(html: string): string {
	return html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
		.replace(/></g, '>\n<')
		.trim();
}

/** Renders a component on the server and returns its normalised markup. */
export function renderSvg<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	const { body } = render(component, { props });
	return normaliseSvg(body);
}

/** The golden file's content, writing it first when it is missing or an update was asked for. */
export function golden(name: string, actual: string): string {
	const file = join(GOLDEN_DIR, `${name}.svg`);
	if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
		mkdirSync(GOLDEN_DIR, { recursive: true });
		writeFileSync(file, `${actual}\n`);
	}
	return readFileSync(file, 'utf8').trimEnd();
}
