// fast-check arbitraries for the one-count property: small coded corpora with every shape the
// aggregation must survive (undated and month-dated articles, articles with no text, uncoded,
// low-confidence and two-frame sentences, captions, stock paragraphs), and random filter sets.
import fc from 'fast-check';
import type { CodedCorpus, EvidenceUnit } from '$lib/coded-corpus';
import { DENOMINATORS } from '../denominators';
import type { Filters } from '../filters';

export const FRAMES = ['cooperation_urged', 'cooperation_refused', 'accusation'];
export const OUTLETS = ['Alpha', 'Beta', 'Gamma', 'Delta'];
const ACTORS = ['Russia', 'US', 'Syria', 'Turkey'];
const DAYS = ['2015-09-30', '2015-10-02', '2015-10-20', '2015-11-05', '2016-01-15'];

const code = fc.record({
	frame: fc.constantFrom(...FRAMES),
	confidence: fc.constantFrom(0.3, 0.55, 0.75, 0.95),
	source: fc.option(fc.constantFrom(...ACTORS), { nil: null }),
	targets: fc.subarray(ACTORS, { maxLength: 2 }),
	cues: fc.constant([{ start: 0, end: 4, rule: 'test' }])
});

const unitShape = fc.record({
	kind: fc.constantFrom('headline', 'body', 'body', 'body', 'caption'),
	codes: fc.array(code, { maxLength: 2 }),
	actors: fc.subarray(ACTORS, { maxLength: 2 })
});

const articleShape = fc.record({
	outlet: fc.constantFrom(...OUTLETS),
	date: fc.oneof(
		fc.constantFrom(...DAYS).map((iso) => ({ iso, precision: 'day' as const })),
		fc.constantFrom('2015-10', '2015-11').map((iso) => ({ iso, precision: 'month' as const })),
		fc.constant(null)
	),
	units: fc.array(unitShape, { maxLength: 5 }),
	/** Text units the corpus leaves out, as it does uncoded units outside storylines. */
	unlisted: fc.nat({ max: 6 }),
	/** Whether the article's first body unit is its outlet's stock paragraph. */
	stock: fc.boolean(),
	/** Its value of the `labels` lens, or none. */
	label: fc.option(fc.constantFrom('credible', 'fake'), { nil: null }),
	/** Which earlier article (counting back) it is a near-copy of, if any. */
	copyBack: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null, freq: 3 })
});

/** A coded corpus of up to 12 articles over up to four outlets. */
export const arbitraryCorpus: fc.Arbitrary<CodedCorpus> = fc
	.array(articleShape, { minLength: 1, maxLength: 12 })
	.map((shapes) => {
		let nextUnit = 1;
		const units: EvidenceUnit[] = [];
		const stock = new Map<string, EvidenceUnit[]>();
		const articles = shapes.map((shape, i) => {
			const id = i + 1;
			const own: EvidenceUnit[] = shape.units.map((unit, ordinal) => ({
				id: nextUnit++,
				article: id,
				ordinal,
				kind: unit.kind as EvidenceUnit['kind'],
				start: ordinal * 10,
				end: ordinal * 10 + 8,
				text: `unit ${nextUnit}`,
				actors: unit.actors,
				codes: unit.codes.map((one) => ({
					...one,
					targets: [...one.targets],
					cues: one.cues.map((cue) => ({ ...cue }))
				}))
			}));
			units.push(...own);
			const firstBody = own.find((unit) => unit.kind === 'body');
			if (shape.stock && firstBody)
				stock.set(shape.outlet, [...(stock.get(shape.outlet) ?? []), firstBody]);
			const text = own.filter((unit) => unit.kind === 'headline' || unit.kind === 'body');
			const body = text.some((unit) => unit.kind === 'body') || shape.unlisted > 0;
			const textUnits = text.length + shape.unlisted;
			return {
				id,
				outlet: shape.outlet,
				title: `Article ${id}`,
				titleDerived: false,
				published: shape.date,
				dateLabel: shape.date?.iso ?? 'undated',
				url: null,
				textUnits,
				noText: body ? null : textUnits > 0 ? ('headline' as const) : ('furniture' as const),
				...(shape.label ? { lenses: { labels: shape.label } } : {}),
				...(shape.copyBack !== null && id - shape.copyBack >= 1
					? { copyOf: id - shape.copyBack }
					: {})
			};
		});
		const present = [...new Set(articles.map((article) => article.outlet))].sort();
		return {
			codebook: {
				id: 'default',
				version: '1.1.4',
				label: 'Default',
				frames: FRAMES.map((id) => ({ id, label: id, definition: '' }))
			},
			outlets: present.map((name) => ({
				name,
				type: null,
				domain: null,
				articles: articles.filter((article) => article.outlet === name).length
			})),
			articles,
			units,
			storylines: [],
			storylinesOmitted: 0,
			lenses: [
				{
					name: 'labels',
					values: ['credible', 'fake'].map((value) => ({
						value,
						articles: articles.filter((a) => a.lenses?.labels === value).length
					})),
					missing: articles.filter((a) => !a.lenses).length
				}
			],
			stockParagraphs: [...stock.values()]
				.filter((occurrences) => occurrences.length > 1)
				.map((occurrences) => ({
					occurrences: occurrences.map((unit) => ({
						unit: unit.id,
						article: unit.article,
						ordinal: unit.ordinal
					}))
				}))
		};
	});

/** Any filter set the URL can carry, with any denominator. */
export const arbitraryFilters: fc.Arbitrary<Filters> = fc
	.record({
		outlets: fc.subarray(OUTLETS, { maxLength: 3 }),
		frames: fc.subarray(FRAMES, { maxLength: 2 }),
		range: fc.option(fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(...DAYS)), { nil: null }),
		actor: fc.option(fc.constantFrom(...ACTORS), { nil: null }),
		minConfidence: fc.option(fc.constantFrom(0.5, 0.8), { nil: null }),
		denominator: fc.constantFrom(...DENOMINATORS),
		countCopies: fc.boolean(),
		attributes: fc.subarray([
			{ name: 'labels', value: 'credible' },
			{ name: 'labels', value: 'fake' }
		])
	})
	.map(({ range, ...rest }) => {
		const [from, to] = range ? [...range].sort() : [null, null];
		return { ...rest, from: from ?? null, to: to ?? null };
	});
