import { describe, expect, it } from 'vitest';
import type { EvidenceUnit } from '$lib/coded-corpus';
import {
	BriefingError,
	MAX_QUERY,
	readPin,
	type ChartPin,
	type QuotePin,
	type StorylinePin
} from './items';

const unit = (id: number, article = 7): EvidenceUnit => ({
	id,
	article,
	ordinal: 2,
	kind: 'body',
	start: 40,
	end: 95,
	text: 'Moscow urged Washington to join forces against ISIS.',
	actors: ['russia', 'usa'],
	codes: [
		{
			frame: 'cooperation',
			confidence: 0.8,
			source: 'russia',
			targets: ['usa'],
			cues: [{ start: 13, end: 18, rule: 'appeal' }]
		}
	]
});

const article = (id = 7): QuotePin['article'] => ({
	id,
	outlet: 'RT',
	title: 'Moscow calls for a coalition',
	dateLabel: '1 Oct 2015',
	url: 'https://rt.com/a'
});

const CHART: ChartPin = {
	kind: 'chart',
	chart: 'heatmap',
	corpus: 'seeds',
	query: 'corpus=seeds&outlet=RT&sort=accusation',
	title: 'Frames by outlet'
};
const QUOTE: QuotePin = { kind: 'quote', corpus: 'seeds', unit: unit(31), article: article() };
const STORYLINE: StorylinePin = {
	kind: 'storyline',
	corpus: 'seeds',
	query: 'corpus=seeds&mode=storyline',
	key: 'coalition-isis',
	label: 'A coalition against ISIS',
	outlets: [
		{ outlet: 'RT', units: [{ unit: unit(31), article: article() }] },
		{ outlet: 'BBC', units: [{ unit: unit(52, 9), article: { ...article(9), url: null } }] }
	]
};

/** The message readPin throws for a value, or null when it accepts it. */
function refusal(value: unknown): string | null {
	try {
		readPin(value);
		return null;
	} catch (error) {
		expect(error).toBeInstanceOf(BriefingError);
		return (error as Error).message;
	}
}

