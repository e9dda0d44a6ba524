import { describe, expect, it } from 'vitest';
import { describeTerm, unitTerms, type TermSource } from './terms';

const keys = (text: string, published: string | null = '2015-10-13') =>
	unitTerms({ text }, published);

describe('unitTerms', () => {
	it.each([
		['US officials refused cooperation.', 'c:REFUSE'],
		['"We have not, and will not, agree to cooperate with Russia."', 'c:REFUSE'],
		['Washington, however, rebuffed the overtures.', 'c:REFUSE'],
		['They can’t host a delegation in Washington either.', 'c:REFUSE'],
		['Moscow launched a campaign against ISIS in Syria.', 'c:CAMPAIGN_START'],
		['Russia began its air bombings in Syria.', 'c:CAMPAIGN_START'],
		['Russia launched its air campaign on September 30.', 'd:2015-09-30']
	])('reads %j with the key %s', (text, key) => {
		expect(keys(text)).toContain(key);
	});

	it('turns actor aliases into one actor key and keeps them out of the words', () => {
		const result = keys('The Kremlin and the Pentagon met Daesh.');
		expect(result.filter((k) => k.startsWith('a:'))).toEqual(['a:ISIS', 'a:Russia', 'a:US']);
		expect(result).not.toContain('w:kremlin');
		expect(result).not.toContain('w:pentagon');
	});

	it('keeps lemmatised content words and drops stop words and reporting verbs', () => {
		const result = keys('The fighters said that they were crossing the bridges.');
		expect(result).toContain('w:fighter');
		expect(result).toContain('w:bridge');
		expect(result).not.toContain('w:say');
		expect(result).not.toContain('w:the');
	});

	it('adds actor+concept keys so who-does-what is rarer than either part', () => {
		expect(keys('Washington refused.')).toEqual(
			expect.arrayContaining(['a:US', 'c:REFUSE', 'e:US+REFUSE'])
		);
	});

	it('adds frames, who-to-whom pairs and the coder’s actors, normalised', () => {
		const unit: TermSource = {
			text: 'He spoke.',
			frames: [{ frame: 'cooperation_refused', source: 'Pentagon', targets: ['Moscow'] }],
			actors: [{ actor: 'Kremlin' }]
		};
		expect(unitTerms(unit, null)).toEqual(
			expect.arrayContaining(['f:cooperation_refused', 'p:US>Russia', 'a:Russia'])
		);
	});

	it('reads a token wink-nlp gives no lemma ("cannot") as the word itself instead of failing', () => {
		expect(keys('Washington cannot accept the offer.')).toEqual(
			expect.arrayContaining(['a:US', 'c:REFUSE'])
		);
	});

	it('returns sorted keys, the same on every call', () => {
		const text = 'Russia launched its air campaign against terrorists in Syria on September 30.';
		const first = keys(text);
		expect(keys(text)).toEqual(first);
		expect([...first].sort()).toEqual(first);
	});

	it('does not mutate its input', () => {
		const unit = {
			text: 'Putin said on Tuesday.',
			frames: [{ frame: 'accusation', source: 'Putin', targets: ['US'] }],
			actors: [{ actor: 'Putin' }]
		};
		const copy = structuredClone(unit);
		unitTerms(unit, '2015-10-13');
		expect(unit).toEqual(copy);
	});
});

describe('describeTerm', () => {
	it.each([
		['a:Russia', 'Russia'],
		['w:campaign', 'campaign'],
		['c:CAMPAIGN_START', 'campaign start'],
		['d:2015-09-30', '30 Sep 2015'],
		['d:--09-30', '30 Sep'],
		['m:2015-09', 'Sep 2015'],
		['r:2015-10-13', '13 Oct 2015'],
		['n:30000', '30000'],
		['p:US>Russia', 'US → Russia'],
		['f:cooperation_refused', 'cooperation refused']
	])('shows %s as %j', (key, text) => {
		expect(describeTerm(key)).toBe(text);
	});
});
