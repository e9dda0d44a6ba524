import { describe, expect, it } from 'vitest';
import { matchActors, matchConcepts, normaliseActor } from './concepts';

describe('normaliseActor', () => {
	it.each([
		['Pentagon', 'US'],
		['Washington', 'US'],
		['Carter', 'US'],
		['U.S.', 'US'],
		['Kremlin', 'Russia'],
		['Lavrov', 'Russia'],
		['Daesh', 'ISIS'],
		['ISIL', 'ISIS'],
		['Islamic State', 'ISIS'],
		['IS', 'ISIS'],
		['Damascus', 'Syria'],
		['Ribal Assad', 'Ribal Assad']
	])('maps %s to %s', (name, actor) => {
		expect(normaliseActor(name)).toBe(actor);
	});
});

describe('matchActors', () => {
	const actors = (text: string) => [...matchActors(text.split(' ')).entries()];
	it.each([
		['the US - led coalition', [[1, 'US']]],
		['let us talk', []],
		[
			'the United States and Moscow',
			[
				[1, 'US'],
				[2, 'US'],
				[4, 'Russia']
			]
		],
		['IS fighters', [[0, 'ISIS']]],
		['it is over', []],
		['western Aleppo', []],
		[
			'western countries',
			[
				[0, 'West'],
				[1, 'West']
			]
		]
	])('finds in %j the actors %j', (text, expected) => {
		expect(actors(text)).toEqual(expected);
	});
});

describe('matchConcepts', () => {
	it.each([
		['refuse cooperation', ['COOPERATE', 'REFUSE']],
		['we have not , and will not , agree to cooperate', ['COOPERATE', 'REFUSE']],
		['rebuff the overture for high-level consultation', ['OFFER', 'REFUSE', 'TALKS']],
		['they can not host a delegation', ['OFFER', 'REFUSE']],
		['offer to work with the United States', ['COOPERATE', 'OFFER']],
		['call for a united front', ['COOPERATE']],
		['join force against', ['COOPERATE']],
		['launch its air campaign against terrorist', ['CAMPAIGN_START', 'TERRORISM']],
		['begin its air bombing', ['CAMPAIGN_START', 'STRIKE']],
		['launch a holy war', []],
		['the great threat the whole world face', ['THREAT', 'WORLD']]
	])('reads the lemmas %j as %j', (lemmas, concepts) => {
		expect(matchConcepts(lemmas.split(' '))).toEqual(concepts);
	});
});
