import { describe, expect, it } from 'vitest';
import { classifyBlocks, classifyLine, isHeadlineList, isTitle } from './furniture';

describe('classifyLine', () => {
	it.each([
		['a page clock', '14:02 GMT 3 March 2019', false, 'boilerplate'],
		['a view and share counter', '12 305', false, 'boilerplate'],
		['a navigation label', 'Subscribe Now', false, 'boilerplate'],
		['a badge', 'Verified story', false, 'boilerplate'],
		['a "Read" link-out', 'Read  ‘No deal’: envoy walks out of Geneva round', false, 'boilerplate'],
		[
			'a "More news:" link-out',
			'More news: Shares of Acme Corp (ACME) climb',
			false,
			'boilerplate'
		],
		['an audio widget label', 'WATCH MORE:', false, 'boilerplate'],
		['a tag list', 'Hezbollah, Golan Heights, Benjamin Netanyahu, Lebanon', false, 'boilerplate'],
		[
			'a related headline with a counter',
			'Ceasefire Talks Stall in Vienna (212)',
			false,
			'boilerplate'
		],
		[
			'a related headline in title case',
			'Pentagon Weighs New Options for Raqqa Offensive',
			false,
			'boilerplate'
		],
		[
			'a caption with a wire credit',
			'Soldiers patrol a street in Homs. (Ivan Petrov/Reuters)',
			false,
			'caption'
		],
		['a caption with a Photo: label', 'Photo: Rescue workers search the rubble', false, 'caption'],
		[
			'a wire-photo caption ending with place and date',
			'A fighter walks past a mural in Idlib, Syria, March 2, 2018.',
			false,
			'caption'
		],
		[
			'a first line that reads as a title',
			'Moscow offers joint patrols to Washington',
			true,
			'headline'
		],
		['a sentence', 'The minister said the talks would resume next week.', true, 'body'],
		[
			'a standfirst without a final period',
			'The two sides met again in Geneva on Tuesday to try to save a truce that has all but collapsed',
			false,
			'body'
		]
	])('reads %s as %s', (_case, line, first, kind) => {
		expect(classifyLine(line, first)).toBe(kind);
	});

	it('reads a line equal to the given title as the headline wherever it stands', () => {
		expect(classifyLine('Envoys Meet Again', false, 'Envoys meet  again')).toBe('headline');
	});

	it('does not take a long paragraph ending in a bracketed year for a counter', () => {
		const line =
			'They came to power during the revolution and founded a state that outlived its founders by decades (1917)';
		expect(classifyLine(line, false)).toBe('body');
	});

	it('does not take a video sentence for a link-out', () => {
		expect(classifyLine('Video footage showed the convoy leaving the city at dawn.', false)).toBe(
			'body'
		);
	});
});

describe('classifyBlocks', () => {
	it('gives trimmed line spans with their kinds', () => {
		const text = 'Talks Resume in Geneva\n\n  Listen Live\n  The envoys met on Monday.  \n';
		expect(classifyBlocks(text)).toEqual([
			{ start: 0, end: 22, kind: 'headline' },
			{ start: 26, end: 37, kind: 'boilerplate' },
			{ start: 40, end: 65, kind: 'body' }
		]);
	});

	it('joins a hard-wrapped line to the sentence it continues', () => {
		const text = 'Talks went on.\nThe envoys met on Monday and\nagreed to meet again.';
		expect(classifyBlocks(text)).toEqual([
			{ start: 0, end: 14, kind: 'body' },
			{ start: 15, end: 65, kind: 'body' }
		]);
	});
});

describe('isHeadlineList', () => {
	it.each([
		[
			'Related Kobani Rebuilt After Airstrikes Syrian Army Retakes Palmyra Pentagon Denies Report',
			true
		],
		['The envoys met on Monday and agreed that they would meet again in Geneva next week.', false],
		// Words in any script, capitalised or not, and apostrophes of either kind.
		['Élysée Rejects Moscow’s Offer Ümit Özdağ Visits İdlib Ömer Çelik Warns Ankara Again', true],
		['Les émissaires se sont réunis lundi à Genève et ont dit qu’ils se reverraient.', false],
		// Small words do not count either way; eleven words are too few for a list.
		['Kobani Rebuilt After Airstrikes as Syrian Army Retakes Palmyra from the Jihadists', true],
		['Kobani Rebuilt After Airstrikes Syrian Army Retakes Palmyra Pentagon Denies', false]
	])('reads %j as a headline list: %s', (unit, expected) => {
		expect(isHeadlineList(unit)).toBe(expected);
	});
});

