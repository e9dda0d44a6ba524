import { describe, expect, it } from 'vitest';
import { matchEvidence } from '$lib/dashboard/evidence';
import Heatmap from './Heatmap.svelte';
import { buildView } from '$lib/dashboard/view';
import { NO_FILTERS } from '$lib/dashboard/filters';
import {
	fixtureHref,
	golden,
	renderSvg,
	seedCorpusWithUnreadable,
	seedView
} from '../testing/golden';

const sortHref = (frame: string | null) => `#sort=${frame ?? 'outlet'}`;

function cells(svg: string) {
	return [...svg.matchAll(/data-outlet="([^"]+)" data-frame="([^"]+)" data-count="(\d+)"/g)].map(
		([, outlet, frame, count]) => ({ outlet: outlet!, frame: frame!, count: Number(count) })
	);
}

describe('Heatmap', () => {
	it('renders the seed corpus as its golden SVG', () => {
		const svg = renderSvg(Heatmap, {
			view: seedView(),
			width: 720,
			hrefFor: fixtureHref,
			sortHref
		});
		expect(svg).toBe(golden('heatmap-seeds', svg));
	});

	it('renders rows sorted by a frame as its golden SVG', () => {
		const svg = renderSvg(Heatmap, {
			view: seedView(),
			width: 720,
			sortBy: 'cooperation_refused',
			hrefFor: fixtureHref,
			sortHref
		});
		expect(svg).toBe(golden('heatmap-sorted-by-refused', svg));
	});

	it('splits a frame’s head over two lines when its column is too narrow for one', () => {
		const heads = (width: number) => {
			const svg = renderSvg(Heatmap, { view: seedView(), width, hrefFor: fixtureHref, sortHref });
			const columns = /<g class="columns">([\s\S]*?)<\/g>/.exec(svg)![1]!;
			return [...columns.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
		};
		expect(heads(720)).toEqual([]);
		expect(heads(420)).toEqual(['cooperation', 'urged', 'cooperation', 'refused']);
	});

	it('draws one cell per outlet and frame, each counting exactly the units its evidence lists', () => {
		const view = seedView();
		const svg = renderSvg(Heatmap, { view, width: 720, hrefFor: fixtureHref, sortHref });
		const drawn = cells(svg);
		expect(drawn).toHaveLength(view.outlets.length * view.frames.length);
		expect(drawn.length).toBe(15);
		for (const cell of drawn) {
			expect(matchEvidence(view, { outlet: cell.outlet, frame: cell.frame })).toHaveLength(
				cell.count
			);
		}
	});

	it('names every cell with outlet, frame, share, n and interval for screen readers', () => {
		const view = seedView();
		const svg = renderSvg(Heatmap, { view, width: 720, hrefFor: fixtureHref, sortHref });
		// Sputnik's seed article has 6 coded sentences, 5 urging cooperation: Wilson 43.6–97.0%.
		expect(svg).toContain(
			'aria-label="Sputnik — cooperation urged: 83% of coded sentences (5 of 6 coded sentences; 95% interval 44–97%)"'
		);
		expect(svg).toContain(
			'aria-label="RT — cooperation urged: 100% of coded sentences (1 of 1 coded sentence; 95% interval 21–100%; fewer than 5 coded sentences, read with care)"'
		);
	});

	it('draws a share from fewer than 5 pale and hatched, and one from 5 or more at full colour', () => {
		const view = seedView();
		const svg = renderSvg(Heatmap, { view, width: 720, hrefFor: fixtureHref, sortHref });
		const mark = (outlet: string, frame: string) =>
			new RegExp(`<a [^>]*data-outlet="${outlet}" data-frame="${frame}"[^]*?</a>`).exec(svg)![0];
		const rt = mark('RT', 'cooperation_urged');
		const israel = mark('World Israel News', 'cooperation_urged');
		expect(rt).toContain('data-small="true"');
		expect(rt).toMatch(/class="hatch"[^>]*fill="url\(#hatch-/);
		expect(israel).not.toContain('class="hatch"');
		// Both are 100%: only the n tells them apart, and the small one is far paler.
		const fill = (a: string) => /<rect [^>]*fill="(rgb\([^)]+\))"/.exec(a)![1]!;
		const lightness = (rgb: string) =>
			rgb
				.match(/\d+/g)!
				.map(Number)
				.reduce((sum, channel) => sum + channel, 0);
		expect(lightness(fill(rt))).toBeGreaterThan(lightness(fill(israel)) + 150);
	});

	it.each(['sentences', 'articles'] as const)(
		'renders the seed corpus per %s as its golden SVG, each cell out of that denominator',
		(denominator) => {
			const view = seedView({ denominator });
			const svg = renderSvg(Heatmap, { view, width: 720, hrefFor: fixtureHref, sortHref });
			expect(svg).toBe(golden(`heatmap-seeds-per-${denominator}`, svg));
			for (const row of view.shares) {
				const expected = denominator === 'sentences' ? row.sentences : row.articlesWithText;
				for (const cell of cells(svg).filter((cell) => cell.outlet === row.outlet))
					expect(svg).toContain(
						`data-outlet="${cell.outlet}" data-frame="${cell.frame}" data-count="${cell.count}" data-base="${expected}"`
					);
			}
		}
	);

	it('shows only the frames and outlets the filters keep', () => {
		const view = seedView({ frames: ['accusation'], outlets: ['RT', 'Sputnik'] });
		const svg = renderSvg(Heatmap, { view, width: 720, hrefFor: fixtureHref, sortHref });
		expect(cells(svg).map((cell) => `${cell.outlet}/${cell.frame}`)).toEqual([
			'RT/accusation',
			'Sputnik/accusation'
		]);
	});

	it('names the articles with no readable text in the row head of their outlet, as its golden SVG', () => {
		const view = buildView(seedCorpusWithUnreadable(), NO_FILTERS);
		const svg = renderSvg(Heatmap, { view, width: 720, hrefFor: fixtureHref, sortHref });
		expect(svg).toBe(golden('heatmap-no-text', svg));
		const head = (outlet: string) =>
			new RegExp(`<title>${outlet}[^<]*</title>[^]*?</g>`).exec(svg)?.[0] ?? '';
		expect(head('dailysabah')).toContain(
			"<title>dailysabah: 2 of dailysabah's 3 articles have no readable text (read as site furniture)</title>"
		);
		expect(head('dailysabah')).toContain('>0 coded of 4 sentences</text>');
		expect(head('dailysabah')).toContain('>3 articles, 2 with no readable text</text>');
		expect(head('RT')).toContain('>1 coded of 14 sentences · 1 article</text>');
		expect(svg).toContain('height="440"');
	});
});
