// Reviews as the review endpoint sends them, built field by field for the specs.
import type { ImportReview, ReviewFile, ReviewTotals } from '../review';

export function fileReport(overrides: Partial<ReviewFile> = {}): ReviewFile {
	return {
		name: 'a.csv',
		kind: 'table',
		encoding: 'utf-8',
		bom: false,
		rows: 3,
		articles: 3,
		duplicates: 0,
		bad: 0,
		excluded: false,
		header: ['text', 'outlet'],
		mapping: { text: 'text', outlet: 'outlet' },
		mappingFrom: 'detected',
		dates: null,
		preview: { header: ['text', 'outlet'], rows: [['hello', 'RT']] },
		...overrides
	};
}

export function importReview(
	totals: Partial<ReviewTotals> = {},
	files: ReviewFile[] = [fileReport()]
): ImportReview {
	return {
		upload: 'u1',
		files,
		totals: {
			files: files.length,
			excludedFiles: 0,
			rows: 0,
			good: 0,
			duplicateTexts: 0,
			duplicateIds: 0,
			alreadyInCorpus: 0,
			bad: 0,
			noText: 0,
			nearCopies: 0,
			problems: 0,
			...totals
		},
		problems: [],
		problemsOmitted: 0,
		duplicates: [],
		duplicatesOmitted: 0,
		nearCopies: [],
		nearCopiesOmitted: 0,
		noText: [],
		noTextOmitted: 0,
		notes: [],
		corpusId: null
	};
}
