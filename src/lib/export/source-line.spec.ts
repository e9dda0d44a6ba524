import { describe, expect, it } from 'vitest';
import { seedView } from '$lib/charts/testing/golden';
import { localDate, sourceFacts, sourceLine } from './source-line';

describe('sourceLine', () => {
	it('states the seeds export’s source exactly (golden)', () => {
		expect(
			sourceLine({
				articles: 5,
				outlets: 5,
				codebook: { id: 'default', version: '1.0.0' },
				date: '2026-11-23'
			})
		).toBe('Parallax · 5 articles from 5 outlets · codebook default v1.0.0 · 2026-11-23');
	});

	it.each([
		[1, 1, 'Parallax · 1 article from 1 outlet · codebook c v2 · 2026-01-02'],
		[3724, 4, 'Parallax · 3,724 articles from 4 outlets · codebook c v2 · 2026-01-02']
	])('counts %i articles from %i outlets in words', (articles, outlets, line) => {
		expect(
			sourceLine({ articles, outlets, codebook: { id: 'c', version: '2' }, date: '2026-01-02' })
		).toBe(line);
	});
});

describe('sourceLine under a minimum confidence', () => {
	const facts = { articles: 5, outlets: 5, codebook: { id: 'default', version: '1.0.0' } };

	it('states the threshold after the codebook (golden)', () => {
		expect(sourceLine({ ...facts, minConfidence: 0.8, date: '2026-11-23' })).toBe(
			'Parallax · 5 articles from 5 outlets · codebook default v1.0.0 · codes with confidence ≥ 0.8 · 2026-11-23'
		);
	});

	it('says nothing new when every code counts', () => {
		const line = 'Parallax · 5 articles from 5 outlets · codebook default v1.0.0 · 2026-11-23';
		expect(sourceLine({ ...facts, minConfidence: null, date: '2026-11-23' })).toBe(line);
		expect(sourceLine({ ...facts, date: '2026-11-23' })).toBe(line);
	});

	it('says what a chart’s shares are of, and that they carry intervals', () => {
		expect(sourceLine({ ...facts, denominator: 'articles', date: '2026-11-23' })).toBe(
			'Parallax · 5 articles from 5 outlets · codebook default v1.0.0 · share of the outlet’s articles with text, 95% intervals · 2026-11-23'
		);
		expect(sourceFacts(seedView({ denominator: 'sentences' }), { shares: true }).denominator).toBe(
			'sentences'
		);
		expect(sourceFacts(seedView({ denominator: 'sentences' })).denominator).toBeUndefined();
	});

	it('takes the threshold from the view it describes', () => {
		expect(sourceFacts(seedView({ minConfidence: 0.9 })).minConfidence).toBe(0.9);
		expect(sourceFacts(seedView()).minConfidence).toBeNull();
	});
});

describe('localDate', () => {
	it('writes the calendar day as YYYY-MM-DD with zero padding', () => {
		expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
