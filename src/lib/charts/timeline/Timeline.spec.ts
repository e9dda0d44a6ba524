import { describe, expect, it } from 'vitest';
import type { ArticleSummary, CodedCorpus, EvidenceUnit } from '$lib/coded-corpus';
import type { PublicationDate } from '$lib/engine/article';
import { matchEvidence, type EvidenceQuery } from '$lib/dashboard/evidence';
import { NO_FILTERS, type Filters } from '$lib/dashboard/filters';
import { buildView, type DashboardView } from '$lib/dashboard/view';
import Timeline from './Timeline.svelte';
import TimelineLegend from './TimelineLegend.svelte';
import { textWidth } from './timeline-state.svelte';
import { fixtureHref, golden, renderSvg, seedCorpus, seedView } from '../testing/golden';

const FRAMES = ['cooperation_urged', 'cooperation_refused', 'accusation'];

function article(id: number, outlet: string, published: PublicationDate | null): ArticleSummary {
	return {
		id,
		outlet,
		title: `Article ${id}`,
		titleDerived: false,
		published,
		dateLabel: published?.iso ?? 'undated',
		url: null,
		textUnits: 4,
		noText: null
	};
}

let nextUnit = 1;
function unit(
	articleId: number,
	frames: string[],
	kind: EvidenceUnit['kind'] = 'body'
): EvidenceUnit {
	const id = nextUnit++;
	return {
		id,
		article: articleId,
		ordinal: id,
		kind,
		start: 0,
		end: 10,
		text: `Sentence ${id}.`,
		actors: [],
		codes: frames.map((frame) => ({ frame, confidence: 0.9, source: null, targets: [], cues: [] }))
	};
}

/**
 * Two outlets over five weeks of 2016, with a gap week, a sentence carrying two frames, an
 * approximate date, an article dated only to the month and an undated one.
 */
const weeksCorpus: CodedCorpus = {
	codebook: {
		id: 'test',
		version: '1',
		label: 'Test codebook',
		frames: FRAMES.map((id) => ({ id, label: id, definition: id }))
	},
	outlets: [
		{ name: 'Daily Ledger', type: 'private', domain: null, articles: 3 },
		{ name: 'Evening Post', type: 'private', domain: null, articles: 3 }
	],
	articles: [
		article(1, 'Daily Ledger', { iso: '2016-03-01', precision: 'day' }), // 2016-W09
		article(2, 'Evening Post', { iso: '2016-03-03', precision: 'approximate' }), // 2016-W09
		article(3, 'Evening Post', { iso: '2016-03-16', precision: 'day' }), // 2016-W11
		article(4, 'Daily Ledger', { iso: '2016-04-04', precision: 'day' }), // 2016-W14
		article(5, 'Evening Post', { iso: '2016-03', precision: 'month' }),
		article(6, 'Daily Ledger', null)
	],
	units: [
		unit(1, ['cooperation_urged'], 'headline'),
		unit(1, ['cooperation_refused', 'accusation']),
		unit(1, []),
		unit(1, ['accusation'], 'boilerplate'),
		unit(2, ['cooperation_urged']),
		unit(3, ['accusation']),
		unit(3, ['accusation']),
		unit(4, ['cooperation_refused']),
		unit(5, ['cooperation_urged']),
		unit(5, ['accusation']),
		unit(5, []),
		unit(6, ['cooperation_refused'])
	],
	storylines: [],
	storylinesOmitted: 0,
	stockParagraphs: []
};

const weeksView = (filters: Partial<Filters> = {}) =>
	buildView(weeksCorpus, { ...NO_FILTERS, ...filters });

/** The seed corpus with one more Sputnik article dated only to the year. */
function seedWithYearDated(): DashboardView {
	const corpus = seedCorpus();
	const sputnik = corpus.units.find((one) => one.article === 1 && one.codes.length > 0)!;
	return buildView(
		{
			...corpus,
			articles: [...corpus.articles, article(99, 'Sputnik', { iso: '2016', precision: 'year' })],
			units: [...corpus.units, { ...sputnik, id: 9999, article: 99 }]
		},
		NO_FILTERS
	);
}

