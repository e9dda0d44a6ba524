import { describe, expect, it } from 'vitest';
import {
	alignStorylines,
	type CodedUnit,
	type StorylineDocument,
	type UnitKind
} from './storylines';

function unit(text: string, start = 0, kind: UnitKind = 'body'): CodedUnit {
	return { start, end: start + text.length, text, kind, frames: [], actors: [] };
}

function article(
	id: string,
	outlet: string,
	published: string,
	texts: string[]
): StorylineDocument {
	let offset = 0;
	const units = texts.map((text) => {
		const u = unit(text, offset);
		offset += text.length + 1;
		return u;
	});
	return { id, outlet, published, units };
}

const CAMPAIGN = [
	'Russia launched its air campaign against terrorists in Syria on September 30.',
	'Russia began its air bombings in Syria on 30 September to destroy jihadist forces.',
	'Moscow launched a campaign against terrorist targets in Syria on Sept. 30.'
];
const FILLER = [
	'The weather in the capital was mild and markets opened as usual.',
	'Football fans gathered in the stadium for the cup final.',
	'A new bridge over the river will carry traffic next spring.'
];

const corpus = (): StorylineDocument[] => [
	article('a', 'Sputnik', '2015-10-13', [CAMPAIGN[0]!, FILLER[0]!]),
	article('b', 'RT', '2015-10-14', [FILLER[1]!, CAMPAIGN[1]!]),
	article('c', 'Reuters', '2015-10-15', [CAMPAIGN[2]!, FILLER[2]!])
];

describe('alignStorylines', () => {
	it('returns no storylines for an empty corpus', () => {
		expect(alignStorylines([])).toEqual([]);
	});

	it('returns no storylines for a single article, however repetitive', () => {
		expect(
			alignStorylines([article('a', 'RT', '2015-10-13', [CAMPAIGN[0]!, CAMPAIGN[0]!])])
		).toEqual([]);
	});

	it('groups units of different articles that tell the same event in different words', () => {
		const [storyline, ...rest] = alignStorylines(corpus());
		expect(rest).toEqual([]);
		expect(storyline?.units.map((u) => [u.document, u.start])).toEqual([
			['a', 0],
			['b', FILLER[1]!.length + 1],
			['c', 0]
		]);
		expect(storyline?.outlets).toEqual(['RT', 'Reuters', 'Sputnik']);
		expect(storyline?.label).toMatch(/^Russia · campaign start · .+ · 30 Sep 2015$/);
		expect(storyline?.terms).toContain('30 Sep 2015');
		expect(storyline?.id).toMatch(/^russia-campaign-start-[a-z0-9-]+-[0-9a-f]{8}$/);
		expect(storyline?.cohesion).toBeGreaterThan(0);
		expect(storyline?.cohesion).toBeLessThanOrEqual(1);
	});

	it('leaves boilerplate and captions out', () => {
		const documents = corpus().map((d) => ({
			...d,
			units: d.units.map((u) => ({ ...u, kind: 'caption' as UnitKind }))
		}));
		expect(alignStorylines(documents)).toEqual([]);
	});

	it('keeps a storyline only when it spans minArticles articles', () => {
		const two = corpus().slice(0, 2);
		expect(alignStorylines(two)).toHaveLength(1);
		expect(alignStorylines(two, { minArticles: 3 })).toEqual([]);
	});

	it('keeps an offer and a refusal of the same cooperation apart', () => {
		const documents = [
			article('a', 'RT', '2015-10-13', ['Russia offered to cooperate with the US against ISIS.']),
			article('b', 'CNN', '2015-10-13', ['The US refused to cooperate with Russia against ISIS.'])
		];
		expect(alignStorylines(documents, { threshold: 0.3 })).toEqual([]);
		expect(alignStorylines(documents, { threshold: 0.05 })).toHaveLength(1);
	});

	it('gives the same storylines and ids whatever the order of documents', () => {
		const forward = alignStorylines(corpus());
		expect(alignStorylines([...corpus()].reverse())).toEqual(forward);
		expect(alignStorylines(corpus())).toEqual(forward);
	});

	it('orders storylines by outlets covered, then by size', () => {
		const documents = [
			...corpus(),
			article('d', 'Al Jazeera', '2015-10-13', [
				'Football fans gathered in the stadium for the cup final again.',
				'Fans of football gathered for the cup final in the stadium.'
			]),
			article('e', 'BBC', '2015-10-13', ['Football fans gathered in a stadium for the cup final.'])
		];
		const storylines = alignStorylines(documents);
		expect(storylines.map((s) => [s.outlets.length, s.units.length])).toEqual([
			[3, 4],
			[3, 3]
		]);
		expect(storylines[0]?.terms).toContain('cup');
	});

	it('does not mutate its input', () => {
		const documents = corpus();
		const copy = structuredClone(documents);
		alignStorylines(documents);
		expect(documents).toEqual(copy);
	});
});
