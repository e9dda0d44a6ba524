import { describe, expect, it } from 'vitest';
import type { CodedCorpus, EvidenceCode, EvidenceUnit } from '$lib/coded-corpus';
import { matchEvidence } from '$lib/dashboard/evidence';
import { NO_FILTERS, type Filters } from '$lib/dashboard/filters';
import { buildView } from '$lib/dashboard/view';
import ActorNetwork from './ActorNetwork.svelte';
import NetworkLegend from './NetworkLegend.svelte';
import TwoNetworks from './testing/TwoNetworks.svelte';
import { fixtureHref, golden, renderSvg, seedView } from '../testing/golden';

function code(frame: string, source: string | null, targets: string[]): EvidenceCode {
	return { frame, confidence: 0.9, source, targets, cues: [] };
}

function unit(
	id: number,
	article: number,
	kind: EvidenceUnit['kind'],
	codes: EvidenceCode[]
): EvidenceUnit {
	return {
		id,
		article,
		ordinal: id,
		kind,
		start: 0,
		end: 10,
		text: `Unit ${id}.`,
		actors: [],
		codes
	};
}

/** Two outlets; Russia and the US accuse each other, and Russia→US also urges cooperation. */
const SMALL: CodedCorpus = {
	codebook: {
		id: 'test',
		version: '1',
		label: 'Test codebook',
		frames: [
			{ id: 'cooperation_urged', label: 'Cooperation urged', definition: '' },
			{ id: 'cooperation_refused', label: 'Cooperation refused', definition: '' },
			{ id: 'accusation', label: 'Accusation', definition: '' }
		]
	},
	outlets: [
		{ name: 'Alpha', type: null, domain: null, articles: 1 },
		{ name: 'Beta', type: null, domain: null, articles: 1 }
	],
	articles: [
		{
			id: 1,
			outlet: 'Alpha',
			title: 'One',
			titleDerived: false,
			published: { iso: '2015-10-13', precision: 'day' },
			dateLabel: '13 Oct 2015',
			url: null,
			textUnits: 3,
			noText: null
		},
		{
			id: 2,
			outlet: 'Beta',
			title: 'Two',
			titleDerived: false,
			published: { iso: '2016-02', precision: 'month' },
			dateLabel: 'Feb 2016',
			url: null,
			textUnits: 5,
			noText: null
		}
	],
	units: [
		unit(1, 1, 'headline', [code('accusation', 'Russia', ['US'])]),
		unit(2, 1, 'body', [code('accusation', 'US', ['Russia'])]),
		unit(3, 1, 'body', [code('accusation', 'US', ['Russia', 'Syria'])]),
		unit(4, 2, 'body', [code('cooperation_urged', 'Russia', ['US'])]),
		unit(5, 2, 'body', [code('cooperation_urged', 'Ribal Assad', ['Russia', 'US'])]),
		unit(6, 2, 'caption', [code('accusation', 'Russia', ['US'])]),
		unit(7, 2, 'body', [code('cooperation_refused', null, ['Russia'])]),
		unit(8, 2, 'body', [])
	],
	storylines: [],
	storylinesOmitted: 0,
	stockParagraphs: []
};

const smallView = (filters: Partial<Filters> = {}) =>
	buildView(SMALL, { ...NO_FILTERS, ...filters });

interface DrawnEdge {
	frame: string;
	source: string;
	target: string;
	count: number;
	label: string;
}

function edges(svg: string): DrawnEdge[] {
	return [
		...svg.matchAll(
			/class="edge" aria-label="([^"]+)"(?: aria-current="true")? data-frame="([^"]+)" data-source="([^"]+)" data-target="([^"]+)" data-count="(\d+)"/g
		)
	].map(([, label, frame, source, target, count]) => ({
		frame: frame!,
		source: source!,
		target: target!,
		count: Number(count),
		label: label!
	}));
}

/** Each edge's path data, by "frame source→target". */
function arcs(svg: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const link of svg.split('<a ').slice(1)) {
		const [, frame, source, target] =
			/data-frame="([^"]+)" data-source="([^"]+)" data-target="([^"]+)"/.exec(link) ?? [];
		const [, d] = /<path class="line" d="([^"]+)"/.exec(link) ?? [];
		if (frame && d) found.set(`${frame} ${source}→${target}`, d);
	}
	return found;
}