describe('readPin', () => {
	it.each([
		['a chart', CHART],
		['a quote', QUOTE],
		['a storyline', STORYLINE]
	])('keeps %s exactly as it was sent', (_case, pin) => {
		expect(readPin(structuredClone(pin))).toEqual(pin);
	});

	it('keeps the minimum confidence a quote was shown under, and refuses one outside 0–1', () => {
		expect(readPin({ ...QUOTE, minConfidence: 0.8 })).toEqual({ ...QUOTE, minConfidence: 0.8 });
		expect(readPin({ ...QUOTE, minConfidence: null })).toEqual(QUOTE);
		expect(refusal({ ...QUOTE, minConfidence: 1.5 })).toMatch(/pin\.minConfidence/);
		expect(refusal({ ...QUOTE, minConfidence: '0.8' })).toMatch(/pin\.minConfidence/);
	});

	it('drops fields it does not know, at every level', () => {
		const sent = { ...QUOTE, extra: 1, unit: { ...QUOTE.unit, html: '<b>' } };
		expect(readPin(sent)).toEqual(QUOTE);
	});

	it('reads a missing article url as none', () => {
		const { url: _url, ...rest } = article();
		expect(readPin({ ...QUOTE, article: rest })).toEqual({
			...QUOTE,
			article: { ...rest, url: null }
		});
	});

	it.each([
		['sort=a&ev-outlet=RT&outlet=RT&ev-frame=x', 'sort=a&outlet=RT'],
		['?corpus=seeds&ev-undated=1', 'corpus=seeds'],
		['ev%2Doutlet=RT&bars=stacked', 'bars=stacked'],
		['outlet=Le%20Monde&outlet=RT&&', 'outlet=Le%20Monde&outlet=RT'],
		['ev-outlet=RT', '']
	])("strips ev-* params from the query '%s', keeping the rest as sent", (query, kept) => {
		expect(readPin({ ...CHART, query })).toEqual({ ...CHART, query: kept });
		expect(readPin({ ...STORYLINE, query })).toEqual({ ...STORYLINE, query: kept });
	});

	it.each([
		['not an object', 'heatmap', 'pin must be an object'],
		['a list', [CHART], 'pin must be an object'],
		[
			'an unknown kind',
			{ ...CHART, kind: 'table' },
			'pin.kind must be one of chart, quote, storyline'
		],
		[
			'an unknown chart',
			{ ...CHART, chart: 'pie' },
			'pin.chart must be one of heatmap, bars, timeline, network'
		],
		['a blank corpus', { ...CHART, corpus: ' ' }, 'pin.corpus must not be empty'],
		['a numeric title', { ...CHART, title: 3 }, 'pin.title must be a string'],
		['a missing query', { ...CHART, query: undefined }, 'pin.query must be a string'],
		[
			'a query too long',
			{ ...CHART, query: `outlet=${'x'.repeat(MAX_QUERY)}` },
			`pin.query must be at most ${MAX_QUERY} characters`
		],
		['a missing unit', { ...QUOTE, unit: null }, 'pin.unit must be an object'],
		[
			'a fractional unit id',
			{ ...QUOTE, unit: { ...QUOTE.unit, id: 1.5 } },
			'pin.unit.id must be a whole number of at least 1'
		],
		[
			'a negative ordinal',
			{ ...QUOTE, unit: { ...QUOTE.unit, ordinal: -1 } },
			'pin.unit.ordinal must be a whole number of at least 0'
		],
		[
			'an unknown unit kind',
			{ ...QUOTE, unit: { ...QUOTE.unit, kind: 'footer' } },
			'pin.unit.kind must be one of headline, body, caption, boilerplate'
		],
		[
			'an end before the start',
			{ ...QUOTE, unit: { ...QUOTE.unit, end: 10 } },
			'pin.unit.end must not be before pin.unit.start'
		],
		[
			'actors that are not a list',
			{ ...QUOTE, unit: { ...QUOTE.unit, actors: 'russia' } },
			'pin.unit.actors must be a list'
		],
		[
			'a confidence above 1',
			{ ...QUOTE, unit: { ...QUOTE.unit, codes: [{ ...unit(1).codes[0], confidence: 2 }] } },
			'pin.unit.codes[0].confidence must be a number from 0 to 1'
		],
		[
			'a cue without a rule',
			{
				...QUOTE,
				unit: { ...QUOTE.unit, codes: [{ ...unit(1).codes[0], cues: [{ start: 0, end: 1 }] }] }
			},
			'pin.unit.codes[0].cues[0].rule must be a string'
		],
		[
			'an article other than the unit’s',
			{ ...QUOTE, article: article(8) },
			'pin.article.id must be pin.unit.article (7)'
		],
		['a blank storyline key', { ...STORYLINE, key: '' }, 'pin.key must not be empty'],
		[
			'a storyline outlet without a name',
			{ ...STORYLINE, outlets: [{ units: [] }] },
			'pin.outlets[0].outlet must be a string'
		],
		[
			'a storyline quote of another article',
			{
				...STORYLINE,
				outlets: [{ outlet: 'RT', units: [{ unit: unit(31), article: article(9) }] }]
			},
			'pin.outlets[0].units[0].article.id must be pin.outlets[0].units[0].unit.article (7)'
		]
	])('refuses %s, naming the field', (_case, value, message) => {
		expect(refusal(value)).toBe(message);
	});

	it('trims a chart title and cuts it to 300 characters', () => {
		expect(readPin({ ...CHART, title: `  ${'t'.repeat(400)}  ` })).toEqual({
			...CHART,
			title: 't'.repeat(300)
		});
	});

	it('cuts text fields to 20,000 characters without splitting a character', () => {
		const text = `${'a'.repeat(19_999)}😀 and more`;
		const pin = readPin({ ...QUOTE, unit: { ...QUOTE.unit, text } }) as QuotePin;
		expect(pin.unit.text).toBe('a'.repeat(19_999));
	});

	it('drops control characters a pin brings, so no slide it makes is invalid XML', () => {
		const pin = readPin({
			...QUOTE,
			article: { ...article(), outlet: 'R\u0000T', title: 'Moscow\u001b calls' }
		}) as QuotePin;
		expect(pin.article).toMatchObject({ outlet: 'RT', title: 'Moscow calls' });
	});

	it('keeps the first 12 outlets of a storyline and the first 6 quotes of each', () => {
		const quotes = Array.from({ length: 9 }, (_, i) => ({ unit: unit(i + 1), article: article() }));
		const outlets = Array.from({ length: 15 }, (_, i) => ({ outlet: `O${i}`, units: quotes }));
		const pin = readPin({ ...STORYLINE, outlets }) as StorylinePin;
		expect(pin.outlets.map((o) => o.outlet)).toEqual(outlets.slice(0, 12).map((o) => o.outlet));
		expect(pin.outlets.map((o) => o.units.length)).toEqual(Array(12).fill(6));
		expect(pin.outlets[0]!.units.map((q) => q.unit.id)).toEqual([1, 2, 3, 4, 5, 6]);
	});
});
