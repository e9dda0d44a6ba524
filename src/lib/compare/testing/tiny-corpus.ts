// A hand-written corpus small enough to reason about in a spec: three outlets, four articles, two
// storylines and one that a single outlet tells. Used by the compare specs only.
import type { CodedCorpus, EvidenceUnit } from '$lib/coded-corpus';
import { NO_FILTERS, type Filters } from '$lib/dashboard/filters';
import { buildView, type DashboardView } from '$lib/dashboard/view';

const code = (frame: string) => ({
	frame,
	confidence: 0.9,
	source: 'Russia',
	targets: ['US'],
	cues: [{ start: 0, end: 6, rule: 'test' }]
});

function unit(
	id: number,
	article: number,
	ordinal: number,
	text: string,
	frames: string[] = []
): EvidenceUnit {
	return {
		id,
		article,
		ordinal,
		kind: 'body',
		start: 0,
		end: text.length,
		text,
		actors: ['Russia', 'US'],
		codes: frames.map(code)
	};
}

const article = (id: number, outlet: string, iso: string | null) => ({
	id,
	outlet,
	title: `Article ${id}`,
	titleDerived: false,
	published: iso ? { iso, precision: 'day' as const } : null,
	dateLabel: iso ?? 'undated',
	url: null,
	textUnits: 3,
	noText: null
});

export function tinyCorpus(): CodedCorpus {
	return {
		codebook: {
			id: 'tiny',
			version: '1',
			label: 'Tiny',
			frames: [
				{ id: 'cooperation_urged', label: 'Cooperation urged', definition: '' },
				{ id: 'accusation', label: 'Accusation', definition: '' }
			]
		},
		outlets: [
			{ name: 'Alpha', type: 'private', domain: null, articles: 2 },
			{ name: 'Beta', type: 'state-affiliated', domain: null, articles: 1 },
			{ name: 'Gamma', type: null, domain: null, articles: 1 }
		],
		articles: [
			article(1, 'Alpha', '2015-10-01'),
			article(2, 'Beta', '2015-10-05'),
			article(4, 'Alpha', '2015-11-01'),
			article(3, 'Gamma', null)
		],
		units: [
			unit(10, 1, 0, 'Moscow urged joint strikes on ISIS.', ['cooperation_urged']),
			unit(11, 1, 1, 'The Pentagon refused the offer.'),
			unit(20, 2, 0, 'Russia proposed to coordinate airstrikes.', ['cooperation_urged']),
			unit(21, 2, 2, 'Washington accused Moscow of bombing rebels.', ['accusation']),
			unit(30, 3, 0, 'Airstrikes began on 30 September.'),
			unit(40, 4, 3, 'Russia urged a united front.', ['cooperation_urged', 'accusation']),
			unit(41, 4, 1, 'Airstrikes hit Raqqa.')
		],
		storylines: [
			{
				key: 'offer',
				label: 'Russia · offer',
				terms: ['offer', 'coordinate'],
				cohesion: 0.3,
				units: [10, 11, 20]
			},
			{
				key: 'strikes',
				label: 'Syria · airstrikes',
				terms: ['airstrikes', 'Raqqa'],
				cohesion: 0.2,
				units: [41, 30, 20, 10]
			},
			{ key: 'lonely', label: 'Alpha only', terms: ['front'], cohesion: 0.9, units: [40, 11] }
		],
		storylinesOmitted: 0,
		stockParagraphs: []
	};
}

export function tinyView(filters: Partial<Filters> = {}): DashboardView {
	return buildView(tinyCorpus(), { ...NO_FILTERS, ...filters });
}
