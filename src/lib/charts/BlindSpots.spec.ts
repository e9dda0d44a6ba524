import { describe, expect, it } from 'vitest';
import type { CodedCorpus } from '$lib/coded-corpus';
import { buildView } from '$lib/dashboard/view';
import { NO_FILTERS } from '$lib/dashboard/filters';
import BlindSpots from './BlindSpots.svelte';
import { fixtureHref, renderSvg, seedCorpus, seedView } from './testing/golden';

const entries = (html: string) =>
	[...html.matchAll(/data-frame="([^"]+)"|data-outlet="([^"]+)"/g)].reduce<string[]>(
		(list, [, frame, outlet]) => {
			if (frame) list.push(`${frame}:`);
			else list[list.length - 1] += ` ${outlet!.replaceAll('&#39;', "'")}`;
			return list;
		},
		[]
	);

describe('BlindSpots', () => {
	it('lists, for each frame, the outlets with coded sentences that never use it', () => {
		const view = seedView();
		const html = renderSvg(BlindSpots, { view, hrefFor: fixtureHref });
		const expected = view.frames.map(
			(frame) =>
				`${frame.id}:${view.aggregates.outlets
					.filter((outlet) => outlet.frames[frame.id]!.count === 0)
					.map((outlet) => ` ${outlet.outlet}`)
					.join('')}`
		);
		expect(entries(html)).toEqual(expected);
		expect(html).not.toContain('data-testid="silent-outlets"');
	});

	it('lists an outlet with no coded sentence apart, not as a blind spot of every frame', () => {
		const corpus: CodedCorpus = seedCorpus();
		const silent = { ...corpus.articles[0]!, id: 999, outlet: 'Quiet Times', textUnits: 12 };
		const view = buildView(
			{
				...corpus,
				outlets: [
					...corpus.outlets,
					{ name: 'Quiet Times', type: null, domain: null, articles: 1 }
				],
				articles: [...corpus.articles, silent]
			},
			NO_FILTERS
		);
		const html = renderSvg(BlindSpots, { view, hrefFor: fixtureHref });
		expect(entries(html).join('|')).not.toContain('Quiet Times');
		expect(html).toContain('No coded sentence at all, so no frame to miss: Quiet Times.');
	});
});
