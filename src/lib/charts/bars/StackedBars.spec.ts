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

	it('draws every frame’s share in share mode with its interval, pale and hatched for a small n', () => {
		const view = seedView();
		const svg = renderSvg(StackedBars, {
			view,
			width: 720,
			mode: 'share' as BarsMode,
			hrefFor: fixtureHref
		});
		expect(segments(svg)).toHaveLength(view.outlets.length * view.frames.length);
		const mark = (outlet: string, frame: string) =>
			new RegExp(`<a [^>]*data-outlet="${outlet}" data-frame="${frame}"[^]*?</a>`).exec(svg)![0];
		// RT: 1 of 1 coded sentence urges cooperation; 95% interval 21–100%.
		const rt = mark('RT', 'cooperation_urged');
		expect(rt).toContain('data-small="true"');
		expect(rt).toContain('class="hatch"');
		expect(rt).toContain('fill-opacity="0.3"');
		expect(rt).toContain('100% · 1/1');
		const whisker = /<g class="interval"[^>]*>\s*<line x1="([\d.]+)" x2="([\d.]+)"/.exec(rt)!;
		const left = 232;
		const span = 720 - 96 - left;
		expect(Number(whisker[1])).toBeCloseTo(left + 0.2065 * span, 0);
		expect(Number(whisker[2])).toBeCloseTo(left + span, 0);
		expect(mark('World Israel News', 'cooperation_urged')).not.toContain('class="hatch"');
	});
});
