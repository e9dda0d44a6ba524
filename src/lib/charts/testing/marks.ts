// Reading a rendered chart's marks back for table specs: every link with a `data-count`, and the
// check that a chart's table has exactly one row per mark, in drawing order, with the mark's count.
import { expect } from 'vitest';
import type { ChartTable, TableCell } from '../chart-table';

/** A mark's attributes by name, HTML entities decoded. */
export type Mark = ReadonlyMap<string, string>;

const decode = (value: string) =>
	value
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

export function attributes(tag: string): Mark {
	return new Map(
		[...tag.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)])
	);
}

/** Every `<a>` carrying a `data-count`, in document order: the marks a table must match. */
export function countedMarks(html: string): Mark[] {
	return [...html.matchAll(/<a [^>]*>/g)]
		.map(([tag]) => attributes(tag))
		.filter((mark) => mark.has('data-count'));
}

export interface Pairing {
	/** What identifies a mark, e.g. "RT/accusation" from its data attributes. */
	markKey: (mark: Mark) => string;
	/** The same for a row, from its cells. */
	rowKey: (row: Record<string, TableCell>) => string;
	/** The column holding the mark's count. */
	count: string;
}

/** One row per mark, in the order drawn, each counting what its mark's `data-count` says. */
export function expectOneRowPerMark(table: ChartTable, marks: Mark[], pairing: Pairing): void {
	expect(marks.length).toBeGreaterThan(0);
	expect(table.rows.map(pairing.rowKey)).toEqual(marks.map(pairing.markKey));
	expect(table.rows.map((row) => row[pairing.count])).toEqual(
		marks.map((mark) => Number(mark.get('data-count')))
	);
}
