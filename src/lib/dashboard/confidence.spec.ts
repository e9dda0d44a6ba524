// The minimum-confidence filter: codes below it stop counting everywhere a view counts, their units
// stay in sight as sentences, and what a number is made of says so.
import { describe, expect, it } from 'vitest';
import type { CodedCorpus, EvidenceCode, EvidenceUnit } from '$lib/coded-corpus';
import { seedCorpus } from '$lib/charts/testing/golden';
import {
	CONFIDENCE_STEPS,
	describeConfidence,
	isConfident,
	withConfidentCodes
} from './confidence';
import { describeFilters } from './describe';
import { matchEvidence } from './evidence';
import { NO_FILTERS } from './filters';
import { buildView } from './view';

const code = (frame: string, confidence: number, targets: string[] = []): EvidenceCode => ({
	frame,
	confidence,
	source: targets.length > 0 ? 'Russia' : null,
	targets,
	cues: [{ start: 0, end: 4, rule: 'test' }]
});

const unit = (id: number, codes: EvidenceCode[]): EvidenceUnit => ({
	id,
	article: 1,
	ordinal: id,
	kind: 'body',
	start: 0,
	end: 10,
	text: `Sentence ${id}.`,
	actors: [],
	codes
});

/** One outlet, one article of four sentences, three of them coded at known confidences. */
function smallCorpus(): CodedCorpus {
	return {
		codebook: {
			id: 'test',
			version: '1',
			label: 'Test',
			frames: ['accusation', 'cooperation_urged'].map((id) => ({ id, label: id, definition: '' }))
		},
		outlets: [{ name: 'RT', type: null, domain: null, articles: 1 }],
		articles: [
			{
				id: 1,
				outlet: 'RT',
				title: 'Article',
				titleDerived: false,
				published: { iso: '2015-10-01', precision: 'day' },
				dateLabel: '1 Oct 2015',
				url: null,
				textUnits: 4,
				noText: null
			}
		],
		units: [
			unit(1, [code('accusation', 0.9), code('cooperation_urged', 0.6, ['US'])]),
			unit(2, [code('accusation', 0.8)]),
			unit(3, [code('accusation', 0.79, ['US'])])
		],
		storylines: [],
		storylinesOmitted: 0,
		stockParagraphs: []
	};
}

describe('isConfident', () => {
	it.each([
		[0.8, 0.8, true],
		[0.79, 0.8, false],
		[0.99, 0.8, true],
		[0.1, null, true]
	])('a code at %f under a threshold of %s counts: %s', (confidence, min, counts) => {
		expect(isConfident({ confidence }, min)).toBe(counts);
	});
});

describe('withConfidentCodes', () => {
	it('keeps the unit and only its codes at or above the threshold, leaving the unit as it was', () => {
		const before = unit(1, [code('accusation', 0.9), code('cooperation_urged', 0.6)]);
		const copy = structuredClone(before);
		const after = withConfidentCodes(before, 0.7);
		expect(after).toEqual({ ...copy, codes: [copy.codes[0]] });
		expect(before).toEqual(copy);
		expect(withConfidentCodes(before, 0.95).codes).toEqual([]);
		expect(withConfidentCodes(before, null)).toBe(before);
	});
});

