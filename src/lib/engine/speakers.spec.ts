import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { defaultCodebook } from './codebook';
import { findSpeaker, personName, PersonMemory, quotedRanges } from './speakers';

const speakerOf = (text: string, memory = new PersonMemory()) =>
	findSpeaker(text, 0, findActors(text, defaultCodebook), defaultCodebook, memory);

describe('findSpeaker', () => {
	it.each([
		['a quotation attributed after it', '“We are ready,” Lavrov said on Monday.', 'Russia'],
		['an inverted attribution', '“We are ready,” said Kerry, speaking in Rome.', 'US'],
		['according to', 'The base is illegal, according to the Kremlin.', 'Russia'],
		[
			'according to, opening the sentence with no comma after the source',
			'According to the Syrian Foreign Ministry US jets shelled a market in Raqqa.',
			'Syria'
		],
		['a speaker named by affiliation', '“No,” the British general told reporters.', 'UK'],
		[
			'a spokesman of a named leader',
			'Putin’s spokesman, Ivan Ivanov, also said the talks failed.',
			'Russia'
		],
		[
			'a person who speaks for no government',
			'The strikes must stop, London-based analyst Jane Roe told AFP.',
			'Jane Roe'
		],
		['a headline source after a dash', 'Washington is arming the militants – Zakharova', 'Russia'],
		['no speaker for words inside a quotation', '“They told us nothing,” the note read.', null],
		[
			'no speaker for a country named as a place',
			'Fighting continued in Syria, reports said.',
			null
		]
	])('finds %s', (_case, text, expected) => {
		expect(speakerOf(text)).toBe(expected);
	});

	it('resolves a later bare surname to the person first introduced with it', () => {
		const memory = new PersonMemory();
		expect(speakerOf('Peace is near, rights activist Omar Haddad told the paper.', memory)).toBe(
			'Omar Haddad'
		);
		expect(speakerOf('“It is close,” Haddad said.', memory)).toBe('Omar Haddad');
	});

	it('resolves "he said" to the last speaker', () => {
		const memory = new PersonMemory();
		speakerOf('Carter said the plan was flawed.', memory);
		expect(speakerOf('He further said he would wait.', memory)).toBe('US');
	});
});

describe('personName', () => {
	it.each([
		['Founder Ribal Assad', 'Ribal Assad'],
		['the deputy commander Felix Gedney', 'Felix Gedney'],
		['the Syrian Observatory for Human Rights', null],
		['reports', null]
	])('reads %j as %s', (text, expected) => {
		expect(personName(text, defaultCodebook)).toBe(expected);
	});
});

describe('quotedRanges', () => {
	it('finds curly and straight double quotations, and one left open', () => {
		expect(quotedRanges('a “b” c "d" e “f')).toEqual([
			[2, 5],
			[8, 11],
			[14, 16]
		]);
	});
});
