// The coder's learned component: one logistic model per frame over what a unit says and how it
// says it — its words and word pairs (actors read as their side), the codebook cue rules it
// matches, whether the rules coded it, who speaks and in whose voice. Trained on hand-coded real
// articles (tests/gold/train.ts); it runs anywhere the engine does, from weights shipped with it.
// Every code it makes names the words that drove it: the unit's strongest positive features.
import { sideOf } from './actors';
import type { Codebook } from './codebook';

export interface FrameWeights {
	frame: string;
	bias: number;
	/** The probability at or above which the unit carries the frame. */
	threshold: number;
	weights: Record<string, number>;
}

export interface LearnedModel {
	/** The codebook (id and frames) the model was trained to; it serves no other. */
	codebook: string;
	about: string;
	frames: FrameWeights[];
}

/** What the coder read of a unit before any model: the model's whole input. */
export interface UnitSignals {
	/** The unit's text; spans below are offsets into it. */
	text: string;
	headline: boolean;
	/** Actor mentions, in unit offsets. */
	actors: readonly { actor: string; start: number; end: number }[];
	/** The codebook's cue rules that match, whether or not a stance was read from them. */
	cues: readonly { frame: string; rule: string; start: number; end: number; negated: boolean }[];
	/** The frames the rules coded. */
	ruleFrames: readonly string[];
	/** The frames the rules coded in the unit before or after: a charge runs over sentences. */
	neighbourFrames: readonly string[];
	/** The frames the rules coded anywhere in the article. */
	articleFrames: readonly string[];
	/** The side whose stance the unit would voice (speaker or state outlet), if known. */
	ownSide: string | null;
	/** The unit is a side's state outlet narrating (no speaker, not attributed). */
	voice: boolean;
	/** The side of whom the words are attributed to, if an actor; 'person' for a named person. */
	speaker: string | null;
	attributed: boolean;
	firstPerson: boolean;
	quoted: boolean;
	warStory: boolean;
	enemyInStory: boolean;
}

