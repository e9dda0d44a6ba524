import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';
import { noTextReason, type NoTextReason } from './readable';
import { countWords } from './text';
import { noTextOf, splitUnits } from './units';

/** The reason read off every unit the splitter makes: what noTextOf must agree with. */
function reasonFromUnits(text: string, title: string | null = null): NoTextReason | null {
	const units = splitUnits(text, { title });
	return noTextReason({
		words: countWords(text),
		body: units.filter((unit) => unit.kind === 'body').length,
		headlinesAndCaptions: units.filter(
			(unit) => unit.kind === 'headline' || unit.kind === 'caption'
		).length
	});
}

// Vite reads the seed files for the test, so the engine itself stays free of Node APIs.
const SEEDS = import.meta.glob('/seeds/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const MANIFEST = Object.values(
	import.meta.glob('/seeds/manifest.csv', { query: '?raw', import: 'default', eager: true })
)[0] as string;
const TITLES = new Map(parseManifest(MANIFEST).map((entry) => [entry.file, entry.title]));

const RELATED_HEADLINES = [
	'Turkey And Iran Agree On Idlib Zones As Assad Forces Advance Near Aleppo Under Fire.',
	'Russia And America Hold Talks In Geneva On Syria Ceasefire Plan Amid Fresh Strikes.'
].join(' ');

const CASES: [string, string, NoTextReason | null][] = [
	[
		'a dateline and a share line',
		'Published February 18 2015 10:22\nShare this article',
		'furniture'
	],
	['a bare share line', 'Share this article', 'furniture'],
	[
		'a byline and a link-out',
		'Posted on April 19 2017 by Daily Sabah\nRead more: Turkey and Russia agree on Idlib',
		'furniture'
	],
	['a run of related headlines that lost its line breaks', RELATED_HEADLINES, 'furniture'],
	['punctuation alone', '— … —', 'empty'],
	['a headline alone', 'Kremlin Offers Joint Strikes With Washington', 'headline'],
	[
		'a photo caption alone',
		'A jet lands at a base in Latakia. (Photo: Maria Ivanova/TASS)',
		'headline'
	],
	[
		'an article',
		'Turkish officials urged Washington and Moscow to cooperate against ISIS. The talks continue.',
		null
	],
	[
		'a dateline lead run into the first line of an article',
		'Published February 18 2015 Moscow offered on Monday to work with Washington against ISIS in Syria.',
		null
	],
	['a short sentence before related headlines', `Russia offers talks. ${RELATED_HEADLINES}`, null],
	[
		'an article under its furniture',
		'Share this article\n12 305\nMoscow offered on Monday to work with Washington against ISIS.',
		null
	]
];

describe('noTextOf', () => {
	it.each(CASES)('reads %s as %j', (_, text, reason) => {
		expect(noTextOf(text)).toBe(reason);
	});

	it.each(CASES)('agrees with the units the splitter makes of %s', (_, text) => {
		expect(noTextOf(text)).toBe(reasonFromUnits(text));
	});

	it('reads a line equal to the given title as its headline', () => {
		const text = 'Kremlin Offers Joint Strikes\nShare this article';
		expect(noTextOf(text)).toBe('headline');
		expect(
			noTextOf('Share this\nKremlin Offers Joint Strikes', {
				title: 'Kremlin Offers Joint Strikes'
			})
		).toBe('headline');
		expect(noTextOf('Share this\nKremlin Offers Joint Strikes')).toBe('furniture');
	});

	it('agrees with the splitter on every seed article, each of which has a body', () => {
		const entries = Object.entries(SEEDS);
		expect(entries.length).toBe(5);
		for (const [path, text] of entries) {
			const title = TITLES.get(path.split('/').at(-1)!) ?? null;
			expect(noTextOf(text, { title }), path).toBe(reasonFromUnits(text, title));
			expect(noTextOf(text, { title }), path).toBe(null);
		}
	});
});

describe('splitUnits', () => {
	it('covers the text in order with units that never overlap, each its exact slice', () => {
		const text =
			'Kremlin Offers Joint Strikes\n\nShare this\nMoscow offered talks on Monday. Washington said no.';
		const units = splitUnits(text);
		expect(units.map((unit) => [unit.kind, text.slice(unit.start, unit.end)])).toEqual([
			['headline', 'Kremlin Offers Joint Strikes'],
			['boilerplate', 'Share this'],
			['body', 'Moscow offered talks on Monday.'],
			['body', 'Washington said no.']
		]);
	});
});
