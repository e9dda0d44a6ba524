import { describe, expect, it } from 'vitest';
import { matchEvidence } from '$lib/dashboard/evidence';
import StackedBars from './StackedBars.svelte';
import type { BarsMode } from './bars-state.svelte';
import { fixtureHref, golden, renderSvg, seedView } from '../testing/golden';

function segments(svg: string) {
	return [...svg.matchAll(/data-outlet="([^"]+)" data-frame="([^"]+)" data-count="(\d+)"/g)].map(
		([, outlet, frame, count]) => ({ outlet: outlet!, frame: frame!, count: Number(count) })
	);
}

describe('StackedBars', () => {
	it.each(['count', 'share'] as const)(
		'renders the seed corpus in %s mode as its golden SVG',
		(mode: BarsMode) => {
			const svg = renderSvg(StackedBars, {
				view: seedView(),
				width: 720,
				mode,
				hrefFor: fixtureHref
			});
			expect(svg).toBe(golden(`bars-seeds-${mode}`, svg));
		}
	);

	it('draws a segment for every outlet and frame with codes, counting exactly its evidence', () => {
		const view = seedView();
		const drawn = segments(renderSvg(StackedBars, { view, width: 720, hrefFor: fixtureHref }));
		const expected = view.aggregates.outlets.flatMap((outlet) =>
			view.frames
				.filter((frame) => (outlet.frames[frame.id]?.count ?? 0) > 0)
				.map((frame) => `${outlet.outlet}/${frame.id}`)
		);
		expect(drawn.map((segment) => `${segment.outlet}/${segment.frame}`)).toEqual(expected);
		for (const segment of drawn)
			expect(matchEvidence(view, { outlet: segment.outlet, frame: segment.frame })).toHaveLength(
				segment.count
			);
	});

	it('makes each outlet’s bar span the whole width in share mode', () => {
		const view = seedView();
		const svg = renderSvg(StackedBars, {
			view,
			width: 720,
			mode: 'share' as BarsMode,
			hrefFor: fixtureHref
		});
		const ends = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(
			([, x, w]) => Number(x) + Number(w)
		);
		expect(Math.max(...ends)).toBeCloseTo(720 - 96, 0);
	});
});
