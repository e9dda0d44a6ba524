import { describe, expect, it } from 'vitest';
import {
	aggregate,
	describeEmphasis,
	type CountableDocument,
	type CountableUnit
} from './aggregate';

const FRAMES = ['cooperation_urged', 'cooperation_refused', 'accusation'];
const unit = (kind: string, ...frames: [string, string | null, string[]][]): CountableUnit => ({
	kind,
	frames: frames.map(([frame, source, targets]) => ({ frame, source, targets }))
});

const documents: CountableDocument[] = [
	{
		id: 'a',
		outlet: 'Sputnik',
		units: [
			unit('headline', ['cooperation_urged', 'Russia', ['US']]),
			unit(
				'body',
				['cooperation_urged', 'Russia', ['US']],
				['cooperation_refused', 'US', ['Russia']]
			),
			unit('body'),
			unit('boilerplate', ['accusation', 'US', ['Russia']]),
			unit('caption', ['accusation', 'US', ['Russia']])
		]
	},
	{
		id: 'b',
		outlet: 'Sputnik',
		units: [
			unit('body', ['accusation', 'Russia', ['US']]),
			unit('body', ['accusation', 'US', ['Russia', 'Russia']])
		]
	},
	{ id: 'c', outlet: 'RT', units: [unit('body'), unit('boilerplate')] }
];

describe('aggregate', () => {
	const result = aggregate(documents, FRAMES);

	it('counts coded text units per outlet and gives each frame its share with the n behind it', () => {
		expect(result.outlets).toEqual([
			{
				outlet: 'RT',
				articles: 1,
				units: 1,
				codedUnits: 0,
				frames: {
					cooperation_urged: { count: 0, share: null },
					cooperation_refused: { count: 0, share: null },
					accusation: { count: 0, share: null }
				}
			},
			{
				outlet: 'Sputnik',
				articles: 2,
				units: 5,
				codedUnits: 4,
				frames: {
					cooperation_urged: { count: 2, share: 0.5 },
					cooperation_refused: { count: 1, share: 0.25 },
					accusation: { count: 2, share: 0.5 }
				}
			}
		]);
	});

	it('leaves furniture and captions out of every count', () => {
		expect(result.articles[0]).toMatchObject({
			document: 'a',
			units: 3,
			codedUnits: 2,
			frames: { accusation: { count: 0, share: 0 } }
		});
	});

	it('counts directed actor edges per frame, once per unit and target, without self-edges', () => {
		expect(result.edges).toEqual([
			{ frame: 'cooperation_urged', source: 'Russia', target: 'US', count: 2 },
			{ frame: 'accusation', source: 'Russia', target: 'US', count: 1 },
			{ frame: 'accusation', source: 'US', target: 'Russia', count: 1 },
			{ frame: 'cooperation_refused', source: 'US', target: 'Russia', count: 1 }
		]);
	});

	it('counts a unit once on an edge even when two of its codes name the same pair', () => {
		const twice = unit('body', ['accusation', 'US', ['Russia']], ['accusation', 'US', ['Russia']]);
		const { edges } = aggregate([{ id: 'd', outlet: 'RT', units: [twice] }], FRAMES);
		expect(edges).toEqual([{ frame: 'accusation', source: 'US', target: 'Russia', count: 1 }]);
	});

	it('reads mutual accusations from edges running both ways', () => {
		expect(result.mutual).toEqual([
			{ frame: 'accusation', actors: ['Russia', 'US'], counts: [1, 1] }
		]);
	});

	it('gives empty aggregates for an empty corpus', () => {
		expect(aggregate([], FRAMES)).toEqual({ articles: [], outlets: [], edges: [], mutual: [] });
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(documents);
		aggregate(documents, FRAMES);
		expect(documents).toEqual(copy);
	});
});

describe('describeEmphasis', () => {
	it.each([
		[{ count: 6, share: 6 / 9 }, 9, '67% · 6/9'],
		[{ count: 0, share: 0 }, 4, '0% · 0/4'],
		[{ count: 0, share: null }, 0, 'no coded units']
	])('labels %o of %i as %s', (emphasis, n, label) => {
		expect(describeEmphasis(emphasis, n)).toBe(label);
	});
});
