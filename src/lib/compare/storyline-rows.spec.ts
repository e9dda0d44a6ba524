import { describe, expect, it } from 'vitest';
import { seedCorpus, seedView } from '$lib/charts/testing/golden';
import { matchEvidence } from '$lib/dashboard/evidence';
import {
	describeSpan,
	rowMatches,
	storylineRow,
	storylineGist,
	storylineRows,
	type StorylineRow
} from './storyline-rows';
import { tinyCorpus, tinyView } from './testing/tiny-corpus';

/** A row as the specs read it: key, then per cell the outlet and its unit ids. */
const shape = (row: StorylineRow) => ({
	key: row.storyline.key,
	cells: row.cells.map((cell) => [cell.outlet, cell.units.map((unit) => unit.id)])
});

describe('storylineRows', () => {
	const rows: [string, Parameters<typeof tinyView>[0], string[], ReturnType<typeof shape>[]][] = [
		[
			'ranks the storyline told by most chosen outlets first and leaves out one told by a single outlet',
			{},
			['Alpha', 'Beta', 'Gamma'],
			[
				{
					key: 'strikes',
					cells: [
						['Alpha', [10, 41]],
						['Beta', [20]],
						['Gamma', [30]]
					]
				},
				{
					key: 'offer',
					cells: [
						['Alpha', [10, 11]],
						['Beta', [20]],
						['Gamma', []]
					]
				}
			]
		],
		[
			'breaks a tie in outlets and units by cohesion',
			{},
			['Alpha', 'Beta'],
			[
				{
					key: 'offer',
					cells: [
						['Alpha', [10, 11]],
						['Beta', [20]]
					]
				},
				{
					key: 'strikes',
					cells: [
						['Alpha', [10, 41]],
						['Beta', [20]]
					]
				}
			]
		],
		[
			'counts only units in sight after the date filter',
			{ from: '2015-10-03' },
			['Alpha', 'Beta'],
			[
				{
					key: 'strikes',
					cells: [
						['Alpha', [41]],
						['Beta', [20]]
					]
				}
			]
		],
		[
			'keeps a storyline only one chosen outlet tells when an outlet not chosen tells it too',
			{},
			['Beta', 'Gamma'],
			[
				{
					key: 'strikes',
					cells: [
						['Beta', [20]],
						['Gamma', [30]]
					]
				},
				{
					key: 'offer',
					cells: [
						['Beta', [20]],
						['Gamma', []]
					]
				}
			]
		],
		[
			'shows a single chosen outlet the storylines other outlets tell too, never one it tells alone',
			{},
			['Alpha'],
			[
				{ key: 'offer', cells: [['Alpha', [10, 11]]] },
				{ key: 'strikes', cells: [['Alpha', [10, 41]]] }
			]
		]
	];
	it.each(rows)('%s', (_name, filters, outlets, expected) => {
		expect(storylineRows(tinyView(filters), outlets).map(shape)).toEqual(expected);
	});

	it('orders a cell’s units by article date, then by their place in the article', () => {
		const row = storylineRow(tinyView(), ['Alpha', 'Beta'], 'lonely')!;
		expect(row.cells[0]!.units.map((unit) => [unit.article, unit.ordinal])).toEqual([
			[1, 1],
			[4, 3]
		]);
	});

	it('counts units and coded units, and spans the dated articles', () => {
		const [row] = storylineRows(tinyView(), ['Alpha', 'Beta', 'Gamma']);
		expect(row!.outletsCovered).toBe(3);
		expect(row!.units).toBe(4);
		expect(row!.coded).toBe(2);
		expect(row!.span?.first.id).toBe(1);
		expect(row!.span?.last.id).toBe(4);
		expect(row!.undated).toBe(1);
	});

	it('lists outlets in sight that tell the storyline but are not chosen', () => {
		const row = storylineRow(tinyView(), ['Beta', 'Gamma'], 'strikes')!;
		expect(row.elsewhere.map((cell) => [cell.outlet, cell.units.length])).toEqual([['Alpha', 2]]);
	});

	it('holds exactly the units the evidence panel lists for the storyline and outlet', () => {
		const view = seedView();
		const outlets = view.outlets.map((outlet) => outlet.name);
		for (const row of storylineRows(view, outlets))
			for (const cell of row.cells)
				expect(cell.units.map((unit) => unit.id).sort((a, b) => a - b)).toEqual(
					matchEvidence(view, { storyline: row.storyline.key, outlet: cell.outlet })
						.map((unit) => unit.id)
						.sort((a, b) => a - b)
				);
	});

	it('finds on the seeds a storyline told by four outlets, ranked first', () => {
		const view = seedView();
		const rows = storylineRows(
			view,
			view.outlets.map((outlet) => outlet.name)
		);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows[0]!.outletsCovered).toBe(4);
		expect(rows.map((row) => row.outletsCovered)).toEqual(
			[...rows.map((row) => row.outletsCovered)].sort((a, b) => b - a)
		);
	});

	it('does not mutate the corpus', () => {
		const corpus = seedCorpus();
		const before = JSON.stringify(corpus.storylines);
		const view = seedView();
		storylineRows(view, ['RT', 'Sputnik']);
		expect(JSON.stringify(view.corpus.storylines)).toBe(before);
	});
});

