// What a briefing holds (pinned charts, quotes and storylines) and the checks a pin from a request passes.
import type { EvidenceCode, EvidenceCue, EvidenceUnit } from '$lib/coded-corpus';
import {
	BriefingError,
	clip,
	fail,
	fraction,
	integer,
	list,
	object,
	oneOf,
	required,
	strings,
	text
} from './read-json';

export { BriefingError, clip };

export const PINNED_CHARTS = ['heatmap', 'bars', 'timeline', 'network'] as const;
export type PinnedChart = (typeof PINNED_CHARTS)[number];
export const PIN_KINDS = ['chart', 'quote', 'storyline'] as const;
const UNIT_KINDS = [
	'headline',
	'body',
	'caption',
	'boilerplate'
] as const satisfies readonly EvidenceUnit['kind'][];

export const MAX_CAPTION = 500;
export const MAX_BRIEFING_NAME = 200;
export const MAX_TITLE = 300;
export const MAX_QUERY = 2000;
export const MAX_TEXT = 20_000;
export const MAX_STORYLINE_OUTLETS = 12;
export const MAX_STORYLINE_UNITS = 6;

/** A chart as it was shown: the corpus slug and the dashboard URL's query (filters and chart options such as sort, bars, timeline; never the ev-* evidence params). */
export interface ChartPin {
	kind: 'chart';
	chart: PinnedChart;
	corpus: string;
	query: string;
	title: string;
}

/** An evidence quote, kept as it was when pinned so the briefing reads the same later. */
export interface QuotePin {
	kind: 'quote';
	corpus: string;
	/** With only the codes shown: those at or above `minConfidence`, when one was set. */
	unit: EvidenceUnit;
	article: { id: number; outlet: string; title: string; dateLabel: string; url: string | null };
	minConfidence?: number;
}

/** A storyline row of the compare view: its label and, per outlet, the sentences quoted. */
export interface StorylinePin {
	kind: 'storyline';
	corpus: string;
	query: string;
	key: string;
	label: string;
	outlets: { outlet: string; units: { unit: EvidenceUnit; article: QuotePin['article'] }[] }[];
}

export type BriefingPin = ChartPin | QuotePin | StorylinePin;

export interface BriefingItem {
	id: number;
	position: number;
	caption: string;
	pin: BriefingPin;
	createdAt: string;
}

export interface Briefing {
	id: number;
	name: string;
	createdAt: string;
	updatedAt: string;
	items: BriefingItem[];
}

export interface BriefingSummary {
	id: number;
	name: string;
	items: number;
	updatedAt: string;
}

/**
 * A view's query without its `ev-*` parameters (a clicked mark is not part of the chart), the rest
 * byte for byte. Refused rather than cut when too long: a cut query would filter something else.
 */
function readQuery(value: unknown, field: string): string {
	if (typeof value !== 'string') fail(field, 'must be a string');
	const kept = value
		.replace(/^\?/, '')
		.split('&')
		.filter(
			(part) =>
				part !== '' && !(new URLSearchParams(part).keys().next().value ?? '').startsWith('ev-')
		)
		.join('&');
	if (kept.length > MAX_QUERY) fail(field, `must be at most ${MAX_QUERY} characters`);
	return kept;
}

function readCue(value: unknown, field: string): EvidenceCue {
	const cue = object(value, field);
	return {
		start: integer(cue.start, `${field}.start`, 0),
		end: integer(cue.end, `${field}.end`, 0),
		rule: text(cue.rule, `${field}.rule`, MAX_TEXT)
	};
}

function readCode(value: unknown, field: string): EvidenceCode {
	const code = object(value, field);
	return {
		frame: required(code.frame, `${field}.frame`, MAX_TEXT),
		confidence: fraction(code.confidence, `${field}.confidence`),
		source: code.source == null ? null : text(code.source, `${field}.source`, MAX_TEXT),
		targets: strings(code.targets, `${field}.targets`, MAX_TEXT),
		cues: list(code.cues, `${field}.cues`).map((cue, i) => readCue(cue, `${field}.cues[${i}]`))
	};
}

