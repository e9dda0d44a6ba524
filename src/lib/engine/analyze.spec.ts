import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { defaultCodebook } from './codebook';

const ARTICLE = [
	'Kremlin Offers Joint Strikes With Washington',
	'',
	'Share this',
	'Moscow offered on Monday to work with Washington against ISIS.',
	'“We cannot host a delegation.',
	'The door is closed,” a Pentagon spokesman said.',
	'A jet lands at a base in Latakia. (Photo: Maria Ivanova/TASS)',
	'Read more: Envoys meet in Vienna'
].join('\n');

describe('analyzeText', () => {
	const units = analyzeText(ARTICLE, defaultCodebook);

	it('returns every unit in order with its kind, furniture included', () => {
		expect(units.map((u) => [u.kind, u.text])).toEqual([
			['headline', 'Kremlin Offers Joint Strikes With Washington'],
			['boilerplate', 'Share this'],
			['body', 'Moscow offered on Monday to work with Washington against ISIS.'],
			['body', '“We cannot host a delegation.'],
			['body', 'The door is closed,” a Pentagon spokesman said.'],
			['caption', 'A jet lands at a base in Latakia. (Photo: Maria Ivanova/TASS)'],
			['boilerplate', 'Read more: Envoys meet in Vienna']
		]);
	});

	it('gives every unit the exact slice of the original text it claims', () => {
		for (const u of units) expect(ARTICLE.slice(u.start, u.end)).toBe(u.text);
	});

	it('codes headline and body units, and never furniture or captions', () => {
		expect(units.map((u) => u.frames.map((f) => `${f.frame}:${f.source}`))).toEqual([
			['cooperation_urged:Russia'],
			[],
			['cooperation_urged:Russia'],
			['cooperation_refused:US'],
			[],
			[],
			[]
		]);
	});

	it('carries a quotation’s speaker back to its first sentence', () => {
		expect(units[3]?.frames[0]?.targets).toEqual(['Russia']);
	});

	it('lists actor mentions of every unit but furniture', () => {
		expect(units.map((u) => u.actors.map((a) => a.actor))).toEqual([
			['Russia', 'US'],
			[],
			['Russia', 'US', 'ISIS'],
			[],
			['US'],
			['Russia'],
			[]
		]);
	});

	it('takes the given title as the headline', () => {
		const text = 'Breaking\nTalks resume in Geneva\nThe envoys met on Monday.';
		expect(
			analyzeText(text, defaultCodebook, { title: 'Talks resume in Geneva' }).map((u) => u.kind)
		).toEqual(['boilerplate', 'headline', 'body']);
	});

	it('gives no units for empty text and does not mutate the codebook', () => {
		const before = JSON.stringify(defaultCodebook);
		expect(analyzeText('', defaultCodebook)).toEqual([]);
		expect(JSON.stringify(defaultCodebook)).toBe(before);
	});
});