describe('ActorNetwork', () => {
	it('renders the seed corpus as its golden SVG', () => {
		const svg = renderSvg(ActorNetwork, { view: seedView(), width: 720, hrefFor: fixtureHref });
		expect(svg).toBe(golden('network-seeds', svg));
	});

	it('renders a small corpus with a mutual pair and two frames on one pair as its golden SVG', () => {
		const svg = renderSvg(ActorNetwork, { view: smallView(), width: 560, hrefFor: fixtureHref });
		expect(svg).toBe(golden('network-small', svg));
	});

	it('draws every edge of the frames shown, each counting exactly the units its evidence lists', () => {
		const view = seedView();
		const drawn = edges(renderSvg(ActorNetwork, { view, width: 720, hrefFor: fixtureHref }));
		expect(drawn).toHaveLength(view.aggregates.edges.length);
		expect(drawn).toHaveLength(12);
		for (const edge of drawn) {
			const query = { frame: edge.frame, source: edge.source, target: edge.target };
			expect(matchEvidence(view, query)).toHaveLength(edge.count);
		}
	});

	it('names each edge with its direction, frame and count, and says when it is mutual', () => {
		const view = smallView();
		const drawn = edges(renderSvg(ActorNetwork, { view, width: 560, hrefFor: fixtureHref }));
		expect(drawn.map((edge) => edge.label)).toEqual([
			'US → Russia — accusation: 2 coded sentences (mutual)',
			'Russia → US — accusation: 1 coded sentence (mutual)',
			'US → Syria — accusation: 1 coded sentence',
			'Ribal Assad → Russia — cooperation urged: 1 coded sentence',
			'Ribal Assad → US — cooperation urged: 1 coded sentence',
			'Russia → US — cooperation urged: 1 coded sentence'
		]);
		for (const edge of drawn) {
			const query = { frame: edge.frame, source: edge.source, target: edge.target };
			expect(matchEvidence(view, query)).toHaveLength(edge.count);
		}
	});

	it('draws the two directions of a pair, and two frames in one direction, as distinct arcs', () => {
		const drawn = arcs(
			renderSvg(ActorNetwork, { view: smallView(), width: 560, hrefFor: fixtureHref })
		);
		expect(drawn.size).toBe(6);
		const there = drawn.get('accusation US→Russia');
		const back = drawn.get('accusation Russia→US');
		const urged = drawn.get('cooperation_urged Russia→US');
		expect(new Set([there, back, urged]).size).toBe(3);
	});

	it('lists the mutual pairs under the chart, each direction a link to its evidence', () => {
		const svg = renderSvg(ActorNetwork, { view: smallView(), width: 560, hrefFor: fixtureHref });
		expect(svg).toContain('Russia ⇄ US — accusation:');
		expect(svg).toContain(
			'<a href="#frame=accusation&amp;source=Russia&amp;target=US" aria-label="Russia → US — accusation: 1 coded sentence">1 →</a>'
		);
		expect(svg).toContain(
			'<a href="#frame=accusation&amp;source=US&amp;target=Russia" aria-label="US → Russia — accusation: 2 coded sentences">2 ←</a>'
		);
	});

	it("lists the seed corpus's one mutual pair with both directions' counts", () => {
		const view = seedView();
		const svg = renderSvg(ActorNetwork, { view, width: 720, hrefFor: fixtureHref });
		const [pair] = view.aggregates.mutual;
		expect(view.aggregates.mutual).toHaveLength(1);
		expect(pair).toEqual({ frame: 'accusation', actors: ['Russia', 'US'], counts: [3, 2] });
		const item = /<li>[^]*?<\/li>/.exec(svg.slice(svg.indexOf('<section class="mutual">')))![0];
		expect(
			item
				.replace(/<[^>]+>/g, '')
				.replace(/\s+/g, ' ')
				.trim()
		).toBe('Russia ⇄ US — accusation: 3 → / 2 ←');
	});

	it('offers the same edges as a folded table with links to the same evidence', () => {
		const view = smallView();
		const svg = renderSvg(ActorNetwork, { view, width: 560, hrefFor: fixtureHref });
		expect(svg).toMatch(/<details class="as-table">\n<summary>Show as a table<\/summary>/);
		const rows = [...svg.matchAll(/<tr>\n<td>([^<]+)<\/td>\n<td>([^<]+)<\/td>/g)].map(
			([, source, target]) => `${source}→${target}`
		);
		expect(rows).toEqual(edges(svg).map((edge) => `${edge.source}→${edge.target}`));
	});

	it('shows only the frames the filters keep, and no mutual list when none is left', () => {
		const svg = renderSvg(ActorNetwork, {
			view: smallView({ frames: ['cooperation_urged'] }),
			width: 560,
			hrefFor: fixtureHref
		});
		expect(edges(svg).map((edge) => `${edge.frame} ${edge.source}→${edge.target}`)).toEqual([
			'cooperation_urged Ribal Assad→Russia',
			'cooperation_urged Ribal Assad→US',
			'cooperation_urged Russia→US'
		]);
		expect(svg).not.toContain('⇄');
		expect(svg).not.toContain('Syria');
	});

	it('says so instead of drawing when no coded sentence names both a source and a target', () => {
		const svg = renderSvg(ActorNetwork, {
			view: smallView({ frames: ['cooperation_refused'] }),
			width: 560,
			hrefFor: fixtureHref
		});
		expect(svg).toContain(
			'No coded sentence names both who takes a stance and on whom, under these filters.'
		);
		expect(svg).not.toContain('<svg');
		expect(svg).not.toContain('<table');
	});

	it('keeps every node and its label inside the chart, 0.6 × the width high (at least 360)', () => {
		for (const [view, width, height] of [
			[seedView(), 720, 432],
			[seedView(), 400, 360],
			[smallView(), 560, 360]
		] as const) {
			const svg = renderSvg(ActorNetwork, { view, width, hrefFor: fixtureHref });
			expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
			for (const [, cx, cy, r] of svg.matchAll(
				/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.-]+)"/g
			)) {
				expect(Number(cx) - Number(r)).toBeGreaterThanOrEqual(0);
				expect(Number(cx) + Number(r)).toBeLessThanOrEqual(width);
				expect(Number(cy) - Number(r)).toBeGreaterThanOrEqual(0);
				expect(Number(cy) + Number(r)).toBeLessThanOrEqual(height);
			}
			for (const [, x, y, anchor, text] of svg.matchAll(
				/<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|middle|end)" font-size="12" [^>]*>([^<]+)</g
			)) {
				const w = text!.length * 12 * 0.6;
				const left =
					anchor === 'start' ? Number(x) : anchor === 'end' ? Number(x) - w : Number(x) - w / 2;
				expect(left).toBeGreaterThanOrEqual(0);
				expect(left + w).toBeLessThanOrEqual(width);
				expect(Number(y)).toBeGreaterThanOrEqual(12);
				expect(Number(y)).toBeLessThanOrEqual(height);
			}
		}
	});

	it('gives the same SVG for the same input, render after render', () => {
		const first = renderSvg(ActorNetwork, { view: seedView(), width: 720, hrefFor: fixtureHref });
		const second = renderSvg(ActorNetwork, { view: seedView(), width: 720, hrefFor: fixtureHref });
		expect(second).toBe(first);
	});

	it('does not mutate the view it draws', () => {
		const view = seedView();
		const before = structuredClone(view);
		renderSvg(ActorNetwork, { view, width: 720, hrefFor: fixtureHref });
		expect(view).toEqual(before);
	});

	it('marks the selected edge as current', () => {
		const svg = renderSvg(ActorNetwork, {
			view: smallView(),
			width: 560,
			hrefFor: fixtureHref,
			selected: { frame: 'accusation', source: 'US', target: 'Russia' }
		});
		expect(svg.match(/aria-current="true"/g)).toHaveLength(3);
		expect(svg).toMatch(
			/aria-label="US → Russia — accusation: 2 coded sentences \(mutual\)" aria-current="true" data-frame="accusation"/
		);
	});

	it('has a legend naming each frame shown, what line width means and how mutual edges look', () => {
		const html = renderSvg(NetworkLegend, { view: seedView({ frames: ['accusation'] }) });
		const text = html
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
		expect(text).toBe(
			'accusation line width: number of sentences ⇄ mutual: the same frame runs both ways'
		);
		expect(html).toContain('stroke="#CC79A7"');
	});

	it('gives each chart its own arrowheads, and every edge ends in one of its own', () => {
		const svg = renderSvg(TwoNetworks, { view: smallView(), hrefFor: fixtureHref });
		const charts = svg.split('<svg').slice(1);
		expect(charts).toHaveLength(2);
		const ids = charts.map((chart) =>
			[...chart.matchAll(/<marker id="([^"]+)"/g)].map(([, id]) => id!)
		);
		expect(ids[0]).toHaveLength(2);
		expect(new Set([...ids[0]!, ...ids[1]!]).size).toBe(4);
		charts.forEach((chart, i) => {
			for (const [, id] of chart.matchAll(/marker-end="url\(#([^)]+)\)"/g))
				expect(ids[i]).toContain(id);
		});
	});
});
