import { describe, expect, it } from 'vitest';
import { seededRandom } from './evaluation/seeded-random';
import { MIN_WORDS, nearDuplicateOf } from './near-duplicates';

const STORY =
	'Russian and Syrian government forces launched a new offensive on rebel-held areas of Idlib on Monday, ' +
	'according to a monitoring group, which said at least twenty civilians were killed in air strikes on ' +
	'markets and a hospital. The United Nations called for an immediate halt to the fighting and warned ' +
	'that hundreds of thousands of people had fled towards the Turkish border in recent weeks, where camps ' +
	'are already full and aid agencies say they cannot cope with the numbers arriving every day.';

const OTHER =
	'The European Union agreed on Thursday to extend its economic sanctions against Russia for another six ' +
	'months, diplomats said, after leaders meeting in Brussels found no progress in the peace process in ' +
	'eastern Ukraine. The measures, which target the banking, energy and defence sectors, were first imposed ' +
	'in 2014 and have been renewed every half year since, despite calls from some member states to ease them.';

describe('nearDuplicateOf', () => {
	it('groups a wire story, its re-post with a dateline and footer, and a copy with changed punctuation', () => {
		const repost = `BEIRUT (Reuters) - ${STORY} Reporting by staff; editing by the desk.`;
		const copy = STORY.replaceAll(',', '').toUpperCase();
		expect(nearDuplicateOf([STORY, OTHER, repost, copy])).toEqual([null, null, 0, 0]);
	});

	it('keeps apart two texts that share a paragraph but little else', () => {
		const first = `${STORY} ${OTHER}`;
		const second = `${OTHER} ${'Separately, the central bank raised interest rates by half a point to curb inflation, which reached its highest level in a decade, and said further rises were likely this year as energy prices kept climbing and the currency weakened against the dollar and the euro.'}`;
		expect(nearDuplicateOf([first, second])).toEqual([null, null]);
	});

	it('points every member of a chain at the first, and leaves short texts alone', () => {
		const a = STORY;
		const b = `${STORY} Officials gave no further details.`;
		const c = `${STORY} Officials gave no further details. More to follow.`;
		const short = 'Syria: strikes on Idlib, monitor says.';
		expect(short.split(' ').length).toBeLessThan(MIN_WORDS);
		expect(nearDuplicateOf([a, short, b, short, c])).toEqual([null, null, 0, null, 0]);
	});

	it('finds the copies among thousands of unrelated texts in one pass', () => {
		const random = seededRandom(7);
		const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
		const filler = () =>
			Array.from({ length: 60 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(
				' '
			);
		const texts = Array.from({ length: 3000 }, (_, i) =>
			i % 100 === 99 ? `${STORY} (${i})` : filler()
		);
		const result = nearDuplicateOf(texts);
		const first = texts.findIndex((text) => text.startsWith('Russian'));
		expect(result.filter((of) => of !== null)).toEqual(Array(29).fill(first));
	});
});
