import { describe, expect, it } from 'vitest';
import { OTHER_TYPE, readOutletForm } from './outlet-form';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.append(key, value);
	return data;
}

describe('readOutletForm', () => {
	it.each([
		['takes the type chosen from the list', { type: 'fringe' }, 'fringe'],
		['takes no type when the list says none', { type: '' }, null],
		[
			'takes the typed type over the list',
			{ type: 'fringe', 'type-other': 'wire service' },
			'wire service'
		],
		[
			'takes the typed type when the list says other',
			{ type: OTHER_TYPE, 'type-other': 'blog' },
			'blog'
		],
		[
			'takes no type when the list says other and nothing is typed',
			{ type: OTHER_TYPE, 'type-other': ' ' },
			null
		]
	])('%s', (_, fields, type) => {
		expect(readOutletForm(form({ name: 'RT', ...fields })).type).toBe(type);
	});

	it('keeps the old name as an alias only when the box is ticked', () => {
		expect(readOutletForm(form({ name: 'RT', 'keep-old-name': 'on' })).keepOldName).toBe(true);
		expect(readOutletForm(form({ name: 'RT' })).keepOldName).toBe(false);
	});

	it('reads missing fields as empty text', () => {
		expect(readOutletForm(form({}))).toEqual({
			name: '',
			domain: '',
			country: '',
			typeChoice: '',
			typeOther: '',
			type: null,
			keepOldName: false
		});
	});
});
