// Terms of a unit for storyline alignment: lemmatised content words, normalised actors,
// paraphrase concepts, date and number keys, frames and who-to-whom pairs, as one set of
// namespaced keys ("w:campaign", "a:Russia", "c:REFUSE", "d:2015-09-30", "f:accusation").
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { matchActors, matchConcepts, normaliseActor } from './concepts';
import { dateKeys, numberKeys } from './date-keys';
import { winkInput } from './wink-input';

/** What alignment needs of a coded unit; structurally a subset of the coder's `CodedUnit`. */
export interface TermSource {
	text: string;
	frames?: readonly { frame: string; source: string | null; targets: readonly string[] }[];
	actors?: readonly { actor: string }[];
}

let nlp: WinkMethods | null = null;

/** Loaded on first use, so importing the engine costs nothing. */
function reader(): WinkMethods {
	nlp ??= winkNLP(model);
	return nlp;
}

// wink-nlp's typings give `lemma` a third parameter that `out` does not declare; it works as is.
const LEMMA = (lemma: unknown) => lemma as ItsFunction<string>;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
// Reporting and filler verbs say nothing about which event a unit tells.
const GENERIC = new Set([
	'say',
	'said',
	'tell',
	'add',
	'report',
	'note',
	'go',
	'come',
	'make',
	'take',
	'get',
	'give',
	'know',
	'see',
	'seem',
	'continue',
	'include',
	'accord',
	'al',
	'people',
	'time',
	'today',
	'day',
	'week',
	'year'
]);

/** A lemma as a term: lower case, no trailing full stop ("u.s." stays an abbreviation). */
function cleanLemma(lemma: string): string {
	return lemma.toLowerCase().replace(/^[\u2018\u2019'"]+|[\u2018\u2019'"]+$/g, '');
}

/**
 * The namespaced keys of one unit, sorted. `published` (ISO date) resolves "on Tuesday" and
 * years of "September 30"; without it those keys are left year-less.
 */
export function unitTerms(unit: TermSource, published: string | null): string[] {
	const keys = new Set<string>();
	const { keys: dates, rest } = dateKeys(unit.text, published);
	for (const key of dates) keys.add(key);
	for (const key of numberKeys(rest)) keys.add(key);

	// Words are read from the text with its dates blanked: "Tuesday" is already a date key. wink
	// reads it with over-long runs cut down (see wink-input); offsets are not needed here.
	const its = reader().its;
	const tokens = reader().readDoc(winkInput(rest).text).tokens();
	const values = tokens.out();
	// wink-nlp leaves the lemma undefined for a few rare tokens; the word itself stands in then.
	const lemmas = tokens
		.out(LEMMA(its.lemma))
		.map((lemma: string | undefined, i: number) => cleanLemma(lemma ?? values[i] ?? ''));
	const pos = tokens.out(its.pos);
	const stop = tokens.out(its.stopWordFlag);
	const types = tokens.out(its.type);

	const actors = matchActors(values);
	for (const actor of actors.values()) keys.add(`a:${actor}`);
	for (const { actor } of unit.actors ?? []) keys.add(`a:${normaliseActor(actor)}`);

	for (let i = 0; i < lemmas.length; i++) {
		const lemma = lemmas[i] as string;
		if (actors.has(i) || types[i] !== 'word' || stop[i] || lemma.length < 3) continue;
		if (!CONTENT_POS.has(pos[i] as string) || GENERIC.has(lemma)) continue;
		keys.add(`w:${lemma}`);
	}
	// Actor tokens stay in the concept pass as placeholders so phrases keep their positions.
	const concepts = matchConcepts(lemmas);
	for (const concept of concepts) keys.add(`c:${concept}`);
	// Who does what: a predicate with its actors is rarer, and more telling, than either alone.
	const present = [...keys].filter((key) => key.startsWith('a:')).map((key) => key.slice(2));
	for (const concept of concepts) for (const actor of present) keys.add(`e:${actor}+${concept}`);

	for (const code of unit.frames ?? []) {
		keys.add(`f:${code.frame}`);
		const source = code.source ? normaliseActor(code.source) : null;
		for (const target of code.targets) {
			if (source) keys.add(`p:${source}>${normaliseActor(target)}`);
		}
	}
	return [...keys].sort();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A key as an analyst reads it: "Russia", "refuse", "30 Sep 2015", "campaign", "US → Russia". */
export function describeTerm(key: string): string {
	const [kind, value = ''] = [key.slice(0, 1), key.slice(2)];
	if (kind === 'c') return value.toLowerCase().replace(/_/g, ' ');
	if (kind === 'p') return value.replace('>', ' → ');
	if (kind === 'f') return value.replace(/_/g, ' ');
	if (kind === 'd' || kind === 'm' || kind === 'r') {
		const [y, m, d] = value.startsWith('--')
			? ['', ...value.slice(2).split('-')]
			: value.split('-');
		const month = MONTHS[Number(m) - 1] ?? m;
		return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
	}
	return value;
}
