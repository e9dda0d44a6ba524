// What a clicked mark stands for, kept in the URL as `ev-…` parameters, and the exact units behind
// it. Charts count with the same predicate the evidence panel lists with, so the two always agree.
import type { EvidenceUnit } from '$lib/coded-corpus';
import { dateInterval, type DashboardView } from './view';

export interface EvidenceQuery {
	outlet?: string;
	frame?: string;
	/** With `frame`: the code's source, and an actor among its targets. */
	source?: string;
	target?: string;
	/** Articles whose whole date lies within these inclusive `YYYY-MM-DD` bounds. */
	from?: string;
	to?: string;
	/** Articles with no date at all. */
	undated?: boolean;
	/** Articles dated no finer than this: `month` (month or year) or `year`. */
	imprecise?: 'month' | 'year';
	/** Members of this storyline (coded or not), by storyline key. */
	storyline?: string;
}

const TEXT_KEYS = ['outlet', 'frame', 'source', 'target', 'from', 'to', 'storyline'] as const;
export const EVIDENCE_PARAMS = [...TEXT_KEYS, 'undated', 'imprecise'].map((key) => `ev-${key}`);

/** The evidence query in the URL, or null when no mark is selected. */
export function readEvidence(params: URLSearchParams): EvidenceQuery | null {
	const query: EvidenceQuery = {};
	for (const key of TEXT_KEYS) {
		const value = params.get(`ev-${key}`);
		if (value) query[key] = value;
	}
	if (params.get('ev-undated') === '1') query.undated = true;
	const imprecise = params.get('ev-imprecise');
	if (imprecise === 'month' || imprecise === 'year') query.imprecise = imprecise;
	return Object.keys(query).length > 0 ? query : null;
}

/** Parameter changes that select the query (clearing any earlier selection), for `withParams`. */
export function evidenceParams(query: EvidenceQuery | null): Record<string, string | null> {
	const changes: Record<string, string | null> = Object.fromEntries(
		EVIDENCE_PARAMS.map((key) => [key, null])
	);
	if (!query) return changes;
	for (const key of TEXT_KEYS) if (query[key]) changes[`ev-${key}`] = query[key];
	if (query.undated) changes['ev-undated'] = '1';
	if (query.imprecise) changes['ev-imprecise'] = query.imprecise;
	return changes;
}

function datedAsAsked(view: DashboardView, unit: EvidenceUnit, query: EvidenceQuery): boolean {
	if (!query.from && !query.to && !query.undated && !query.imprecise) return true;
	const published = view.articleById.get(unit.article)?.published ?? null;
	if (query.undated) return published === null;
	if (!published) return false;
	if (query.imprecise === 'year') return published.precision === 'year';
	if (query.imprecise === 'month')
		return published.precision === 'month' || published.precision === 'year';
	const span = dateInterval(published);
	return (!query.from || span.from >= query.from) && (!query.to || span.to <= query.to);
}

/**
 * The units in sight that a mark stands for. Without `storyline`, only units coded with a frame
 * shown count, and with `frame` only those carrying it (from `source`, on `target`, when given).
 */
export function matchEvidence(view: DashboardView, query: EvidenceQuery): EvidenceUnit[] {
	const storyline = query.storyline
		? new Set(view.corpus.storylines.find((s) => s.key === query.storyline)?.units ?? [])
		: null;
	const shown = new Set(view.frames.map((frame) => frame.id));
	return view.units.filter((unit) => {
		if (storyline) {
			if (!storyline.has(unit.id)) return false;
		} else if (!unit.codes.some((code) => shown.has(code.frame))) return false;
		if (query.outlet && view.articleById.get(unit.article)?.outlet !== query.outlet) return false;
		if (query.frame) {
			const fits = unit.codes.some(
				(code) =>
					code.frame === query.frame &&
					(!query.source || code.source === query.source) &&
					(!query.target || code.targets.includes(query.target))
			);
			if (!fits) return false;
		}
		return datedAsAsked(view, unit, query);
	});
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function readableDay(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A date range as people say it: "Oct 2015" for a whole month, "2015" for a year, else the days. */
export function describeRange(from: string | undefined, to: string | undefined): string {
	if (from && to) {
		const [fy, fm, fd] = from.split('-');
		const [ty, tm, td] = to.split('-');
		const lastDay = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
		const wholeMonths = fd === '01' && Number(td) === lastDay;
		if (wholeMonths && fy === ty && fm === '01' && tm === '12') return fy!;
		if (wholeMonths && fy === ty && fm === tm) return `${MONTHS[Number(fm) - 1]} ${fy}`;
		return `${readableDay(from)} – ${readableDay(to)}`;
	}
	if (from) return `from ${readableDay(from)}`;
	if (to) return `until ${readableDay(to)}`;
	return '';
}

/** What a selection stands for, in words: "Sputnik · cooperation urged · Oct 2015". */
export function describeEvidence(
	query: EvidenceQuery,
	storylineLabel: (key: string) => string | undefined = () => undefined
): string {
	const parts: string[] = [];
	if (query.storyline)
		parts.push(`Storyline “${storylineLabel(query.storyline) ?? query.storyline}”`);
	if (query.outlet) parts.push(query.outlet);
	if (query.source || query.target)
		parts.push(`${query.source ?? 'anyone'} → ${query.target ?? 'anyone'}`);
	if (query.frame) parts.push(query.frame.replaceAll('_', ' '));
	if (query.from || query.to) parts.push(describeRange(query.from, query.to));
	if (query.undated) parts.push('undated articles');
	if (query.imprecise)
		parts.push(
			`articles dated only to the ${query.imprecise === 'month' ? 'month or year' : 'year'}`
		);
	return parts.join(' · ') || 'All coded sentences';
}
