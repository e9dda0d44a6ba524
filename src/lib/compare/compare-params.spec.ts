import { describe, expect, it } from 'vitest';
import { readCompare, searchWith, type CompareState } from './compare-params';

describe('readCompare', () => {
	const rows: [string, string, CompareState][] = [
		[
			'reads no parameter as the storylines mode',
			'',
			{ mode: 'storylines', focus: null, storyline: null }
		],
		[
			'reads mode=frame with its focus',
			'mode=frame&focus=accusation',
			{ mode: 'frame', focus: 'accusation', storyline: null }
		],
		[
			'falls back to storylines for an unknown mode',
			'mode=bogus&storyline=us-refuse',
			{ mode: 'storylines', focus: null, storyline: 'us-refuse' }
		],
		[
			'reads an empty focus or storyline as none',
			'mode=frame&focus=%20&storyline=',
			{ mode: 'frame', focus: null, storyline: null }
		]
	];
	it.each(rows)('%s', (_name, search, expected) => {
		expect(readCompare(new URLSearchParams(search))).toEqual(expected);
	});
});

describe('searchWith', () => {
	const rows: [string, string, Record<string, string | string[] | null>, string][] = [
		[
			'replaces a repeated parameter and keeps the others',
			'corpus=c&outlet=A&outlet=B&mode=frame',
			{ outlet: ['B', 'C'] },
			'corpus=c&mode=frame&outlet=B&outlet=C'
		],
		['deletes a parameter set to null', 'mode=frame&focus=x', { focus: null }, 'mode=frame'],
		['deletes a parameter set to an empty list', 'outlet=A', { outlet: [] }, ''],
		['encodes values', '', { outlet: "The People's Voice" }, 'outlet=The+People%27s+Voice']
	];
	it.each(rows)('%s', (_name, search, changes, expected) => {
		expect(searchWith(new URLSearchParams(search), changes)).toBe(expected);
	});

	it('does not mutate the parameters it is given', () => {
		const params = new URLSearchParams('outlet=A');
		searchWith(params, { outlet: null, mode: 'frame' });
		expect(params.toString()).toBe('outlet=A');
	});
});
