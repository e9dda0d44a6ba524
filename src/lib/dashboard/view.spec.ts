import { describe, expect, it } from 'vitest';
import { seedCorpus, seedCorpusWithUnreadable } from '$lib/charts/testing/golden';
import { describeFilters } from './describe';
import { NO_FILTERS } from './filters';
import { actorsOf, buildView, dateInterval, inDateRange, namesActor } from './view';

describe('dateInterval', () => {
	it.each([
		[
			{ iso: '2015-10-13', precision: 'day' as const },
			{ from: '2015-10-13', to: '2015-10-13' }
		],
		[
			{ iso: '2015-10-13', precision: 'approximate' as const },
			{ from: '2015-10-13', to: '2015-10-13' }
		],
		[
			{ iso: '2016-02', precision: 'month' as const },
			{ from: '2016-02-01', to: '2016-02-29' }
		],
		[
			{ iso: '2015', precision: 'year' as const },
			{ from: '2015-01-01', to: '2015-12-31' }
		]
	])('%j spans %j', (date, expected) => {
		expect(dateInterval(date)).toEqual(expected);
	});
});

describe('inDateRange', () => {
	const month = { iso: '2015-10', precision: 'month' as const };
	it.each([
		['any date, or none, is in an open range', null, null, null, true],
		['an undated article is in no bounded range', null, '2015-01-01', null, false],
		[
			'a month-dated article is in a range that overlaps its month',
			month,
			'2015-10-31',
			null,
			true
		],
		[
			'a month-dated article is not in a range that ends before its month',
			month,
			null,
			'2015-09-30',
			false
		]
	])('%s', (_, date, from, to, expected) => {
		expect(inDateRange(date, from, to)).toBe(expected);
	});
});

describe('buildView', () => {
	const corpus = seedCorpus();

	it('keeps every article, outlet and frame without filters, and only text units', () => {
		const view = buildView(corpus, NO_FILTERS);
		expect(view.articles).toHaveLength(5);
		expect(view.outlets).toHaveLength(5);
		expect(view.frames.map((frame) => frame.id)).toEqual([
			'cooperation_urged',
			'cooperation_refused',
			'accusation'
		]);
		expect(view.units.every((unit) => unit.kind === 'headline' || unit.kind === 'body')).toBe(true);
	});

	it('counts per outlet exactly the coded text units of its articles', () => {
		const view = buildView(corpus, NO_FILTERS);
		for (const outlet of view.aggregates.outlets) {
			const ids = new Set(view.articles.filter((a) => a.outlet === outlet.outlet).map((a) => a.id));
			const coded = view.units.filter((unit) => ids.has(unit.article) && unit.codes.length > 0);
			expect(outlet.codedUnits).toBe(coded.length);
		}
	});

	it('narrows to the outlets, dates and actor asked for, keeping shares over all frames', () => {
		const all = buildView(corpus, NO_FILTERS);
		const view = buildView(corpus, {
			...NO_FILTERS,
			outlets: ['Sputnik', 'RT'],
			frames: ['accusation', 'no_such_frame']
		});
		expect(view.outlets.map((outlet) => outlet.name)).toEqual(['RT', 'Sputnik']);
		expect(view.frames.map((frame) => frame.id)).toEqual(['accusation']);
		const sputnik = (v: typeof view) => v.aggregates.outlets.find((o) => o.outlet === 'Sputnik')!;
		expect(sputnik(view).codedUnits).toBe(sputnik(all).codedUnits);

		const dated = buildView(corpus, { ...NO_FILTERS, from: '2016-01-01' });
		expect(dated.articles.every((a) => a.published && a.published.iso >= '2016')).toBe(true);
		expect(dated.articles.length).toBeLessThan(5);

		const us = buildView(corpus, { ...NO_FILTERS, actor: 'US' });
		expect(us.units.length).toBeGreaterThan(0);
		expect(us.units.every((unit) => namesActor(unit, 'US'))).toBe(true);
	});

	it('does not mutate the corpus', () => {
		const before = structuredClone(corpus);
		buildView(corpus, { ...NO_FILTERS, outlets: ['RT'], actor: 'Russia' });
		expect(corpus).toEqual(before);
	});
});

describe('buildView on articles with no readable text', () => {
	const corpus = seedCorpusWithUnreadable();

	it('counts, per outlet in sight, its articles with no readable text beside all its articles', () => {
		expect(buildView(corpus, NO_FILTERS).noText).toEqual([
			{
				outlet: 'dailysabah',
				articles: 3,
				noText: 2,
				reasons: [{ reason: 'furniture', articles: 2 }]
			}
		]);
		expect(buildView(seedCorpus(), NO_FILTERS).noText).toEqual([]);
	});

	it('counts only the articles the outlet and date filters keep', () => {
		expect(buildView(corpus, { ...NO_FILTERS, outlets: ['RT'] }).noText).toEqual([]);
		expect(buildView(corpus, { ...NO_FILTERS, from: '2016-03-02' }).noText).toEqual([
			{
				outlet: 'dailysabah',
				articles: 2,
				noText: 1,
				reasons: [{ reason: 'furniture', articles: 1 }]
			}
		]);
	});

	it('gives the chart subtitles an article count that names the unreadable ones', () => {
		expect(describeFilters(buildView(corpus, NO_FILTERS))).toBe(
			'6 of 6 outlets · all 3 frames · all dates · 8 articles, 2 with no readable text'
		);
		expect(describeFilters(buildView(seedCorpus(), NO_FILTERS))).toBe(
			'5 of 5 outlets · all 3 frames · all dates · 5 articles'
		);
	});
});

describe('actorsOf', () => {
	it('lists the actors of coded units, most often named first', () => {
		const actors = actorsOf(seedCorpus());
		expect(actors.length).toBeGreaterThan(2);
		const counts = actors.map((a) => a.units);
		expect([...counts].sort((a, b) => b - a)).toEqual(counts);
		expect(actors.map((a) => a.actor)).toContain('Russia');
	});
});