interface Mark {
	query: EvidenceQuery;
	count: number;
	label: string;
	href: string;
}

const decode = (value: string) =>
	value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

function attributes(tag: string): Map<string, string> {
	return new Map(
		[...tag.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)])
	);
}

/** Every segment and unplaced note drawn, with the query its data attributes stand for. */
function marks(svg: string): { segments: Mark[]; notes: Mark[] } {
	const segments: Mark[] = [];
	const notes: Mark[] = [];
	for (const [tag] of svg.matchAll(/<a [^>]*>/g)) {
		const a = attributes(tag);
		const mark = {
			count: Number(a.get('data-count')),
			label: a.get('aria-label')!,
			href: a.get('href')!
		};
		if (a.get('class') === 'segment') {
			const series = a.has('data-frame')
				? { frame: a.get('data-frame')! }
				: { outlet: a.get('data-outlet')! };
			segments.push({
				...mark,
				query: { ...series, from: a.get('data-from')!, to: a.get('data-to')! }
			});
		} else if (a.get('class') === 'note') {
			const imprecise = a.get('data-imprecise') as 'month' | 'year' | undefined;
			notes.push({ ...mark, query: imprecise ? { imprecise } : { undated: true } });
		}
	}
	return { segments, notes };
}

const render = (view: DashboardView, by: 'frame' | 'outlet', width = 720) =>
	renderSvg(Timeline, { view, width, by, hrefFor: fixtureHref });