describe('classifyBlocks on a whole article run into one line', () => {
	const kinds = (text: string) =>
		classifyBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)] as const);
	const PROSE =
		'Ministers from both governments met in Geneva on Monday to discuss the ceasefire. ' +
		'They agreed to meet again next week, officials said, and to share what their monitors report.';

	it('reads a "Published …" dateline lead as furniture and the rest as the article', () => {
		expect(kinds(`Published March 3 2016 ${PROSE}`)).toEqual([
			['boilerplate', 'Published March 3 2016'],
			['body', PROSE]
		]);
	});

	it('reads a "Posted on … by …" byline lead as furniture, with a time and a weekday too', () => {
		expect(kinds(`Posted on Tuesday, 12 April 2016 at 10:05 GMT by Jane Roe ${PROSE}`)[0]).toEqual([
			'boilerplate',
			'Posted on Tuesday, 12 April 2016 at 10:05 GMT by Jane Roe'
		]);
		expect(kinds(`Updated: 2016-04-12 ${PROSE}`).map(([kind]) => kind)).toEqual([
			'boilerplate',
			'body'
		]);
		expect(kinds(`Date of publication 17 October 2016 Video ${PROSE}`)).toEqual([
			['boilerplate', 'Date of publication 17 October 2016 Video'],
			['body', PROSE]
		]);
	});

	it('reads a long run of prose that opens with a link-out word ("More than …") as prose', () => {
		// Scraped text often stops mid-sentence, with no stop at the end of its one line.
		const more = `More than 19 civilians were killed in the town on Sunday. ${PROSE.slice(0, -1)}`;
		expect(kinds(more)).toEqual([['body', more]]);
		expect(kinds('More news: Truce talks resume in Geneva')).toEqual([
			['boilerplate', 'More news: Truce talks resume in Geneva']
		]);
	});

	it('keeps a long line that opens with "UPDATED" as prose, not a page clock', () => {
		expect(kinds(`UPDATED Talks resume in Geneva AFP Friday 3 Jun 2016 ${PROSE}`)).toEqual([
			['body', `UPDATED Talks resume in Geneva AFP Friday 3 Jun 2016 ${PROSE}`]
		]);
	});

	it('splits a photo credit off the end of an article, but not off a caption', () => {
		const credit = '(Photo Smoke rises over the old city on July 17 2017. by AFP)';
		const article = `${PROSE} ${PROSE} ${PROSE}`;
		expect(kinds(`${article} ${credit}`)).toEqual([
			['body', article],
			['caption', credit]
		]);
		expect(kinds('A jet lands at a base in Latakia. (Photo: Maria Ivanova/TASS)')).toEqual([
			['caption', 'A jet lands at a base in Latakia. (Photo: Maria Ivanova/TASS)']
		]);
	});

	it('leaves a dateline alone on its line, and a lead with too little after it, as furniture', () => {
		expect(kinds('Published March 3 2016').map(([kind]) => kind)).toEqual(['boilerplate']);
		expect(kinds('Posted on April 19 2017 by Jane Roe').map(([kind]) => kind)).toEqual([
			'boilerplate'
		]);
	});
});

describe('isTitle', () => {
	const title = 'Russia and US agree a truce in Aleppo';

	it('knows the title however its line is spaced, cased or stopped', () => {
		expect(isTitle(title, title)).toBe(true);
		expect(isTitle(`  ${title.toUpperCase()}.`, title)).toBe(true);
		expect(isTitle('Russia  and\u00a0US agree a truce in Aleppo:', title)).toBe(true);
		expect(isTitle('İstanbul talks', 'İSTANBUL TALKS')).toBe(true);
	});

	it('tells other lines from it, from their first letter on', () => {
		expect(isTitle('Moscow and Washington agree a truce in Aleppo', title)).toBe(false);
		expect(isTitle('Russia and US agree a truce in Aleppo, officials said', title)).toBe(false);
		expect(isTitle('', title)).toBe(false);
		expect(isTitle(title, null)).toBe(false);
	});
});