function readUnit(value: unknown, field: string): EvidenceUnit {
	const unit = object(value, field);
	const start = integer(unit.start, `${field}.start`, 0);
	const end = integer(unit.end, `${field}.end`, 0);
	if (end < start) fail(`${field}.end`, `must not be before ${field}.start`);
	return {
		id: integer(unit.id, `${field}.id`, 1),
		article: integer(unit.article, `${field}.article`, 1),
		ordinal: integer(unit.ordinal, `${field}.ordinal`, 0),
		kind: oneOf(unit.kind, `${field}.kind`, UNIT_KINDS),
		start,
		end,
		text: text(unit.text, `${field}.text`, MAX_TEXT),
		actors: strings(unit.actors, `${field}.actors`, MAX_TEXT),
		codes: list(unit.codes, `${field}.codes`).map((code, i) =>
			readCode(code, `${field}.codes[${i}]`)
		)
	};
}

/** A unit with the article it came from, which must be that unit's article. */
function readQuoted(value: unknown, field: string): Pick<QuotePin, 'unit' | 'article'> {
	const quoted = object(value, field);
	const unit = readUnit(quoted.unit, `${field}.unit`);
	const article = object(quoted.article, `${field}.article`);
	const id = integer(article.id, `${field}.article.id`, 1);
	if (id !== unit.article)
		fail(`${field}.article.id`, `must be ${field}.unit.article (${unit.article})`);
	return {
		unit,
		article: {
			id,
			outlet: required(article.outlet, `${field}.article.outlet`, MAX_TEXT),
			title: text(article.title, `${field}.article.title`, MAX_TEXT),
			dateLabel: text(article.dateLabel, `${field}.article.dateLabel`, MAX_TEXT),
			url: article.url == null ? null : text(article.url, `${field}.article.url`, MAX_TEXT)
		}
	};
}

function readStorylineOutlets(value: unknown, field: string): StorylinePin['outlets'] {
	// Capped, not refused: a briefing shows a storyline's first outlets and quotes, as the view does.
	return list(value, field)
		.slice(0, MAX_STORYLINE_OUTLETS)
		.map((entry, i) => {
			const outlet = object(entry, `${field}[${i}]`);
			return {
				outlet: required(outlet.outlet, `${field}[${i}].outlet`, MAX_TEXT),
				units: list(outlet.units, `${field}[${i}].units`)
					.slice(0, MAX_STORYLINE_UNITS)
					.map((quoted, j) => readQuoted(quoted, `${field}[${i}].units[${j}]`))
			};
		});
}

/**
 * Reads a pin from untrusted JSON into a fresh object holding only the known fields. Throws
 * BriefingError naming the field that is wrong. Text is cut to its cap, a chart's or storyline's
 * query loses its `ev-*` parameters, and a storyline keeps its first 12 outlets and 6 units each.
 */
export function readPin(value: unknown): BriefingPin {
	const pin = object(value, 'pin');
	const kind = oneOf(pin.kind, 'pin.kind', PIN_KINDS);
	const corpus = required(pin.corpus, 'pin.corpus', MAX_TEXT);
	if (kind === 'chart')
		return {
			kind,
			chart: oneOf(pin.chart, 'pin.chart', PINNED_CHARTS),
			corpus,
			query: readQuery(pin.query, 'pin.query'),
			title: clip(text(pin.title, 'pin.title', MAX_TEXT).trim(), MAX_TITLE)
		};
	if (kind === 'quote')
		return {
			kind,
			corpus,
			...readQuoted(pin, 'pin'),
			...(pin.minConfidence == null
				? {}
				: { minConfidence: fraction(pin.minConfidence, 'pin.minConfidence') })
		};
	return {
		kind,
		corpus,
		query: readQuery(pin.query, 'pin.query'),
		key: required(pin.key, 'pin.key', MAX_TEXT),
		label: text(pin.label, 'pin.label', MAX_TEXT),
		outlets: readStorylineOutlets(pin.outlets, 'pin.outlets')
	};
}