describe('storylineRow', () => {
	it('returns null for a key the corpus does not have', () => {
		expect(storylineRow(tinyView(), ['Alpha'], 'nope')).toBeNull();
	});

	it('returns a storyline whatever its coverage', () => {
		expect(storylineRow(tinyView(), ['Beta', 'Gamma'], 'lonely')?.outletsCovered).toBe(0);
	});
});

describe('rowMatches', () => {
	const row = storylineRow(tinyView(), ['Alpha', 'Beta', 'Gamma'], 'strikes')!;
	const rows: [string, string, boolean][] = [
		['matches everything on an empty search', '  ', true],
		['matches the label in any case', 'SYRIA', true],
		['matches a key term', 'raqqa', true],
		['matches the text of a quoted unit', 'coordinate airstrikes', true],
		['needs every word', 'raqqa pentagon', false],
		['does not match words only in storylines elsewhere', 'pentagon', false]
	];
	it.each(rows)('%s', (_name, search, expected) => {
		expect(rowMatches(row, search)).toBe(expected);
	});
});

describe('describeSpan', () => {
	const corpus = tinyCorpus();
	const [a1, a2] = corpus.articles;
	const rows: [string, Pick<StorylineRow, 'span' | 'undated'>, string][] = [
		[
			'names one date when the row has one',
			{ span: { first: a1!, last: a1! }, undated: 0 },
			'2015-10-01'
		],
		[
			'names first and last dates',
			{ span: { first: a1!, last: a2! }, undated: 0 },
			'2015-10-01 – 2015-10-05'
		],
		[
			'adds the undated articles',
			{ span: { first: a1!, last: a2! }, undated: 2 },
			'2015-10-01 – 2015-10-05 (and 2 undated articles)'
		],
		['says undated when no article has a date', { span: null, undated: 1 }, 'undated']
	];
	it.each(rows)('%s', (_name, row, expected) => {
		expect(describeSpan(row)).toBe(expected);
	});
});

describe('storylineGist', () => {
	it('picks the member sentence naming most of the storyline’s key terms, with its outlet', () => {
		const view = seedView();
		const outlets = view.outlets.map((outlet) => outlet.name);
		for (const row of storylineRows(view, outlets)) {
			const gist = storylineGist(row)!;
			const members = row.cells.flatMap((cell) => cell.units);
			expect(members.map((unit) => unit.id)).toContain(gist.unit.id);
			const cell = row.cells.find((one) => one.units.includes(gist.unit))!;
			expect(gist.outlet).toBe(cell.outlet);
		}
	});

	it('gives none for a storyline without members in sight', () => {
		const row = { storyline: seedCorpus().storylines[0]!, cells: [], elsewhere: [] };
		expect(storylineGist(row)).toBeNull();
	});
});
