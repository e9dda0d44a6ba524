import { describe, expect, it } from 'vitest';
import {
	encodingLabel,
	filesAwaitingDateOrder,
	importVerdict,
	readChoices,
	readCommitRequest,
	totalsLines,
	waitingLine,
	type ReviewFile
} from './review';
import { fileReport, importReview } from './testing/reviews';

const file = (name: string, dates: ReviewFile['dates'] = null) => fileReport({ name, dates });
const review = importReview;

const ambiguous: NonNullable<ReviewFile['dates']> = {
	column: 'date',
	format: 'DD/MM/YYYY or MM/DD/YYYY',
	formats: [],
	order: null,
	orderFrom: null,
	ambiguous: true,
	examples: []
};

describe('importVerdict', () => {
	it.each([
		[
			review({ good: 802, bad: 2 }),
			'FA-KES',
			true,
			'Import 802 good rows and skip the 2 listed',
			[]
		],
		[review({ good: 1 }), 'x', true, 'Import 1 good row', []],
		[review({ good: 1200, bad: 1 }), 'x', true, 'Import 1,200 good rows and skip the 1 listed', []],
		[review({ good: 0, bad: 5 }), 'x', false, 'Import', ['There are no good rows to import.']],
		[review({ good: 3 }), '  ', false, 'Import 3 good rows', ['Name the corpus.']],
		[
			review({ good: 3 }, [file('a.csv', ambiguous)]),
			'x',
			false,
			'Import 3 good rows',
			['Say whether the dates put the day or the month first.']
		],
		[
			review({ good: 3 }, [file('a.csv', { ...ambiguous, order: 'dmy', orderFrom: 'option' })]),
			'x',
			true,
			'Import 3 good rows',
			[]
		]
	])('decides %#: can import %s', (input, name, canImport, label, blockers) => {
		expect(importVerdict(input, name as string)).toEqual({ canImport, label, blockers });
	});

	it('passes on the mapping’s problems', () => {
		expect(
			importVerdict(review({ good: 3 }), 'x', ['Choose the column that holds the article text.'])
		).toEqual({
			canImport: false,
			label: 'Import 3 good rows',
			blockers: ['Choose the column that holds the article text.']
		});
	});
});

describe('filesAwaitingDateOrder', () => {
	it('lists the files whose ambiguous dates have no order yet', () => {
		const files = [
			file('a.csv', ambiguous),
			file('b.csv', { ...ambiguous, order: 'mdy', orderFrom: 'option' }),
			file('c.csv', { ...ambiguous, order: 'dmy', orderFrom: 'values', ambiguous: false }),
			file('d.csv')
		];
		expect(filesAwaitingDateOrder(review({}, files)).map((f) => f.name)).toEqual(['a.csv']);
	});
});

describe('totalsLines', () => {
	it('gives the four figures in order, grouped in thousands', () => {
		expect(
			totalsLines(
				importReview({ good: 12_345, duplicateTexts: 2, duplicateIds: 0, bad: 7 }).totals
			).map((line) => line.value)
		).toEqual(['12,345', '2', '0', '7']);
	});
});

describe('readChoices', () => {
	it.each([
		[null, {}],
		['files', {}],
		[{ files: [] }, {}],
		[
			{ files: { 'a.csv': { mapping: { text: 'body', title: 'headline' } } } },
			{ 'a.csv': { mapping: { text: 'body', title: 'headline' } } }
		],
		[{ files: { 'a.csv': { dateOrder: 'dmy' } } }, { 'a.csv': { dateOrder: 'dmy' } }],
		[
			{
				files: {
					'a.csv': { mapping: { text: 'body', colour: 'x', title: 3, url: '' }, dateOrder: 'ymd' }
				}
			},
			{ 'a.csv': { mapping: { text: 'body', url: '' } } }
		],
		[{ files: { 'a.csv': { dateOrder: 'ymd' }, 'b.csv': 'x' } }, {}]
	])('keeps only the well-formed choices of %j', (value, files) => {
		expect(readChoices(value)).toEqual({ files });
	});
});

describe('readCommitRequest', () => {
	it.each([
		[
			{ name: '  FA-KES ', description: ' Syria ', files: { 'a.csv': { dateOrder: 'mdy' } } },
			{ name: 'FA-KES', description: 'Syria', files: { 'a.csv': { dateOrder: 'mdy' } } }
		],
		[
			{ name: 42, description: '  ' },
			{ name: '', description: undefined, files: {} }
		],
		[null, { name: '', description: undefined, files: {} }]
	])('reads %j', (value, expected) => {
		expect(readCommitRequest(value)).toEqual(expected);
	});
});

describe('waitingLine', () => {
	it.each([
		[0, 'Waiting for another import to be read: this one is next.'],
		[1, 'Waiting: 1 import ahead of this one.'],
		[3, 'Waiting: 3 imports ahead of this one.'],
		[1200, 'Waiting: 1,200 imports ahead of this one.']
	])('says %i ahead as %j', (ahead, line) => {
		expect(waitingLine(ahead)).toBe(line);
	});
});

describe('encodingLabel', () => {
	it.each([
		['utf-8', false, 'UTF-8'],
		['utf-8', true, 'UTF-8 with BOM'],
		['windows-1252', false, 'Windows-1252'],
		['utf-16le', true, 'UTF-16 (little-endian) with BOM'],
		[null, false, 'unreadable']
	])('names %s (BOM %s) %j', (encoding, bom, expected) => {
		expect(encodingLabel(encoding, bom)).toBe(expected);
	});
});
