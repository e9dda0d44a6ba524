import { describe, expect, it } from 'vitest';
import { headlineOf } from './txt';

describe('headlineOf', () => {
	it.each([
		[
			'a title line followed by a blank line',
			'Putin calls for united front against ISIS\n\nBody text here.',
			'Putin calls for united front against ISIS'
		],
		[
			'a title line alone',
			'Less Than 1000 ISIS fighters Remain',
			'Less Than 1000 ISIS fighters Remain'
		],
		[
			'a first line ending like a sentence',
			'Islamic State has called on its supporters to act.\nMore text.',
			null
		],
		['a page clock', '00:51 GMT26 January 2021\n\nText', null],
		['a first line running straight into the next', 'Listen Live\nMilitary & Intelligence\n', null],
		['a two-word first line', 'Fact checked\n\nBody', null]
	])('reads %s', (_case, text, title) => {
		expect(headlineOf(text)).toBe(title);
	});
});
