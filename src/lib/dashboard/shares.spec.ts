import { describe, expect, it } from 'vitest';
import type { CodedCorpus, EvidenceUnit } from '$lib/coded-corpus';
import { heatmapRows } from '$lib/charts/heatmap/heatmap-data';
import { describeFilters } from './describe';
import { matchEvidence } from './evidence';
import { NO_FILTERS } from './filters';
import { buildView } from './view';

/** `coded` of an outlet's sentences accuse, spread over `articles` articles of `sentences` each. */
function outlet(name: string, firstId: number, articles: number, sentences: number, coded: number) {
	const list = Array.from({ length: articles }, (_, i) => ({
		id: firstId + i,
		outlet: name,
		title: `${name} ${i}`,
		titleDerived: false,
		published: { iso: '2017-04-05', precision: 'day' as const },
		dateLabel: '5 Apr 2017',
		url: null,
		textUnits: sentences,
		noText: null
	}));
	const units: EvidenceUnit[] = Array.from({ length: coded }, (_, i) => ({
		id: firstId * 100 + i,
		article: firstId + (i % articles),
		ordinal: Math.floor(i / articles),
		kind: 'body',
		start: 0,
		end: 10,
		text: `accusation ${i}`,
		actors: [],
		codes: [{ frame: 'accusation', confidence: 0.9, source: 'US', targets: ['Syria'], cues: [] }]
	}));
	return { articles: list, units };
}

function corpus(...outlets: ReturnType<typeof outlet>[]): CodedCorpus {
	const articles = outlets.flatMap((one) => one.articles);
	return {
		codebook: {
			id: 'default',
			version: '1',
			label: 'Default',
			frames: [
				{ id: 'cooperation_urged', label: 'Urged', definition: '' },
				{ id: 'accusation', label: 'Accusation', definition: '' }
			]
		},
		outlets: [...new Set(articles.map((a) => a.outlet))].map((name) => ({
			name,
			type: null,
			domain: null,
			articles: articles.filter((a) => a.outlet === name).length
		})),
		articles,
		units: outlets.flatMap((one) => one.units),
		storylines: [],
		storylinesOmitted: 0,
		stockParagraphs: []
	};
}

describe('shares', () => {
	it('ranks 8 of 8 above 1 of 1 when sorting by a frame: by the interval’s lower end', () => {
		const view = buildView(
			corpus(outlet('fox-news', 1, 1, 1589, 1), outlet('Sputnik', 10, 4, 20, 8)),
			NO_FILTERS
		);
		const order = heatmapRows(view, 'accusation').map((row) => row.outlet);
		expect(order).toEqual(['Sputnik', 'fox-news']);
		const [sputnik, fox] = heatmapRows(view, 'accusation').map((row) => row.cells[1]!);
		expect(fox).toMatchObject({ count: 1, base: 1, share: 1, small: true });
		expect(sputnik).toMatchObject({ count: 8, base: 8, share: 1, small: false });
	});

	it('counts an outlet’s articles carrying the frame, out of its articles with text', () => {
		const data = corpus(outlet('Sputnik', 10, 4, 20, 6));
		// One more Sputnik article read as site furniture: no sentence, so not in the base.
		data.articles.push({ ...data.articles[0]!, id: 99, textUnits: 0, noText: 'furniture' });
		const view = buildView(data, { ...NO_FILTERS, denominator: 'articles' });
		const share = view.shares[0]!;
		expect(share).toMatchObject({ articles: 5, articlesWithText: 4, base: 4 });
		// Six accusing sentences spread over the four articles: every article carries the frame.
		expect(share.frames.accusation).toMatchObject({ count: 4, sentences: 6, share: 1 });
		expect(share.frames.cooperation_urged).toMatchObject({ count: 0, share: 0 });
	});

	it('takes rates per 1,000 of all the outlet’s sentences, coded or not', () => {
		const view = buildView(corpus(outlet('Sputnik', 10, 4, 250, 3)), {
			...NO_FILTERS,
			denominator: 'sentences'
		});
		expect(view.shares[0]!.frames.accusation).toMatchObject({ count: 3, base: 1000 });
		expect(view.shares[0]!.frames.accusation!.share! * 1000).toBeCloseTo(3, 10);
	});

	it('keeps the coded-sentence base whatever frames are shown, so a frame filter changes no share', () => {
		const data = corpus(outlet('Sputnik', 10, 2, 20, 4));
		data.units[0]!.codes = [{ ...data.units[0]!.codes[0]!, frame: 'cooperation_urged' }];
		const all = buildView(data, NO_FILTERS).shares[0]!.frames.accusation;
		const one = buildView(data, { ...NO_FILTERS, frames: ['accusation'] }).shares[0]!.frames
			.accusation;
		expect(one).toEqual(all);
		expect(one).toMatchObject({ count: 3, base: 4 });
	});
});

describe('lenses', () => {
	function labelled(): CodedCorpus {
		const data = corpus(outlet('Sputnik', 10, 3, 20, 6), outlet('Reuters', 20, 3, 20, 2));
		const label = (id: number) =>
			id === 10 || id === 20 ? 'fake' : id === 22 ? undefined : 'credible';
		data.articles = data.articles.map((article) => {
			const value = label(article.id);
			return value ? { ...article, lenses: { labels: value } } : article;
		});
		data.lenses = [
			{
				name: 'labels',
				values: [
					{ value: 'credible', articles: 3 },
					{ value: 'fake', articles: 2 }
				],
				missing: 1
			}
		];
		return data;
	}

	it('groups every chart’s rows by a lens’s values, each quote still credited to its outlet', () => {
		const view = buildView(labelled(), NO_FILTERS, { groupBy: 'labels' });
		expect(view.groupBy).toBe('labels');
		expect(view.outlets.map((outlet) => [outlet.name, outlet.articles])).toEqual([
			['labels: credible', 3],
			['labels: fake', 2],
			['labels: none', 1]
		]);
		const fake = view.shares.find((row) => row.outlet === 'labels: fake')!;
		// Sputnik's article 10 holds accusations 0 and 3, Reuters's article 20 accusation 0.
		expect(fake.frames.accusation).toMatchObject({ count: 3 });
		const evidence = matchEvidence(view, { outlet: 'labels: fake', frame: 'accusation' });
		expect(evidence.map((unit) => view.ownOutlet.get(unit.article)).sort()).toEqual([
			'Reuters',
			'Sputnik',
			'Sputnik'
		]);
		expect(describeFilters(view)).toContain('2 of 2 outlets');
		expect(describeFilters(view)).toContain('rows by labels');
	});

	it('keeps only the articles with a lens value the filter names', () => {
		const view = buildView(labelled(), {
			...NO_FILTERS,
			attributes: [{ name: 'labels', value: 'credible' }]
		});
		expect(view.articles.map((article) => article.id)).toEqual([11, 12, 21]);
		expect(describeFilters(view)).toContain('labels: credible');
	});

	it('ignores a lens the corpus does not have', () => {
		expect(buildView(labelled(), NO_FILTERS, { groupBy: 'author' }).groupBy).toBeNull();
	});
});
