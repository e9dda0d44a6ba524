// What the dashboard receives for one corpus: its outlets, articles, the coded units behind every
// number and the storylines, as plain data the server builds and the views only read.
import type { PublicationDate } from '$lib/engine/article';
import type { NoTextReason } from '$lib/engine/readable';

export interface FrameInfo {
	id: string;
	label: string;
	definition: string;
}

export interface CodebookInfo {
	id: string;
	version: string;
	label: string;
	frames: FrameInfo[];
}

export interface OutletSummary {
	name: string;
	type: string | null;
	domain: string | null;
	articles: number;
}

export interface ArticleSummary {
	id: number;
	outlet: string;
	title: string;
	titleDerived: boolean;
	published: PublicationDate | null;
	/** The date as people read it, with its precision ("c. 15 Oct 2015"). */
	dateLabel: string;
	url: string | null;
	/** Headline and body units: the sentences the coder read. */
	textUnits: number;
	/** Why the article has no body sentence to code, or null when it has one. */
	noText: NoTextReason | null;
	/** Its values of the corpus's lenses, by lens name; a lens it has no value for is absent. */
	lenses?: Record<string, string>;
	/** The first article of the corpus whose text this one nearly repeats, when it is a near-copy. */
	copyOf?: number;
}

/**
 * An import column with few distinct values (FA-KES `labels`: credible / fake; `location`), which
 * the dashboard offers as a filter and as the heatmap's rows beside outlet.
 */
export interface Lens {
	name: string;
	/** Its values, most articles first, each with how many of the corpus's articles have it. */
	values: { value: string; articles: number }[];
	/** Articles with no value for it. */
	missing: number;
}

/** A cue span, in offsets into the unit's own text. */
export interface EvidenceCue {
	start: number;
	end: number;
	rule: string;
}

export interface EvidenceCode {
	frame: string;
	confidence: number;
	/** The actor id (or a named person) voicing the stance, when known. */
	source: string | null;
	targets: string[];
	cues: EvidenceCue[];
}

/** One unit of an article — a sentence, headline, caption or run of furniture — and its codes. */
export interface EvidenceUnit {
	id: number;
	article: number;
	/** Position in the article, from 0: the anchor `#unit-<ordinal>` on the article page. */
	ordinal: number;
	kind: 'headline' | 'body' | 'caption' | 'boilerplate';
	/** Offsets into the article text. */
	start: number;
	end: number;
	text: string;
	/** Distinct actor ids named in the unit. */
	actors: string[];
	codes: EvidenceCode[];
}

export interface StorylineSummary {
	key: string;
	label: string;
	terms: string[];
	/** Mean similarity of the storyline's cross-article unit pairs, 0..1. */
	cohesion: number;
	/** Ids of its units, in article and text order. */
	units: number[];
}

/** Where a stock paragraph occurs: one sentence of one article. */
export interface StockOccurrence {
	unit: number;
	article: number;
	/** The sentence's position in its article: the anchor `#unit-<ordinal>` on the article page. */
	ordinal: number;
}

/**
 * A sentence an outlet repeats word for word across its articles (a wire service's background
 * line; a short sentence never is one): the charts count it once per outlet, not per article.
 */
export interface StockParagraph {
	/** One per article, the first occurrence first: earliest article by date, then by id. */
	occurrences: StockOccurrence[];
}

export interface CodedCorpus {
	codebook: CodebookInfo;
	outlets: OutletSummary[];
	articles: ArticleSummary[];
	/** Every coded unit, and every unit a storyline holds. Uncoded units elsewhere are left out. */
	units: EvidenceUnit[];
	storylines: StorylineSummary[];
	/** Storylines spanning fewer than two outlets, or beyond the cap, that were left out. */
	storylinesOmitted: number;
	/** Every stock paragraph, coded or not, with its first occurrences first. */
	stockParagraphs: StockParagraph[];
	/** The import's columns that can group and filter articles; absent or empty when none can. */
	lenses?: Lens[];
}

/** Units the coder reads as article text; furniture and captions are never counted. */
export function isTextUnit(unit: Pick<EvidenceUnit, 'kind'>): boolean {
	return unit.kind === 'headline' || unit.kind === 'body';
}
