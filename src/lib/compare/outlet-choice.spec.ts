import { describe, expect, it } from 'vitest';
import { seedView } from '$lib/charts/testing/golden';
import { chooseOutlets, defaultOutlets, storylineReach, toggleOutlet } from './outlet-choice';
import { tinyView } from './testing/tiny-corpus';

const names = (outlets: { name: string }[]) => outlets.map((outlet) => outlet.name);

describe('storylineReach', () => {
	it('counts each outlet’s storyline units and storylines in sight', () => {
		expect(Object.fromEntries(storylineReach(tinyView()))).toEqual({
			Alpha: { units: 6, storylines: 3 },
			Beta: { units: 2, storylines: 2 },
			Gamma: { units: 1, storylines: 1 }
		});
	});

	it('leaves out units outside the date range', () => {
		expect(Object.fromEntries(storylineReach(tinyView({ from: '2015-10-03' })))).toEqual({
			Alpha: { units: 2, storylines: 2 },
			Beta: { units: 2, storylines: 2 }
		});
	});
});

describe('defaultOutlets', () => {
	const rows: [string, number, string[]][] = [
		['picks the outlets that tell most storylines, in corpus order', 2, ['Alpha', 'Beta']],
		['picks every outlet when there are no more than the limit', 4, ['Alpha', 'Beta', 'Gamma']]
	];
	it.each(rows)('%s', (_name, limit, expected) => {
		expect(names(defaultOutlets(tinyView(), limit))).toEqual(expected);
	});

	it('picks four of the five seed outlets, leaving out the one that tells no storyline', () => {
		expect(names(defaultOutlets(seedView()))).toEqual([
			'RT',
			'Sputnik',
			"The People's Voice (formerly YourNewsWire)",
			'World Israel News'
		]);
	});
});

describe('chooseOutlets', () => {
	const rows: [string, string[], { outlets: string[]; defaulted: boolean; dropped: string[] }][] = [
		[
			'defaults when the URL names no outlet',
			[],
			{ outlets: ['Alpha', 'Beta', 'Gamma'], defaulted: true, dropped: [] }
		],
		[
			'keeps the named outlets in corpus order',
			['Gamma', 'Alpha'],
			{ outlets: ['Alpha', 'Gamma'], defaulted: false, dropped: [] }
		],
		[
			'drops outlets the corpus does not have',
			['Alpha', 'Nowhere', 'Beta'],
			{ outlets: ['Alpha', 'Beta'], defaulted: false, dropped: ['Nowhere'] }
		],
		[
			'keeps a single named outlet rather than inventing a second',
			['Beta'],
			{ outlets: ['Beta'], defaulted: false, dropped: [] }
		]
	];
	it.each(rows)('%s', (_name, requested, expected) => {
		const choice = chooseOutlets(tinyView(), requested);
		expect({
			outlets: names(choice.outlets),
			defaulted: choice.defaulted,
			dropped: choice.dropped
		}).toEqual(expected);
	});

	it('drops an outlet with no article in the date range', () => {
		const choice = chooseOutlets(tinyView({ from: '2015-10-03' }), ['Alpha', 'Gamma']);
		expect(names(choice.outlets)).toEqual(['Alpha']);
		expect(choice.dropped).toEqual(['Gamma']);
		expect(names(choice.available)).toEqual(['Alpha', 'Beta']);
	});

	it('keeps the first six outlets named and drops the rest', () => {
		const view = seedView();
		const many = [...names(view.outlets), 'Extra 1', 'Extra 2'];
		const choice = chooseOutlets(
			{
				...view,
				outlets: [
					...view.outlets,
					...['Extra 1', 'Extra 2'].map((name) => ({
						name,
						type: null,
						domain: null,
						articles: 1
					}))
				]
			},
			many
		);
		expect(choice.outlets).toHaveLength(6);
		expect(choice.dropped).toEqual(['Extra 2']);
	});
});

describe('toggleOutlet', () => {
	const order = ['Alpha', 'Beta', 'Gamma'];
	const rows: [string, string[], string, string[]][] = [
		['adds an outlet in the given order', ['Gamma', 'Alpha'], 'Beta', ['Alpha', 'Beta', 'Gamma']],
		['removes a chosen outlet', ['Alpha', 'Beta', 'Gamma'], 'Beta', ['Alpha', 'Gamma']]
	];
	it.each(rows)('%s', (_name, chosen, outlet, expected) => {
		expect(toggleOutlet(chosen, outlet, order)).toEqual(expected);
	});

	it('does not mutate the chosen list', () => {
		const chosen = ['Alpha'];
		toggleOutlet(chosen, 'Beta', order);
		expect(chosen).toEqual(['Alpha']);
	});
});
