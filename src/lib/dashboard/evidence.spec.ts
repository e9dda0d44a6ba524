import { describe, expect, it } from 'vitest';
import { seedView } from '$lib/charts/testing/golden';
import {
	describeEvidence,
	describeRange,
	evidenceParams,
	matchEvidence,
	readEvidence
} from './evidence';

describe('readEvidence and evidenceParams', () => {
	it('round-trip a query through the URL', () => {
		const query = {
			outlet: 'RT',
			frame: 'accusation',
			source: 'US',
			target: 'Russia',
			from: '2015-10-01',
			to: '2015-10-31'
		};
		const params = new URLSearchParams();
		for (const [key, value] of Object.entries(evidenceParams(query)))
			if (value !== null) params.set(key, value);
		expect(readEvidence(params)).toEqual(query);
	});

	it('reads no selection from a URL without ev- parameters, and ignores unknown values', () => {
		expect(readEvidence(new URLSearchParams('outlet=RT'))).toBeNull();
		expect(readEvidence(new URLSearchParams('ev-imprecise=decade&ev-undated=yes'))).toBeNull();
	});

	it('clears every ev- parameter when nothing is selected', () => {
		expect(Object.values(evidenceParams(null)).every((value) => value === null)).toBe(true);
	});
});

describe('matchEvidence', () => {
	const view = seedView();

	it('lists an outlet’s units carrying a frame, as many as the aggregate counts', () => {
		for (const outlet of view.aggregates.outlets)
			for (const frame of view.frames)
				expect(matchEvidence(view, { outlet: outlet.outlet, frame: frame.id })).toHaveLength(
					outlet.frames[frame.id]!.count
				);
	});

	it('lists an outlet’s coded units when no frame is asked for', () => {
		for (const outlet of view.aggregates.outlets)
			expect(matchEvidence(view, { outlet: outlet.outlet })).toHaveLength(outlet.codedUnits);
	});

	it('lists the units of a directed edge, as many as the edge counts', () => {
		expect(view.aggregates.edges.length).toBeGreaterThan(0);
		for (const edge of view.aggregates.edges)
			expect(
				matchEvidence(view, { frame: edge.frame, source: edge.source, target: edge.target })
			).toHaveLength(edge.count);
	});

	it('lists a storyline’s members in sight, coded or not', () => {
		const uncoded = new Set(view.units.filter((unit) => unit.codes.length === 0).map((u) => u.id));
		const storyline = view.corpus.storylines.find((s) => s.units.some((id) => uncoded.has(id)))!;
		const units = matchEvidence(view, { storyline: storyline.key });
		expect(units.map((unit) => unit.id).sort()).toEqual(
			storyline.units.filter((id) => view.units.some((unit) => unit.id === id)).sort()
		);
		expect(units.some((unit) => unit.codes.length === 0)).toBe(true);
	});

	it('keeps only articles dated wholly inside a range, or undated ones when asked', () => {
		const october = matchEvidence(view, { from: '2015-10-01', to: '2015-10-31' });
		expect(october.length).toBeGreaterThan(0);
		for (const unit of october)
			expect(view.articleById.get(unit.article)!.published!.iso.slice(0, 7)).toBe('2015-10');
		expect(matchEvidence(view, { undated: true })).toEqual([]);
	});
});

describe('describeRange and describeEvidence', () => {
	it.each([
		['2015-10-01', '2015-10-31', 'Oct 2015'],
		['2015-01-01', '2015-12-31', '2015'],
		['2015-10-05', '2015-10-11', '5 Oct 2015 – 11 Oct 2015'],
		['2015-10-05', undefined, 'from 5 Oct 2015']
	])('%s – %s reads “%s”', (from, to, expected) => {
		expect(describeRange(from, to)).toBe(expected);
	});

	it('names a selection by its parts', () => {
		expect(describeEvidence({ outlet: 'Sputnik', frame: 'cooperation_urged' })).toBe(
			'Sputnik · cooperation urged'
		);
		expect(
			describeEvidence({
				frame: 'accusation',
				source: 'US',
				target: 'Russia',
				from: '2015-10-01',
				to: '2015-10-31'
			})
		).toBe('US → Russia · accusation · Oct 2015');
		expect(describeEvidence({ storyline: 'k' }, () => 'Air campaign')).toBe(
			'Storyline “Air campaign”'
		);
	});
});

describe('matchEvidence under a frame filter', () => {
	it('counts as coded only the units carrying a frame shown', () => {
		const view = seedView({ frames: ['accusation'] });
		const units = matchEvidence(view, {});
		expect(units.length).toBeGreaterThan(0);
		expect(units.every((unit) => unit.codes.some((code) => code.frame === 'accusation'))).toBe(
			true
		);
		expect(units.length).toBeLessThan(matchEvidence(seedView(), {}).length);
	});
});