describe('buildView under a minimum confidence', () => {
	const corpus = smallCorpus();
	const all = buildView(corpus, NO_FILTERS);
	const confident = buildView(corpus, { ...NO_FILTERS, minConfidence: 0.8 });
	const rt = (view: typeof all) => view.aggregates.outlets[0]!;

	it('counts only codes at or above it; a unit left without codes counts as uncoded', () => {
		expect(rt(all)).toMatchObject({ codedUnits: 3, units: 3 });
		expect(rt(all).frames.accusation).toEqual({ count: 3, share: 1 });
		expect(rt(all).frames.cooperation_urged).toEqual({ count: 1, share: 1 / 3 });

		expect(rt(confident)).toMatchObject({ codedUnits: 2, units: 3 });
		expect(rt(confident).frames.accusation).toEqual({ count: 2, share: 1 });
		expect(rt(confident).frames.cooperation_urged).toEqual({ count: 0, share: 0 });
		// The sentences stay in sight: only their codes went.
		expect(confident.units.map((u) => u.id)).toEqual([1, 2, 3]);
		expect(confident.units.find((u) => u.id === 3)!.codes).toEqual([]);
	});

	it('draws no actor edge from a code below it, and drops a unit naming the actor only there', () => {
		expect(all.aggregates.edges.map((e) => [e.frame, e.count])).toEqual([
			['accusation', 1],
			['cooperation_urged', 1]
		]);
		expect(confident.aggregates.edges).toEqual([]);
		expect(buildView(corpus, { ...NO_FILTERS, actor: 'US' }).units).toHaveLength(2);
		expect(buildView(corpus, { ...NO_FILTERS, actor: 'US', minConfidence: 0.8 }).units).toEqual([]);
	});

	it('lists as evidence only units whose codes reach it, with only those codes', () => {
		const listed = matchEvidence(confident, { outlet: 'RT', frame: 'accusation' });
		expect(listed.map((u) => u.id)).toEqual([1, 2]);
		expect(listed.flatMap((u) => u.codes).every((c) => c.confidence >= 0.8)).toBe(true);
		expect(matchEvidence(confident, { outlet: 'RT', frame: 'cooperation_urged' })).toEqual([]);
		expect(matchEvidence(confident, { outlet: 'RT' })).toHaveLength(2);
	});

	it('says so where the view states its filters, and says nothing new without it', () => {
		expect(describeFilters(confident)).toContain(' · codes with confidence ≥ 0.8 · ');
		expect(describeFilters(all)).not.toContain('confidence');
		expect(describeConfidence(0.75)).toBe('codes with confidence ≥ 0.75');
	});

	it('does not change the corpus it reads', () => {
		expect(corpus).toEqual(smallCorpus());
	});
});

describe('the seed corpus under each threshold the filter bar offers', () => {
	const corpus = seedCorpus();
	const textUnits = corpus.units.filter((u) => u.kind === 'headline' || u.kind === 'body');
	const outletOf = new Map(corpus.articles.map((a) => [a.id, a.outlet]));

	/** Counted straight from the corpus, not through the view: frames per outlet, and coded units. */
	function expected(min: number) {
		const counts = new Map<string, { coded: number; frames: Record<string, number> }>();
		for (const u of textUnits) {
			const kept = u.codes.filter((c) => c.confidence >= min);
			const entry = counts.get(outletOf.get(u.article)!) ?? { coded: 0, frames: {} };
			if (kept.length > 0) entry.coded++;
			for (const frame of new Set(kept.map((c) => c.frame)))
				entry.frames[frame] = (entry.frames[frame] ?? 0) + 1;
			counts.set(outletOf.get(u.article)!, entry);
		}
		return counts;
	}

	it('has codes on both sides of some step, so the filter has something to do', () => {
		const confidences = textUnits.flatMap((u) => u.codes.map((c) => c.confidence));
		expect(
			CONFIDENCE_STEPS.some(
				(min) => confidences.some((c) => c < min) && confidences.some((c) => c >= min)
			)
		).toBe(true);
	});

	it.each(CONFIDENCE_STEPS)('at %f, every outlet counts only the codes that reach it', (min) => {
		const view = buildView(corpus, { ...NO_FILTERS, minConfidence: min });
		const counts = expected(min);
		for (const outlet of view.aggregates.outlets) {
			const want = counts.get(outlet.outlet)!;
			expect(outlet.codedUnits, outlet.outlet).toBe(want.coded);
			for (const frame of view.frames)
				expect(outlet.frames[frame.id]!.count, `${outlet.outlet} ${frame.id}`).toBe(
					want.frames[frame.id] ?? 0
				);
		}
		expect(view.units.flatMap((u) => u.codes).every((c) => c.confidence >= min)).toBe(true);
	});
});
