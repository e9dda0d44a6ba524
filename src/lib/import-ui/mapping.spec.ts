import { describe, expect, it } from 'vitest';
import {
	mappingProblems,
	outletSource,
	previewCell,
	roleChoices,
	rolesOf,
	withRole
} from './mapping';

describe('roleChoices', () => {
	it('gives one select per role in the engine order, each offering every column', () => {
		const choices = roleChoices(['body', 'link'], { text: 'body', url: 'link' });
		expect(choices.map((c) => [c.role, c.label, c.column])).toEqual([
			['text', 'Text', 'body'],
			['title', 'Title', ''],
			['outlet', 'Outlet', ''],
			['date', 'Date', ''],
			['url', 'URL', 'link'],
			['id', 'Id', '']
		]);
		expect(choices[0]!.options).toEqual(['body', 'link']);
	});

	it('offers no column for every role but the text, even one the import found by itself', () => {
		const choices = roleChoices(['body', 'link', 'headline'], { text: 'body', url: 'link' });
		expect(choices.map((c) => [c.role, c.allowNone])).toEqual([
			['text', false],
			['title', true],
			['outlet', true],
			['date', true],
			['url', true],
			['id', true]
		]);
	});
});

describe('withRole', () => {
	it.each([
		[{ text: 'a' }, 'title', 'b', { text: 'a', title: 'b' }],
		[{ text: 'a', title: 'b' }, 'title', 'c', { text: 'a', title: 'c' }],
		[{ text: 'a', title: 'b' }, 'title', '', { text: 'a', title: '' }]
	] as const)('%j with %s → %j gives %j', (mapping, role, column, expected) => {
		expect(withRole(mapping, role, column)).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const mapping = { text: 'a', title: 'b' };
		withRole(mapping, 'title', '');
		expect(mapping).toEqual({ text: 'a', title: 'b' });
	});
});

describe('outletSource', () => {
	it.each([
		[{ text: 't', outlet: 'media_name', url: 'url' }, 'column', 'Outlet from column “media_name”.'],
		[
			{ text: 't', url: 'link' },
			'url',
			'No outlet column: each article’s outlet is the domain of its URL (column “link”), e.g. “rt.com”.'
		],
		[
			{ text: 't' },
			'none',
			'No outlet or URL column: every article will be filed under “Unknown outlet”. Choose a column if the file has one.'
		]
	])('under %j the outlet comes from %s', (mapping, from, note) => {
		expect(outletSource(mapping)).toEqual({ from, note });
	});
});

describe('rolesOf', () => {
	it.each([
		['link', ['url']],
		['body', ['text', 'title']],
		['other', []]
	])('column %s plays %j', (column, expected) => {
		expect(rolesOf({ text: 'body', title: 'body', url: 'link' }, column)).toEqual(expected);
	});
});

describe('mappingProblems', () => {
	it.each([
		[{ text: 'body', title: 'headline' }, []],
		[{ title: 'headline' }, ['Choose the column that holds the article text.']],
		[
			{ text: 'body', title: 'body', outlet: 'body' },
			[
				'Column “body” is chosen for the text and for title and outlet; the text needs a column of its own.'
			]
		],
		[{ text: 'body', url: 'link', outlet: 'link' }, []]
	])('%j has problems %j', (mapping, expected) => {
		expect(mappingProblems(mapping)).toEqual(expected);
	});
});

describe('previewCell', () => {
	it.each([
		['short', 'short'],
		['  line\n\tbreaks  and   runs ', 'line breaks and runs'],
		['x'.repeat(80), 'x'.repeat(80)],
		['x'.repeat(81), `${'x'.repeat(79)}…`],
		[null, ''],
		[undefined, ''],
		[42, '42'],
		[{ name: 'RT' }, '{"name":"RT"}'],
		['=cmd()', '=cmd()']
	])('shows %j as %j', (value, expected) => {
		expect(previewCell(value)).toBe(expected);
	});
});
