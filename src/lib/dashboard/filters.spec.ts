import { describe, expect, it } from 'vitest';
import { NO_FILTERS, isFiltered, readFilters, viewHref, withParams, writeFilters } from './filters';

describe('readFilters', () => {
	it.each([
		['an empty query has no filters', '', NO_FILTERS],
		[
			'outlets and frames repeat, in the order given, without duplicates or blanks',
			'outlet=RT&outlet=Sputnik&outlet=RT&outlet=%20&frame=accusation',
			{ ...NO_FILTERS, outlets: ['RT', 'Sputnik'], frames: ['accusation'] }
		],
		[
			'dates must be calendar days; anything else is dropped',
			'from=2015-10-01&to=2015-13-40',
			{ ...NO_FILTERS, from: '2015-10-01' }
		],
		[
			'a reversed date range is put the right way round',
			'from=2016-01-01&to=2015-01-01',
			{ ...NO_FILTERS, from: '2015-01-01', to: '2016-01-01' }
		],
		['the actor is trimmed', 'actor=%20Russia%20', { ...NO_FILTERS, actor: 'Russia' }]
	])('%s', (_, query, expected) => {
		expect(readFilters(new URLSearchParams(query))).toEqual(expected);
	});
});

describe('writeFilters', () => {
	it('writes filters back so that reading them gives the same filters', () => {
		const filters = {
			outlets: ["The People's Voice (formerly YourNewsWire)", 'RT'],
			frames: ['cooperation_refused'],
			from: '2015-09-01',
			to: '2015-12-31',
			actor: 'US'
		};
		expect(readFilters(writeFilters(new URLSearchParams(), filters))).toEqual(filters);
	});

	it('keeps parameters it does not own and does not mutate its input', () => {
		const params = new URLSearchParams('corpus=fakes&sort=accusation&outlet=RT');
		const next = writeFilters(params, { ...NO_FILTERS, outlets: ['Sputnik'] });
		expect(next.toString()).toBe('corpus=fakes&sort=accusation&outlet=Sputnik');
		expect(params.toString()).toBe('corpus=fakes&sort=accusation&outlet=RT');
	});
});

describe('isFiltered', () => {
	it.each([
		[NO_FILTERS, false],
		[{ ...NO_FILTERS, actor: 'US' }, true],
		[{ ...NO_FILTERS, to: '2015-01-01' }, true]
	])('is %j → %s', (filters, expected) => {
		expect(isFiltered(filters)).toBe(expected);
	});
});

describe('withParams', () => {
	it('replaces, repeats and deletes parameters on the same path', () => {
		const url = new URL('http://x/compare?corpus=a&outlet=RT&ev-frame=accusation');
		expect(withParams(url, { outlet: ['RT', 'Sputnik'], 'ev-frame': null, mode: 'frame' })).toBe(
			'/compare?corpus=a&outlet=RT&outlet=Sputnik&mode=frame'
		);
		expect(withParams(new URL('http://x/?a=1'), { a: null })).toBe('/');
	});
});

describe('viewHref', () => {
	it('carries the corpus and the filters to another view, and nothing else', () => {
		const params = new URLSearchParams(
			'corpus=a&outlet=RT&sort=accusation&ev-outlet=RT&from=2015-01-01'
		);
		expect(viewHref('/compare', params)).toBe('/compare?corpus=a&outlet=RT&from=2015-01-01');
		expect(viewHref('/', new URLSearchParams())).toBe('/');
	});
});