describe('Timeline', () => {
	it('renders the seed corpus by frame as its golden SVG', () => {
		const svg = render(seedView(), 'frame');
		expect(svg).toBe(golden('timeline-seeds-by-frame', svg));
	});

	it('renders the seed corpus by outlet as its golden SVG', () => {
		const svg = render(seedView(), 'outlet');
		expect(svg).toBe(golden('timeline-seeds-by-outlet', svg));
	});

	it('renders week bins with a gap week and the unplaced sentences as its golden SVG', () => {
		const svg = render(weeksView(), 'frame');
		expect(svg).toBe(golden('timeline-weeks-by-frame', svg));
	});

	const views: [string, () => DashboardView][] = [
		['the seed corpus', () => seedView()],
		['the seed corpus filtered to one frame', () => seedView({ frames: ['accusation'] })],
		['the seed corpus filtered to two outlets', () => seedView({ outlets: ['RT', 'Sputnik'] })],
		['the seed corpus with a year-dated article', seedWithYearDated],
		['the weeks corpus', () => weeksView()],
		['the weeks corpus filtered to one frame', () => weeksView({ frames: ['cooperation_urged'] })]
	];

	describe.each(views)('on %s', (_, makeView) => {
		it.each(['frame', 'outlet'] as const)(
			'draws every segment and note by %s with exactly the count its evidence lists, and links to that evidence',
			(by) => {
				const view = makeView();
				const { segments, notes } = marks(render(view, by));
				expect(segments.length).toBeGreaterThan(0);
				for (const mark of [...segments, ...notes]) {
					expect(mark.count).toBeGreaterThan(0);
					expect(matchEvidence(view, mark.query)).toHaveLength(mark.count);
					expect(mark.href).toBe(fixtureHref(mark.query));
				}
			}
		);
	});

	it('bins the weeks corpus by ISO week and draws nothing for the empty week between', () => {
		const svg = render(weeksView(), 'frame');
		expect(svg).toContain('data-granularity="week"');
		expect([...svg.matchAll(/data-bin="([^"]+)"/g)].map(([, key]) => key)).toEqual([
			'2016-W09',
			'2016-W11',
			'2016-W14'
		]);
		expect(marks(svg).segments.map((mark) => `${mark.label}`)).toEqual([
			'Week of 29 Feb 2016 — cooperation urged: 2 coded sentences',
			'Week of 29 Feb 2016 — cooperation refused: 1 coded sentence',
			'Week of 29 Feb 2016 — accusation: 1 coded sentence',
			'Week of 14 Mar 2016 — accusation: 2 coded sentences',
			'Week of 4 Apr 2016 — cooperation refused: 1 coded sentence'
		]);
	});

	it('stacks the weeks corpus by outlet, counting a two-frame sentence once', () => {
		const { segments } = marks(render(weeksView(), 'outlet'));
		expect(segments.map((mark) => mark.label)).toEqual([
			'Week of 29 Feb 2016 — Daily Ledger: 2 coded sentences',
			'Week of 29 Feb 2016 — Evening Post: 1 coded sentence',
			'Week of 14 Mar 2016 — Evening Post: 2 coded sentences',
			'Week of 4 Apr 2016 — Daily Ledger: 1 coded sentence'
		]);
	});

	it('leaves month-dated and undated sentences out of week bins and links to them beside the chart', () => {
		const svg = render(weeksView(), 'frame');
		expect(marks(svg).notes.map(({ label, query, count }) => ({ label, query, count }))).toEqual([
			{
				label: '2 coded sentences from articles dated only to the month — not placed',
				query: { imprecise: 'month' },
				count: 2
			},
			{
				label: '1 coded sentence from undated articles — not placed',
				query: { undated: true },
				count: 1
			}
		]);
		expect(svg).toContain('may be off by a few days');
		expect(svg).toContain('counts once in each frame’s segment');
	});

	it('places month-dated sentences in month bins and leaves out only the year-dated ones', () => {
		const view = seedWithYearDated();
		const svg = render(view, 'frame');
		expect(svg).toContain('data-granularity="month"');
		expect(marks(svg).notes.map(({ label, query }) => ({ label, query }))).toEqual([
			{
				label: '1 coded sentence from articles dated only to the year — not placed',
				query: { imprecise: 'year' }
			}
		]);
	});

	it('names every segment with its bin, series and count for screen readers', () => {
		const view = seedView();
		const refused = matchEvidence(view, {
			frame: 'cooperation_refused',
			from: '2015-10-01',
			to: '2015-10-31'
		}).length;
		expect(render(view, 'frame')).toContain(
			`aria-label="Oct 2015 — cooperation refused: ${refused} coded sentences"`
		);
		expect(render(view, 'outlet')).toContain('aria-label="Nov 2015 — Sputnik: ');
	});

	it('marks the selected segment as current', () => {
		const selected: EvidenceQuery = { frame: 'accusation', from: '2016-03-14', to: '2016-03-20' };
		const svg = renderSvg(Timeline, {
			view: weeksView(),
			width: 720,
			by: 'frame' as const,
			hrefFor: fixtureHref,
			selected
		});
		expect(svg.match(/aria-current="true"/g)).toHaveLength(1);
		expect(svg).toMatch(/aria-current="true" data-frame="accusation" data-from="2016-03-14"/);
	});

	it('labels the count axis with whole numbers only', () => {
		for (const by of ['frame', 'outlet'] as const) {
			const svg = render(weeksView(), by);
			const axis = svg.slice(svg.indexOf('class="axis-y"'), svg.indexOf('class="axis-x"'));
			const ticks = [...axis.matchAll(/text-anchor="end"[^>]*>(\d+(?:\.\d+)?)</g)].map(([, tick]) =>
				Number(tick)
			);
			expect(ticks.length).toBeGreaterThan(1);
			expect(ticks.every(Number.isInteger)).toBe(true);
		}
	});

	/** A Sputnik article every fortnight for 15 weeks, or every month for ~8 years. */
	function spreadView(step: 'fortnight' | 'month'): DashboardView {
		const corpus = seedCorpus();
		const coded = corpus.units.find((one) => one.article === 1 && one.codes.length > 0)!;
		const count = step === 'fortnight' ? 8 : 95;
		const dates = Array.from({ length: count }, (_, i) => {
			const date =
				step === 'fortnight'
					? new Date(Date.UTC(2015, 9, 5 + 14 * i))
					: new Date(Date.UTC(2008, i, 15));
			return date.toISOString().slice(0, 10);
		});
		return buildView(
			{
				...corpus,
				articles: dates.map((iso, i) => article(100 + i, 'Sputnik', { iso, precision: 'day' })),
				units: dates.map((_, i) => ({ ...coded, id: 10_000 + i, article: 100 + i }))
			},
			NO_FILTERS
		);
	}

	const axes: [string, () => DashboardView, 'week' | 'month'][] = [
		['the seed corpus', () => seedView(), 'month'],
		['fifteen weeks', () => spreadView('fortnight'), 'week'],
		['eight years of months', () => spreadView('month'), 'month']
	];

	describe.each(axes)('on %s', (_, makeView, granularity) => {
		it.each([720, 420])('thins the time labels at %ipx so none overlaps the next', (width) => {
			const svg = render(makeView(), 'frame', width);
			expect(svg).toContain(`data-granularity="${granularity}"`);
			const axis = svg.slice(svg.indexOf('class="axis-x"'), svg.indexOf('class="columns"'));
			const rows = new Map<string, { x: number; text: string }[]>();
			for (const [, x, y, text] of axis.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)</g))
				rows.set(y!, [...(rows.get(y!) ?? []), { x: Number(x), text: text! }]);
			expect(rows.size).toBeGreaterThan(0);
			for (const labels of rows.values())
				for (const [i, label] of labels.entries()) {
					if (i === 0) continue;
					const previous = labels[i - 1]!;
					const room = (textWidth(previous.text, 11) + textWidth(label.text, 11)) / 2;
					expect(label.x - previous.x).toBeGreaterThanOrEqual(room);
				}
		});
	});

	it('shows a message instead of an empty plot when no coded sentence can be placed', () => {
		const view = weeksView({ outlets: ['Daily Ledger'], from: '2016-05-01' });
		expect(view.units).toEqual([]);
		const svg = render(view, 'frame');
		expect(svg).toContain('No coded sentences in this view.');
		expect(svg).not.toContain('<svg');
	});

	it('still links to the unplaced sentences when none can be placed', () => {
		const corpus = { ...weeksCorpus, articles: weeksCorpus.articles.filter((one) => one.id === 6) };
		const view = buildView(corpus, NO_FILTERS);
		const svg = render(view, 'frame');
		expect(svg).toContain('No coded sentence in this view comes from a dated article.');
		expect(svg).not.toContain('class="segment"');
		const { notes } = marks(svg);
		expect(notes.map((note) => note.query)).toEqual([{ undated: true }]);
		for (const note of notes) expect(matchEvidence(view, note.query)).toHaveLength(note.count);
	});

	it('says so when no coded sentence carries a frame shown', () => {
		const view = weeksView({ outlets: ['Evening Post'], frames: ['cooperation_refused'] });
		expect(matchEvidence(view, {})).toHaveLength(0);
		expect(view.units.filter((unit) => unit.codes.length > 0)).toHaveLength(5);
		const svg = render(view, 'frame');
		expect(svg).toContain('No sentences in this view are coded with the frames shown.');
		expect(svg).not.toContain('<svg');
	});
});

describe('TimelineLegend', () => {
	it('lists the frames shown with their colours', () => {
		const html = renderSvg(TimelineLegend, {
			view: seedView({ frames: ['accusation'] }),
			by: 'frame'
		});
		expect(html).toContain('data-series="accusation"');
		expect(html).toContain('background-color: #CC79A7');
		expect(html).not.toContain('data-series="cooperation_urged"');
	});

	it('lists the outlets shown with Tableau 10 colours in the corpus order', () => {
		const html = renderSvg(TimelineLegend, { view: seedView(), by: 'outlet' });
		const series = [...html.matchAll(/data-series="([^"]+)"/g)].map(([, name]) => decode(name!));
		expect(series).toEqual(seedView().outlets.map((outlet) => outlet.name));
		expect(html).toContain('background-color: #4e79a7');
	});
});