/** A feature, and the span of the unit that shows it (null for the unit's context). */
export interface Feature {
	name: string;
	span: [number, number] | null;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

const stems = new Map<string, string>();

/** A light stemmer: enough to fold "accuses", "accused", "accusing" onto one feature. */
export function stem(word: string): string {
	let known = stems.get(word);
	if (known === undefined) {
		// Words repeat across a corpus: remember them, within bounds.
		if (stems.size > 100_000) stems.clear();
		known = stemOf(word);
		stems.set(word, known);
	}
	return known;
}

function stemOf(word: string): string {
	let w = word.toLowerCase().replace(/['’]s$/u, '');
	if (/^\p{N}+$/u.test(w)) return '#';
	for (const suffix of ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly'])
		if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
			w = w.slice(0, -suffix.length);
			break;
		}
	return w;
}

const sideTokens = new Map<string | null, string>();
const sideToken = (side: string | null) => {
	let token = sideTokens.get(side);
	if (token === undefined) sideTokens.set(side, (token = `@${side ?? 'none'}`));
	return token;
};

/** The tokens of a unit: words stemmed, each actor mention one token of its side. */
function tokens(signals: UnitSignals, codebook: Codebook) {
	const token: string[] = [];
	const start: number[] = [];
	const end: number[] = [];
	const side: boolean[] = [];
	const mentions = [...signals.actors].sort((a, b) => a.start - b.start);
	let next = 0;
	WORD.lastIndex = 0;
	for (let m = WORD.exec(signals.text); m; m = WORD.exec(signals.text)) {
		const at = m.index;
		while (next < mentions.length && mentions[next]!.end <= at) next++;
		const mention = mentions[next];
		if (mention && mention.start <= at) {
			const t = sideToken(sideOf(codebook, mention.actor));
			if (token.at(-1) === t && start.at(-1) === mention.start) continue;
			token.push(t);
			start.push(mention.start);
			end.push(mention.end);
			side.push(true);
			continue;
		}
		token.push(stem(m[0]));
		start.push(at);
		end.push(at + m[0].length);
		side.push(false);
	}
	return { token, start, end, side };
}

/** The features of a unit, each once, with the first span that shows it. */
export function featuresOf(signals: UnitSignals, codebook: Codebook): Feature[] {
	const seen = new Map<string, Feature>();
	visitFeatures(signals, codebook, (kind, a, b, start, end) => {
		const name = b === null ? `${kind}:${a}` : `${kind}:${a} ${b}`;
		if (!seen.has(name)) seen.set(name, { name, span: start < 0 ? null : [start, end] });
	});
	return [...seen.values()];
}

/**
 * A feature as read: its kind ("w" a word, "b" a word pair, "cue", "ctx", …), its parts, and the
 * span of the unit that shows it (start -1 for none).
 */
type AddFeature = (kind: string, a: string, b: string | null, start: number, end: number) => void;

/**
 * Calls `add` with each feature of a unit as it is read (a feature may come more than once). A
 * feature's name is `kind:a`, or `kind:a b` for a word pair.
 */
function visitFeatures(signals: UnitSignals, codebook: Codebook, add: AddFeature): void {
	const { token, start, end, side } = tokens(signals, codebook);
	// Beside its side, a party is the voice's own or its rival: "the regime's jets" in the
	// opposition's paper is the rival's deed.
	const own = signals.ownSide === null ? null : sideToken(signals.ownSide);
	const enemy = sideToken(codebook.enemySide);
	const none = sideToken(null);
	const sides = new Set<string>();
	let rivalNamed = false;
	for (let i = 0; i < token.length; i++) {
		const w = token[i]!;
		add('w', w, null, start[i]!, end[i]!);
		if (i > 0) add('b', token[i - 1]!, w, start[i - 1]!, end[i]!);
		if (!side[i]) continue;
		sides.add(w);
		if (own === null || w === enemy || w === none) continue;
		const rel = w === own ? '@own' : '@rival';
		if (rel === '@rival') rivalNamed = true;
		add('w', rel, null, start[i]!, end[i]!);
		if (i > 0) add('b', token[i - 1]!, rel, start[i - 1]!, end[i]!);
		if (i + 1 < token.length) add('b', rel, token[i + 1]!, start[i]!, end[i + 1]!);
	}
	for (const c of signals.cues) {
		add('cue', c.negated ? `${c.rule}:not` : c.rule, null, c.start, c.end);
		add('cue-frame', c.negated ? `${c.frame}:not` : c.frame, null, c.start, c.end);
	}
	// A cue means more in some mouths than others: a state outlet's narration, a side quoted.
	const cueFrames = new Set(signals.cues.filter((c) => !c.negated).map((c) => c.frame));
	for (const frame of cueFrames) {
		const { start: a, end: b } = signals.cues.find((c) => c.frame === frame)!;
		if (signals.voice) add('x', `${frame}&voice`, null, a, b);
		if (signals.attributed) add('x', `${frame}&attributed`, null, a, b);
		add('x', `${frame}&speaker:${signals.speaker ?? 'none'}`, null, a, b);
		if (rivalNamed) add('x', `${frame}&rival`, null, a, b);
		add('x', `${frame}&sides:${sides.size}`, null, a, b);
	}
	for (const frame of signals.ruleFrames) add('rule', frame, null, -1, -1);
	for (const frame of signals.neighbourFrames) add('near', frame, null, -1, -1);
	for (const frame of signals.articleFrames) add('article', frame, null, -1, -1);
	add('sides', [...sides].sort().join('+') || 'none', null, -1, -1);
	if (signals.headline) add('ctx', 'headline', null, -1, -1);
	if (signals.voice) add('ctx', 'voice', null, -1, -1);
	add('ctx', `speaker:${signals.speaker ?? 'none'}`, null, -1, -1);
	if (signals.attributed) add('ctx', 'attributed', null, -1, -1);
	if (signals.firstPerson) add('ctx', 'first-person', null, -1, -1);
	if (signals.quoted) add('ctx', 'quoted', null, -1, -1);
	if (signals.warStory) add('ctx', 'war-story', null, -1, -1);
	if (!signals.enemyInStory) add('ctx', 'no-enemy-in-story', null, -1, -1);
	add('ctx', 'length', null, -1, -1);
}

/** A feature's weights, one per model, and the unit it was last counted in. */
interface Entry {
	weights: number[];
	counted: number;
}

/** A model's weights by feature kind and part, so that scoring builds no feature names. */
interface Compiled {
	bias: number[];
	/** Single-part features by kind, then part: "w" → "accus" → entry. */
	single: Map<string, Map<string, Entry>>;
	/** Word pairs: first word, then second. */
	pairs: Map<string, Map<string, Entry>>;
	/** The units scored so far: an entry counted in this one is not counted again. */
	units: number;
}

const compiledModels = new WeakMap<readonly FrameWeights[], Compiled>();

function compile(models: readonly FrameWeights[]): Compiled {
	let c = compiledModels.get(models);
	if (c) return c;
	c = { bias: models.map((m) => m.bias), single: new Map(), pairs: new Map(), units: 0 };
	const entryIn = (table: Map<string, Map<string, Entry>>, a: string, b: string) => {
		const parts = table.get(a) ?? new Map<string, Entry>();
		table.set(a, parts);
		const entry = parts.get(b) ?? { weights: models.map(() => 0), counted: -1 };
		parts.set(b, entry);
		return entry;
	};
	for (const [k, model] of models.entries())
		for (const [name, weight] of Object.entries(model.weights)) {
			const colon = name.indexOf(':');
			const kind = name.slice(0, colon);
			const rest = name.slice(colon + 1);
			const space = rest.indexOf(' ');
			const entry =
				kind === 'b'
					? entryIn(c.pairs, rest.slice(0, space), rest.slice(space + 1))
					: entryIn(c.single, kind, rest);
			entry.weights[k] = weight;
		}
	compiledModels.set(models, c);
	return c;
}

/**
 * Each model's probability for a unit, without keeping its features: the fast path for the many
 * units no frame reaches its threshold in (scoreFrame explains the few that do).
 */
export function probabilities(
	models: readonly FrameWeights[],
	signals: UnitSignals,
	codebook: Codebook
): number[] {
	const compiled = compile(models);
	const { bias, single, pairs } = compiled;
	const z = [...bias];
	// A feature counts once per unit, as in training.
	const unit = ++compiled.units;
	const words = single.get('w');
	visitFeatures(signals, codebook, (kind, a, b) => {
		const entry =
			b !== null ? pairs.get(a)?.get(b) : kind === 'w' ? words?.get(a) : single.get(kind)?.get(a);
		if (entry === undefined || entry.counted === unit) return;
		entry.counted = unit;
		for (let k = 0; k < z.length; k++) z[k]! += entry.weights[k]!;
	});
	return z.map(sigmoid);
}

export interface Scored {
	frame: string;
	probability: number;
	/** The features that pushed towards the frame, strongest first. */
	drivers: { feature: Feature; weight: number }[];
}

/** The model's probability that the unit carries `model.frame`, and the features behind it. */
export function scoreFrame(model: FrameWeights, features: readonly Feature[]): Scored {
	let z = model.bias;
	const drivers: Scored['drivers'] = [];
	for (const feature of features) {
		const weight = model.weights[feature.name];
		if (weight === undefined) continue;
		z += weight;
		if (weight > 0) drivers.push({ feature, weight });
	}
	drivers.sort((a, b) => b.weight - a.weight);
	return { frame: model.frame, probability: sigmoid(z), drivers };
}

/** Whether a model serves a codebook: trained to it, and every frame it codes is still there. */
export function modelServes(model: LearnedModel | null | undefined, codebook: Codebook): boolean {
	if (!model || model.codebook !== codebook.id) return false;
	const ids = new Set(codebook.frames.map((f) => f.id));
	return model.frames.every((f) => ids.has(f.frame));
}

/** Words too common to explain a code, however they weighed: "is", "the", "to". */
const FUNCTION_WORDS = new Set(
	'a an and are as at be been by for from had has have in is it its of on or that the their they this to was were which will with'.split(
		' '
	)
);

/** Whether a feature names only actors' sides and function words: no word that explains. */
function explainsNothing(feature: string): boolean {
	if (!feature.startsWith('w:') && !feature.startsWith('b:')) return false;
	return feature
		.slice(2)
		.split(' ')
		.every((part) => part.startsWith('@') || FUNCTION_WORDS.has(part));
}

/**
 * Up to `n` word spans that drove a code: the strongest positive features that show in the text
 * and name a word that explains it ("shelled", not "is" or an actor's side).
 */
export function driverSpans(scored: Scored, n = 3): { span: [number, number]; feature: string }[] {
	const spans: { span: [number, number]; feature: string }[] = [];
	for (const { feature } of scored.drivers) {
		if (!feature.span || explainsNothing(feature.name)) continue;
		const [a, b] = feature.span;
		if (spans.some((s) => s.span[0] < b && a < s.span[1])) continue;
		spans.push({ span: feature.span, feature: feature.name });
		if (spans.length === n) break;
	}
	return spans.sort((x, y) => x.span[0] - y.span[0]);
}

/**
 * How a learned cue is named where the analyst reads it ("learned · words"): the span shows the
 * words; the name says the model, not a codebook rule, weighed them, and which kind of feature.
 */
export function learnedRule(feature: string): string {
	const kind = feature.slice(0, feature.indexOf(':'));
	const rest = feature.slice(kind.length + 1);
	if (kind === 'w' || kind === 'b') return 'learned · words';
	if (kind === 'cue') return `learned · cue ${rest.replace(/:not$/u, ' (negated)')}`;
	if (kind === 'cue-frame' || kind === 'x')
		return `learned · ${rest.split('&')[0]!.replace(/:not$/u, '').replace(/_/gu, ' ')} cue`;
	return 'learned';
}
