// What the frame timeline counts: coded sentences per time bin and series (a frame or an outlet),
// and the sentences it cannot place in time, each with the evidence query that lists exactly them.
import type { PublicationDate } from '$lib/engine/article';
import type { EvidenceQuery } from '$lib/dashboard/evidence';
import {
	binsBetween,
	chooseGranularity,
	placeDate,
	type Granularity,
	type TimeBin
} from '$lib/dashboard/time-bins';
import type { DashboardView } from '$lib/dashboard/view';
import { frameColours, frameName } from '../frame-colours';
import { outletColours } from './outlet-colours';

/** What the columns are stacked by. */
export type TimelineBy = 'frame' | 'outlet';

export interface TimelineSeries {
	/** The frame id or outlet name: the `frame` or `outlet` of the segments' queries. */
	id: string;
	name: string;
	colour: string;
}

export interface TimelineSegment {
	series: TimelineSeries;
	count: number;
	/** The segment's extent on the stack, in coded sentences from the baseline. */
	y0: number;
	y1: number;
	query: EvidenceQuery;
}

export interface TimelineColumn {
	bin: TimeBin;
	total: number;
	/** The series with a count in the bin, in series order from the baseline up. */
	segments: TimelineSegment[];
}

/** Coded sentences the chart cannot place in a bin: undated, or dated more coarsely than the bins. */
export interface UnplacedNote {
	kind: 'imprecise' | 'undated';
	count: number;
	query: EvidenceQuery;
	/** Why they are not placed: "undated", "dated only to the month". */
	reason: string;
	/** "3 coded sentences from articles dated only to the month — not placed". */
	text: string;
}

export interface TimelineData {
	by: TimelineBy;
	granularity: Granularity;
	series: TimelineSeries[];
	/** One per bin from the first placed sentence's to the last's, empty bins included. */
	columns: TimelineColumn[];
	/** The highest column total. */
	max: number;
	/** Coded sentences in sight, placed or not. */
	coded: number;
	/** Coded sentences in some series (by frame: carrying a frame shown), placed or not. */
	charted: number;
	unplaced: UnplacedNote[];
	/** Whether some placed sentence comes from an article with an approximate date. */
	approximate: boolean;
	/** Whether some placed sentence carries two frames shown, and so counts in two segments. */
	multiFramed: boolean;
}

/** "1 coded sentence", "3 coded sentences". */
export function codedSentences(count: number): string {
	return `${count} coded sentence${count === 1 ? '' : 's'}`;
}

/** The series a timeline stacks: the frames shown (codebook colours) or outlets shown (Tableau 10). */
export function timelineSeries(view: DashboardView, by: TimelineBy): TimelineSeries[] {
	if (by === 'frame') {
		const colours = frameColours(view.corpus.codebook.frames.map((frame) => frame.id));
		return view.frames.map((frame) => ({
			id: frame.id,
			name: frameName(frame.id),
			colour: colours.get(frame.id) ?? '#777777'
		}));
	}
	const colours = outletColours(view.corpus.outlets.map((outlet) => outlet.name));
	return view.outlets.map((outlet) => ({
		id: outlet.name,
		name: outlet.name,
		colour: colours.get(outlet.name) ?? '#777777'
	}));
}

function unplacedNote(
	kind: UnplacedNote['kind'],
	count: number,
	query: EvidenceQuery,
	reason: string
): UnplacedNote {
	const from = kind === 'undated' ? 'undated articles' : `articles ${reason}`;
	return { kind, count, query, reason, text: `${codedSentences(count)} from ${from} — not placed` };
}

function unplacedNotes(
	dates: (PublicationDate | null)[],
	granularity: Granularity
): UnplacedNote[] {
	const notes: UnplacedNote[] = [];
	const years = dates.filter((date) => date?.precision === 'year').length;
	const months = dates.filter((date) => date?.precision === 'month').length;
	// `imprecise: 'month'` lists month- and year-dated articles alike: neither fits a week.
	if (granularity === 'week' && months + years > 0)
		notes.push(
			unplacedNote(
				'imprecise',
				months + years,
				{ imprecise: 'month' },
				`dated only to the ${years > 0 ? 'month or year' : 'month'}`
			)
		);
	if (granularity === 'month' && years > 0)
		notes.push(unplacedNote('imprecise', years, { imprecise: 'year' }, 'dated only to the year'));
	const undated = dates.filter((date) => date === null).length;
	if (undated > 0) notes.push(unplacedNote('undated', undated, { undated: true }, 'undated'));
	return notes;
}

/**
 * Counts the view's coded sentences per bin and series. By frame, a sentence counts in the segment
 * of each frame shown it carries; by outlet, once, in its outlet's, whatever its frames. Sentences
 * whose article is undated or dated more coarsely than the bins are counted apart, never guessed in.
 */
export function timelineData(view: DashboardView, by: TimelineBy): TimelineData {
	const series = timelineSeries(view, by);
	// Coded with a frame shown: with a frame filter on, sentences of hidden frames are out of sight.
	const shown = new Set(view.frames.map((frame) => frame.id));
	const coded = view.units.filter((unit) => unit.codes.some((code) => shown.has(code.frame)));
	const dateOf = (article: number) => view.articleById.get(article)?.published ?? null;
	const charted = coded
		.map((unit) => ({
			date: dateOf(unit.article),
			series:
				by === 'frame'
					? series.filter((one) => unit.codes.some((code) => code.frame === one.id))
					: series.filter((one) => one.id === view.articleById.get(unit.article)?.outlet)
		}))
		.filter((unit) => unit.series.length > 0);

	const datedArticles = new Map<string, PublicationDate>();
	for (const { date } of charted)
		if (date) datedArticles.set(`${date.iso}/${date.precision}`, date);
	const granularity = chooseGranularity([...datedArticles.values()]);

	const counts = new Map<string, Map<string, number>>();
	let first: string | null = null;
	let last: string | null = null;
	let approximate = false;
	let multiFramed = false;
	for (const unit of charted) {
		const bin = placeDate(unit.date, granularity);
		if (!bin) continue;
		if (first === null || bin.from < first) first = bin.from;
		if (last === null || bin.from > last) last = bin.from;
		approximate ||= unit.date?.precision === 'approximate';
		multiFramed ||= unit.series.length > 1;
		const bySeries = counts.get(bin.key) ?? new Map<string, number>();
		for (const one of unit.series) bySeries.set(one.id, (bySeries.get(one.id) ?? 0) + 1);
		counts.set(bin.key, bySeries);
	}

	const columns = (first && last ? binsBetween(first, last, granularity) : []).map((bin) => {
		let total = 0;
		const segments: TimelineSegment[] = [];
		for (const one of series) {
			const count = counts.get(bin.key)?.get(one.id) ?? 0;
			if (count === 0) continue;
			const query: EvidenceQuery =
				by === 'frame'
					? { frame: one.id, from: bin.from, to: bin.to }
					: { outlet: one.id, from: bin.from, to: bin.to };
			segments.push({ series: one, count, y0: total, y1: total + count, query });
			total += count;
		}
		return { bin, total, segments };
	});

	return {
		by,
		granularity,
		series,
		columns,
		max: Math.max(0, ...columns.map((column) => column.total)),
		coded: coded.length,
		charted: charted.length,
		unplaced: unplacedNotes(
			coded.map((unit) => dateOf(unit.article)),
			granularity
		),
		approximate,
		multiFramed
	};
}
