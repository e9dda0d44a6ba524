import { describe, expect, it } from 'vitest';
import { describeStoryline, storylineId } from './storyline-label';

const idf = new Map([
	['a:Russia', 0.2],
	['a:Syria', 0.5],
	['c:CAMPAIGN_START', 2],
	['w:air', 2.5],
	['w:launch', 1.5],
	['d:2015-09-30', 3],
	['f:accusation', 1],
	['e:Russia+CAMPAIGN_START', 2.2]
]);

describe('describeStoryline', () => {
	const members = [
		{
			document: 'a',
			keys: ['a:Russia', 'c:CAMPAIGN_START', 'd:2015-09-30', 'w:air', 'e:Russia+CAMPAIGN_START'],
			frames: ['accusation']
		},
		{
			document: 'b',
			keys: ['a:Russia', 'c:CAMPAIGN_START', 'd:2015-09-30', 'w:launch', 'e:Russia+CAMPAIGN_START'],
			frames: []
		},
		{
			document: 'b',
			keys: ['a:Syria', 'w:air', 'f:accusation'],
			frames: ['accusation']
		}
	];

	it('labels a storyline with who, what and when its articles share', () => {
		expect(describeStoryline(members, idf).label).toBe(
			'Russia · campaign start · air · 30 Sep 2015'
		);
	});

	it('lists only terms held in two or more articles, frames and pairs left to `frames`', () => {
		expect(describeStoryline(members, idf).terms).toEqual([
			'30 Sep 2015',
			'air',
			'campaign start',
			'Russia'
		]);
	});

	it('orders frames by how many members carry them', () => {
		expect(describeStoryline(members, idf).frames).toEqual(['accusation']);
	});

	it('calls a storyline with nothing shared "unlabelled"', () => {
		const lonely = [
			{ document: 'a', keys: ['w:air'], frames: [] },
			{ document: 'b', keys: ['w:launch'], frames: [] }
		];
		expect(describeStoryline(lonely, idf).label).toBe('unlabelled');
	});
});

describe('storylineId', () => {
	it.each([
		[
			'Russia · campaign start · 30 Sep 2015',
			['a:0-10', 'b:5-9'],
			/^russia-campaign-start-30-sep-2015-[0-9a-f]{8}$/
		],
		['', ['a:0-10'], /^[0-9a-f]{8}$/]
	])('derives from %j an id like %s', (label, spans, pattern) => {
		expect(storylineId(label, spans)).toMatch(pattern);
	});

	it('depends on the member spans, not their order', () => {
		expect(storylineId('x', ['a:0-10', 'b:5-9'])).toBe(storylineId('x', ['b:5-9', 'a:0-10']));
		expect(storylineId('x', ['a:0-10', 'b:5-9'])).not.toBe(storylineId('x', ['a:0-10', 'b:5-8']));
	});
});
