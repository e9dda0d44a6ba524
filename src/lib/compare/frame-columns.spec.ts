import { describe, expect, it } from 'vitest';
import { seedView } from '$lib/charts/testing/golden';
import { matchEvidence } from '$lib/dashboard/evidence';
import { chooseFrame, describeColumnCount, frameColumns } from './frame-columns';
import { tinyView } from './testing/tiny-corpus';

describe('frameColumns', () => {
	it('lists each outlet’s units with the frame grouped by article, oldest first', () => {
		const columns = frameColumns(tinyView(), ['Alpha', 'Beta', 'Gamma'], 'cooperation_urged');
		expect(
			columns.map((column) => ({
				outlet: column.outlet,
				count: column.count,
				codedUnits: column.codedUnits,
				share: column.share,
				groups: column.groups.map((group) => [group.article.id, group.units.map((u) => u.id)])
			}))
		).toEqual([
			{
				outlet: 'Alpha',
				count: 2,
				codedUnits: 2,
				share: 1,
				groups: [
					[1, [10]],
					[4, [40]]
				]
			},
			{ outlet: 'Beta', count: 1, codedUnits: 2, share: 0.5, groups: [[2, [20]]] },
			{ outlet: 'Gamma', count: 0, codedUnits: 0, share: null, groups: [] }
		]);
	});

	it('counts on the seeds exactly what the heatmap and the evidence panel count, for every outlet and frame', () => {
		const view = seedView();
		const outlets = view.outlets.map((outlet) => outlet.name);
		for (const frame of view.frames) {
			for (const column of frameColumns(view, outlets, frame.id)) {
				const profile = view.aggregates.outlets.find((o) => o.outlet === column.outlet)!;
				const listed = column.groups.flatMap((group) => group.units);
				expect(column.count).toBe(profile.frames[frame.id]!.count);
				expect(column.codedUnits).toBe(profile.codedUnits);
				expect(listed).toHaveLength(column.count);
				expect(listed.map((u) => u.id).sort((a, b) => a - b)).toEqual(
					matchEvidence(view, { outlet: column.outlet, frame: frame.id })
						.map((u) => u.id)
						.sort((a, b) => a - b)
				);
			}
		}
	});
});

describe('chooseFrame', () => {
	const rows: [string, string | null, string[], string | null][] = [
		['takes the frame asked for', 'accusation', [], 'accusation'],
		['takes the first frame when none is asked for', null, [], 'cooperation_urged'],
		['takes the first frame for an unknown one', 'bogus', [], 'cooperation_urged'],
		[
			'takes the first frame shown when the one asked for is filtered out',
			'accusation',
			['cooperation_urged'],
			'cooperation_urged'
		]
	];
	it.each(rows)('%s', (_name, focus, frames, expected) => {
		expect(chooseFrame(tinyView({ frames }), focus)?.id ?? null).toBe(expected);
	});
});

describe('describeColumnCount', () => {
	const rows: [string, number, number, string][] = [
		['states count, n and share', 6, 9, '6 of 9 coded sentences (67%)'],
		['uses the singular for one coded sentence', 1, 1, '1 of 1 coded sentence (100%)'],
		['says when there is nothing coded', 0, 0, 'no coded sentences']
	];
	it.each(rows)('%s', (_name, count, of, expected) => {
		expect(describeColumnCount(count, of)).toBe(expected);
	});
});
