import { describe, expect, it } from 'vitest';
import type { EvidenceUnit } from '$lib/coded-corpus';
import type { BriefingItem, QuotePin, StorylinePin } from './items';
import { slideFileName, slideSource, sourcesCsv } from './slides';

const unit = (id: number, text: string): EvidenceUnit => ({
	id,
	article: 3,
	ordinal: id,
	kind: 'body',
	start: 0,
	end: text.length,
	text,
	actors: [],
	codes: []
});
const article: QuotePin['article'] = {
	id: 3,
	outlet: 'RT',
	title: 'Talks in Geneva',
	dateLabel: '30 Sep 2015',
	url: 'https://rt.com/a'
};
const item = (position: number, pin: BriefingItem['pin'], caption = ''): BriefingItem => ({
	id: position + 10,
	position,
	caption,
	pin,
	createdAt: '2026-11-23T00:00:00.000Z'
});

const items: BriefingItem[] = [
	item(
		0,
		{ kind: 'chart', chart: 'heatmap', corpus: 'seeds', query: 'outlet=RT', title: 'Which outlet' },
		'=SUM(A1)'
	),
	item(1, { kind: 'quote', corpus: 'seeds', unit: unit(1, 'Moscow urged talks.'), article }),
	item(2, {
		kind: 'storyline',
		corpus: 'seeds',
		query: '',
		key: 'talks',
		label: 'talks · Geneva',
		outlets: [
			{
				outlet: 'RT',
				units: [
					{ unit: unit(2, 'One.'), article },
					{ unit: unit(3, 'Two.'), article }
				]
			}
		]
	})
];

describe('sourcesCsv', () => {
	it('lists each chart with its filters and each quoted sentence with its article, formulas neutralised', () => {
		const lines = sourcesCsv(
			items,
			() => 'Seed corpus',
			() => '1 of 5 outlets · /?outlet=RT'
		).split('\r\n');
		expect(lines).toEqual([
			'slide,kind,caption,chart,corpus,filters,outlet,article_id,article_title,article_date,article_url,quote',
			'1,chart,"\'=SUM(A1)",Which outlet,Seed corpus,1 of 5 outlets · /?outlet=RT,,,,,,',
			'2,quote,,,Seed corpus,,RT,3,Talks in Geneva,30 Sep 2015,https://rt.com/a,Moscow urged talks.',
			'3,storyline,,talks · Geneva,Seed corpus,,RT,3,Talks in Geneva,30 Sep 2015,https://rt.com/a,One.',
			'3,storyline,,talks · Geneva,Seed corpus,,RT,3,Talks in Geneva,30 Sep 2015,https://rt.com/a,Two.'
		]);
	});

	it('leaves article_url empty for a URL that is not a web address, so no spreadsheet links it', () => {
		const pinned = { ...article, url: 'javascript:alert(document.cookie)' };
		const lines = sourcesCsv(
			[item(0, { kind: 'quote', corpus: 'seeds', unit: unit(1, 'Quoted.'), article: pinned })],
			() => 'Seed corpus',
			() => ''
		).split('\r\n');
		expect(lines[1]).toBe('1,quote,,,Seed corpus,,RT,3,Talks in Geneva,30 Sep 2015,,Quoted.');
	});

	it('neutralises a formula behind leading blanks or in full width in every column', () => {
		const hostile: QuotePin['article'] = {
			id: 4,
			outlet: '\uff20SUM(A1)',
			title: ' =HYPERLINK("http://x")',
			dateLabel: '\t-1',
			url: '\u00a0+1'
		};
		const lines = sourcesCsv(
			[
				item(
					0,
					{ kind: 'quote', corpus: 'seeds', unit: unit(1, '\u3000-2+3'), article: hostile },
					'\r\n=1'
				)
			],
			() => ' @corpus',
			() => ''
		).split('\r\n');
		expect(lines.slice(1).join('\r\n')).toBe(
			[
				'1,quote,"\'\r\n=1",,"\' @corpus"',
				'',
				'"\'\uff20SUM(A1)"',
				'4',
				'"\' =HYPERLINK(""http://x"")"',
				'"\'\t-1"',
				'', // not a web address, so left empty (see above)
				'"\'\u3000-2+3"'
			].join(',')
		);
	});
});

describe('the minimum confidence of a quote or storyline', () => {
	const quote: QuotePin = {
		kind: 'quote',
		corpus: 'seeds',
		unit: unit(1, 'Moscow urged talks.'),
		article,
		minConfidence: 0.8
	};
	const storyline = {
		...(items[2]!.pin as StorylinePin),
		query: 'minConfidence=0.7&mode=storyline'
	};

	it('is stated in its slide’s source line, and nothing new is said without one', () => {
		expect(slideSource(quote, '2026-11-23')).toBe(
			'Parallax · RT, “Talks in Geneva”, 30 Sep 2015 · https://rt.com/a · codes with confidence ≥ 0.8 · 2026-11-23'
		);
		expect(slideSource({ ...quote, minConfidence: undefined }, '2026-11-23')).toBe(
			'Parallax · RT, “Talks in Geneva”, 30 Sep 2015 · https://rt.com/a · 2026-11-23'
		);
		expect(slideSource(storyline, '2026-11-23')).toBe(
			'Parallax · storyline talks · 1 outlets · codes with confidence ≥ 0.7 · 2026-11-23'
		);
		expect(slideSource(items[2]!.pin as StorylinePin, '2026-11-23')).toBe(
			'Parallax · storyline talks · 1 outlets · 2026-11-23'
		);
	});

	it('is the filters of its rows in sources.csv', () => {
		const lines = sourcesCsv(
			[item(0, quote), item(1, storyline)],
			() => 'Seed corpus',
			() => ''
		).split('\r\n');
		expect(lines.slice(1).map((line) => line.split(',')[5])).toEqual([
			'codes with confidence ≥ 0.8',
			'codes with confidence ≥ 0.7',
			'codes with confidence ≥ 0.7'
		]);
	});
});

describe('slideFileName', () => {
	it.each([
		[0, 'slide-01-heatmap-2026-11-23.png'],
		[1, 'slide-02-quote-rt-2026-11-23.png'],
		[2, 'slide-03-storyline-talks-geneva-2026-11-23.png']
	])('numbers item %i in briefing order: %s', (index, name) => {
		expect(slideFileName(items[index]!, '2026-11-23')).toBe(name);
	});
});
