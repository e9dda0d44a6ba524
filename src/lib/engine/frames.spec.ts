import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { defaultCodebook } from './codebook';
import { codeUnit } from './frames';
import { coded } from './testing/coded';

describe('codeUnit', () => {
	it.each([
		[
			'an offer to work with the other side',
			'Moscow again offered to work with Washington against the jihadists.',
			[['cooperation_urged', 'Russia', ['US']]]
		],
		[
			'a call for a joint front',
			'Obama urged a joint campaign with the Kremlin against Daesh.',
			[['cooperation_urged', 'US', ['Russia']]]
		],
		[
			'a warning that fighting each other helps the enemy',
			'Turkey and Iran must stop working against each other, or ISIS wins.',
			[['cooperation_urged', 'Turkey', ['Iran']]]
		],
		[
			'a rebuffed proposal',
			'The White House rebuffed the Kremlin’s proposal for military talks.',
			[['cooperation_refused', 'US', ['Russia']]]
		],
		[
			'a negated agreement to cooperate',
			'Britain will not, and cannot, cooperate with Moscow in Syria.',
			[['cooperation_refused', 'UK', ['Russia']]]
		],
		[
			'a threat to thwart the other side',
			'Ankara vowed to thwart Iranian moves in the north.',
			[['cooperation_refused', 'Turkey', ['Iran']]]
		],
		[
			'a charge of sparing the enemy',
			'Washington accused Moscow of sparing ISIS while bombing rebels.',
			[['accusation', 'US', ['Russia']]]
		],
		[
			'a charge laid by passive voice',
			'The regime was accused by Paris of war crimes.',
			[['accusation', 'France', ['Syria']]]
		],
		[
			'ignored proposals as a rebuff',
			'The Pentagon ignored Moscow’s proposals to coordinate strikes on ISIS.',
			[['cooperation_refused', 'US', ['Russia']]]
		],
		[
			'a refusal reported after a source named first',
			'According to the Pentagon, Russia has refused to share data with the coalition.',
			[['cooperation_refused', 'Russia', ['US', 'coalition']]]
		],
		[
			'a call to stop blaming each other and unite',
			'Moscow and Washington must stop blaming each other and unite against the jihadists.',
			[['cooperation_urged', 'Russia', ['US']]]
		],
		[
			'a refusal to join the other side’s campaign',
			'Britain said it would not join the Russian campaign.',
			[['cooperation_refused', 'UK', ['Russia']]]
		],
		[
			'a side that stopped cooperating',
			'Ankara stopped cooperating with Tehran on the border.',
			[['cooperation_refused', 'Turkey', ['Iran']]]
		],
		[
			'a rejected claim naming its author',
			'Damascus rejected French claims that it had used gas.',
			[['accusation', 'France', ['Syria']]]
		],
		[
			'a rebuttal naming the other side’s allegations',
			'Israel dismissed Iranian allegations about the strike.',
			[['accusation', 'Iran', ['Israel']]]
		]
	])('codes %s', (_case, text, expected) => {
		expect(coded(text)).toEqual(expected);
	});

	it.each([
		[
			'coordination inside one side',
			'Russian jets coordinated with the Kremlin’s intelligence services.'
		],
		['collaboration with an ally only', 'Moscow struck in collaboration with Damascus.'],
		[
			'the enemy’s rhetoric about an alliance',
			'Daesh said the crusaders would cooperate with Moscow.'
		],
		['a plain denial with no charge', 'The Pentagon denied that its jets were near Aleppo.'],
		['a side acting alone', 'Russia launched its own air campaign in Syria.'],
		['a bombing blamed on the enemy', 'A car bomb blamed on ISIS killed dozens in Washington.'],
		['a denial of an accusation', 'Moscow did not accuse Washington of anything.'],
		[
			'partners named far from the cooperation cue',
			'Moscow wants to cooperate on trade, tourism, energy, culture and sport with its neighbours in the region, while in a wholly separate briefing on procurement the Pentagon said it would buy new aircraft.'
		],
		[
			'a name holding a cue word',
			'The Local Coordination Committees said Russia and the US were silent.'
		]
	])('does not code %s', (_case, text) => {
		expect(coded(text)).toEqual([]);
	});

	it('takes the attributed speaker as the source of reported advocacy', () => {
		expect(
			coded('Only joint action by Moscow and Washington can stop the jihadists, Lavrov said.', {
				speaker: 'Russia'
			})
		).toEqual([['cooperation_urged', 'Russia', ['US']]]);
	});

	it('keeps a named person who speaks for no government as the source', () => {
		expect(coded('The US and Russia must join forces, he said.', { speaker: 'Jane Roe' })).toEqual([
			['cooperation_urged', 'Jane Roe', ['US', 'Russia']]
		]);
	});

	it('reads a subjectless refusal inside a speaker’s quotation as the other side’s', () => {
		expect(
			coded('Peskov said, “Rejecting dialogue helps only the terrorists.”', { speaker: 'Russia' })
		).toEqual([['cooperation_refused', 'US', ['Russia']]]);
	});

	it('marks the cue words and the rule that fired, in article offsets', () => {
		const text = 'Kerry refused cooperation.';
		const [code] = codeUnit(
			{ start: 100, text, actors: findActors(`${' '.repeat(100)}${text}`, defaultCodebook, 100) },
			defaultCodebook,
			{ speaker: null, documentActors: ['Russia'] }
		);
		expect(code?.cues).toEqual([
			{ start: 106, end: 125, rule: 'refuse-cooperation' },
			{ start: 114, end: 125, rule: 'negated-cooperate' }
		]);
		expect(code?.confidence).toBeGreaterThan(0);
		expect(code?.confidence).toBeLessThanOrEqual(1);
	});

	it('codes no cooperation stance in a story that is not about the common enemy', () => {
		expect(
			coded('Moscow offered to work with Washington on trade.', { enemyInStory: false })
		).toEqual([]);
		expect(
			coded('Moscow accused Washington of lying about trade.', { enemyInStory: false })
		).toEqual([['accusation', 'Russia', ['US']]]);
	});

	it('codes nothing when the speaker is the common enemy', () => {
		expect(coded('The US and Russia work together now.', { speaker: 'ISIS' })).toEqual([]);
	});
});
