// The dashboard's filters as they live in the URL: a copied link reproduces the view, and back and
// forward step through filter changes. Parsing is lenient (unknown values are dropped, not fatal).
import { DEFAULT_DENOMINATOR, readDenominator, type Denominator } from './denominators';

export interface Filters {
	/** Outlets shown; empty means every outlet. */
	outlets: string[];
	/** Frames shown; empty means every frame of the codebook. */
	frames: string[];
	/** Inclusive `YYYY-MM-DD` bounds on publication dates; null leaves that side open. */
	from: string | null;
	to: string | null;
	/** Keep only units naming this actor (as a mention, a source or a target). */
	actor: string | null;
	/** Count only codes whose confidence is at least this, in (0, 1]; null counts every code. */
	minConfidence: number | null;
	/** What every share is a share of; it narrows nothing, so it is no filter for `isFiltered`. */
	denominator: Denominator;
	/**
	 * Keep only articles with these lens values (`attr=labels:fake`): any of a lens's values, and
	 * every lens named.
	 */
	attributes: { name: string; value: string }[];
	/** Count an outlet's near-copies of one text every time (`copies=all`), not once; no filter. */
	countCopies: boolean;
}

export const NO_FILTERS: Filters = {
	outlets: [],
	frames: [],
	from: null,
	to: null,
	actor: null,
	minConfidence: null,
	denominator: DEFAULT_DENOMINATOR,
	attributes: [],
	countCopies: false
};

/** The URL parameters the filters own. */
export const FILTER_PARAMS = [
	'outlet',
	'frame',
	'from',
	'to',
	'actor',
	'minConfidence',
	'per',
	'attr',
	'copies'
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string | null {
	return value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : null;
}

/** A threshold from 0 to 1 written as a plain decimal; 0 keeps every code, so it is no filter. */
function threshold(value: string | null): number | null {
	if (!value || !/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value.trim())) return null;
	const min = Number(value);
	return min > 0 && min <= 1 ? min : null;
}

/** `labels:fake` → { name: 'labels', value: 'fake' }, split at the first colon; once each. */
function readAttributes(values: readonly string[]): Filters['attributes'] {
	const seen = new Set<string>();
	const read: Filters['attributes'] = [];
	for (const raw of values) {
		const at = raw.indexOf(':');
		const name = at > 0 ? raw.slice(0, at).trim() : '';
		const value = at > 0 ? raw.slice(at + 1).trim() : '';
		if (!name || !value || seen.has(`${name}:${value}`)) continue;
		seen.add(`${name}:${value}`);
		read.push({ name, value });
	}
	return read;
}

function distinct(values: readonly string[]): string[] {
	return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/**
 * Reads the filters from search parameters: `outlet` and `frame` repeat, `from`/`to`/`actor` and
 * `minConfidence` once. A threshold outside 0–1, or not a number, is dropped like a bad date.
 * `per` names the denominator; an unknown one is the default.
 */
export function readFilters(params: URLSearchParams): Filters {
	let from = day(params.get('from'));
	let to = day(params.get('to'));
	if (from && to && from > to) [from, to] = [to, from];
	return {
		outlets: distinct(params.getAll('outlet')),
		frames: distinct(params.getAll('frame')),
		from,
		to,
		actor: params.get('actor')?.trim() || null,
		minConfidence: threshold(params.get('minConfidence')),
		denominator: readDenominator(params.get('per')),
		attributes: readAttributes(params.getAll('attr')),
		countCopies: params.get('copies') === 'all'
	};
}

/** Writes filters into a copy of the parameters, leaving every other parameter as it was. */
export function writeFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const key of FILTER_PARAMS) next.delete(key);
	for (const outlet of filters.outlets) next.append('outlet', outlet);
	for (const frame of filters.frames) next.append('frame', frame);
	if (filters.from) next.set('from', filters.from);
	if (filters.to) next.set('to', filters.to);
	if (filters.actor) next.set('actor', filters.actor);
	if (filters.minConfidence !== null) next.set('minConfidence', String(filters.minConfidence));
	if (filters.denominator !== DEFAULT_DENOMINATOR) next.set('per', filters.denominator);
	for (const { name, value } of filters.attributes) next.append('attr', `${name}:${value}`);
	if (filters.countCopies) next.set('copies', 'all');
	return next;
}

/** True when any filter narrows the view. */
export function isFiltered(filters: Filters): boolean {
	return (
		filters.outlets.length > 0 ||
		filters.frames.length > 0 ||
		filters.from !== null ||
		filters.to !== null ||
		filters.actor !== null ||
		filters.minConfidence !== null ||
		filters.attributes.length > 0
	);
}

/** `?…` for a URL's path with some parameters replaced (null or empty deletes them). */
export function withParams(
	url: URL,
	changes: Record<string, string | readonly string[] | null>
): string {
	const params = new URLSearchParams(url.searchParams);
	for (const [key, value] of Object.entries(changes)) {
		params.delete(key);
		if (value === null) continue;
		for (const one of typeof value === 'string' ? [value] : value) params.append(key, one);
	}
	const search = params.toString();
	return `${url.pathname}${search ? `?${search}` : ''}`;
}

/** Parameters that carry from one view to another: the corpus and the filters. */
const SHARED_PARAMS = ['corpus', ...FILTER_PARAMS];

/** A link to another view (`/`, `/compare`, `/articles`) keeping the corpus and the filters. */
export function viewHref(path: string, params: URLSearchParams): string {
	const kept = new URLSearchParams();
	for (const key of SHARED_PARAMS) for (const value of params.getAll(key)) kept.append(key, value);
	const search = kept.toString();
	return `${path}${search ? `?${search}` : ''}`;
}
