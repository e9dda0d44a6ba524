// Cuts an article's text into what the reader shows: the gaps between units, the units, runs of
// site furniture, and inside each unit the cue spans that triggered its codes. Joined back
// together the pieces give the article text exactly, so nothing the outlet wrote is lost.
import type { EvidenceUnit } from '$lib/coded-corpus';
import { quoteParts, type QuotePart } from '$lib/quotes/quote-parts';

/** Text no unit covers: whitespace between sentences, or anything the reader did not segment. */
export interface GapSegment {
	type: 'gap';
	/** Offsets into the article text. */
	start: number;
	end: number;
	text: string;
}

/** A run of a unit's text covered by the same cues (none for plain text). */
export type UnitPiece = QuotePart;

export interface UnitSegment {
	type: 'unit';
	unit: EvidenceUnit;
	/** Offsets into the article text, clamped to it and to the units before. */
	start: number;
	end: number;
	text: string;
	/** Distinct frames of the unit's codes, in their order. */
	frames: string[];
	pieces: UnitPiece[];
}

/** Consecutive furniture units with only whitespace between them, shown or hidden as one. */
export interface FurnitureRun {
	type: 'furniture';
	start: number;
	end: number;
	/** The furniture units and the whitespace gaps between them, in text order. */
	parts: (UnitSegment | GapSegment)[];
	/** Lines of the run holding some text: what its collapsed toggle counts. */
	lines: number;
	/** Ordinals of the run's units, so a link to one of them can open the run. */
	ordinals: number[];
}

export type ReaderSegment = GapSegment | UnitSegment | FurnitureRun;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Runs of the unit's text in order, cut wherever a cue starts or ends; cues are clamped to the
 * text, may overlap, and may come from several frames.
 */
export function splitUnit(text: string, codes: EvidenceUnit['codes']): UnitPiece[] {
	const pieces = quoteParts(text, codes);
	// An empty unit still gets one piece, so the reader has an element to anchor it on.
	return pieces.length > 0 ? pieces : [{ start: 0, end: 0, text: '', frames: [], rules: [] }];
}

function gap(text: string, start: number, end: number): GapSegment {
	return { type: 'gap', start, end, text: text.slice(start, end) };
}

function unitSegment(text: string, unit: EvidenceUnit, start: number, end: number): UnitSegment {
	// The unit's codes are read against its own text; cut it from the article so the two agree.
	const own = text.slice(start, end);
	return {
		type: 'unit',
		unit,
		start,
		end,
		text: own,
		frames: [...new Set(unit.codes.map((code) => code.frame))],
		pieces: splitUnit(own, unit.codes)
	};
}

function furnitureRun(parts: (UnitSegment | GapSegment)[]): FurnitureRun {
	const text = parts.map((part) => part.text).join('');
	return {
		type: 'furniture',
		start: parts[0]!.start,
		end: parts.at(-1)!.end,
		parts,
		lines: text.split('\n').filter((line) => line.trim() !== '').length,
		ordinals: parts.flatMap((part) => (part.type === 'unit' ? [part.unit.ordinal] : []))
	};
}

/**
 * The article as the reader shows it: gaps and units in text order, consecutive furniture units
 * (with only whitespace between them) grouped into runs. Units are taken in offset order and
 * clamped to the text and to the units before them, so the segments never overlap and, joined,
 * always give back `text`.
 */
export function segmentArticle(text: string, units: readonly EvidenceUnit[]): ReaderSegment[] {
	const ordered = [...units].sort((a, b) => a.start - b.start || a.ordinal - b.ordinal);
	const flat: (UnitSegment | GapSegment)[] = [];
	let cursor = 0;
	for (const unit of ordered) {
		const start = clamp(unit.start, cursor, text.length);
		const end = clamp(unit.end, start, text.length);
		if (start > cursor) flat.push(gap(text, cursor, start));
		flat.push(unitSegment(text, unit, start, end));
		cursor = end;
	}
	if (cursor < text.length) flat.push(gap(text, cursor, text.length));

	const segments: ReaderSegment[] = [];
	let run: (UnitSegment | GapSegment)[] = [];
	let pending: GapSegment[] = [];
	const closeRun = () => {
		if (run.length > 0) segments.push(furnitureRun(run));
		segments.push(...pending);
		run = [];
		pending = [];
	};
	for (const segment of flat) {
		if (segment.type === 'unit' && segment.unit.kind === 'boilerplate') {
			run.push(...pending, segment);
			pending = [];
		} else if (segment.type === 'gap' && run.length > 0 && segment.text.trim() === '') {
			// Whitespace after furniture joins the run only if more furniture follows it.
			pending.push(segment);
		} else {
			closeRun();
			segments.push(segment);
		}
	}
	closeRun();
	return segments;
}

/** The text the segments stand for, joined back together. */
export function segmentsText(segments: readonly ReaderSegment[]): string {
	return segments
		.map((segment) =>
			segment.type === 'furniture' ? segment.parts.map((part) => part.text).join('') : segment.text
		)
		.join('');
}
