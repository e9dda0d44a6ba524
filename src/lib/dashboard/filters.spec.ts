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
		['the actor is trimmed', 'actor=%20Russia%20', { ...NO_FILTERS, actor: 'Russia' }],
		[
			'a minimum confidence is a number',
			'minConfidence=0.8',
			{ ...NO_FILTERS, minConfidence: 0.8 }
		],
		['1 is the strictest threshold', 'minConfidence=1', { ...NO_FILTERS, minConfidence: 1 }],
		['a threshold need not be a step', 'minConfidence=.75', { ...NO_FILTERS, minConfidence: 0.75 }],
		['0 keeps every code, so it is no filter', 'minConfidence=0', NO_FILTERS],
		['per names the denominator', 'per=articles', { ...NO_FILTERS, denominator: 'articles' }],
		['an unknown denominator is the default', 'per=words', NO_FILTERS],
		[
			'an attribute filter splits at its first colon, once each, and needs both sides',
			'attr=labels:fake&attr=labels:fake&attr=location:Idlib:%20town&attr=:x&attr=nocolon',
			{
				...NO_FILTERS,
				attributes: [
					{ name: 'labels', value: 'fake' },
					{ name: 'location', value: 'Idlib: town' }
				]
			}
		]
	])('%s', (_, query, expected) => {
		expect(readFilters(new URLSearchParams(query))).toEqual(expected);
	});
});

describe('the denominator', () => {
	it('is no filter: a view with only a denominator is not filtered, and its link keeps it', () => {
		const params = new URLSearchParams('corpus=fa-kes&per=sentences&sort=accusation');
		expect(isFiltered(readFilters(params))).toBe(false);
		expect(viewHref('/compare', params)).toBe('/compare?corpus=fa-kes&per=sentences');
	});

	it('leaves the URL when it is the default', () => {
		const params = writeFilters(new URLSearchParams('per=articles'), NO_FILTERS);
		expect(params.has('per')).toBe(false);
	});
});

describe('readFilters drops a minimum confidence it cannot read', () => {
	it.each(['1.5', '-0.2', 'abc', '0x1', '1e-1', 'Infinity', 'NaN', '', '0.8.1'])(
		'"%s" is no threshold',
		(value) => {
			const params = new URLSearchParams({ minConfidence: value, actor: 'US' });
			expect(readFilters(params)).toEqual({ ...NO_FILTERS, actor: 'US' });
		}
	);
});

describe('writeFilters', () => {
	it('writes filters back so that reading them gives the same filters', () => {
		const filters = {
			outlets: ["The People's Voice (formerly YourNewsWire)", 'RT'],
			frames: ['cooperation_refused'],
			from: '2015-09-01',
			to: '2015-12-31',
			actor: 'US',
			minConfidence: 0.7,
			denominator: 'articles' as const,
			attributes: [
				{ name: 'labels', value: 'fake' },
				{ name: 'location', value: 'Idlib: Khan Sheikhun' }
			],
			countCopies: true
		};
		expect(readFilters(writeFilters(new URLSearchParams(), filters))).toEqual(filters);
	});

	it('writes no threshold when every code counts, and replaces one that was there', () => {
		const params = new URLSearchParams('minConfidence=0.9&sort=accusation');
		expect(writeFilters(params, NO_FILTERS).toString()).toBe('sort=accusation');
		expect(writeFilters(params, { ...NO_FILTERS, minConfidence: 0.6 }).toString()).toBe(
			'sort=accusation&minConfidence=0.6'
		);
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
		[{ ...NO_FILTERS, to: '2015-01-01' }, true],
		[{ ...NO_FILTERS, minConfidence: 0.9 }, true]
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
			'corpus=a&outlet=RT&sort=accusation&ev-outlet=RT&from=2015-01-01&minConfidence=0.8'
		);
		expect(viewHref('/compare', params)).toBe(
			'/compare?corpus=a&outlet=RT&from=2015-01-01&minConfidence=0.8'
		);
		expect(viewHref('/', new URLSearchParams())).toBe('/');
	});
});
