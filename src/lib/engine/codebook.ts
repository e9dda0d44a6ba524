// A codebook as data: frames with their cue rules, the actor gazetteer and the lexicons the coder
// reads. Validated once at the boundary so the coder never meets a malformed rule.
import defaultJson from './codebooks/default.json';
import { InputError, type InputProblem } from './input-error';

/** How a frame's cues are read: advocacy of joint action, a refusal of it, or a charge. */
export type Stance = 'joint-action' | 'refusal' | 'charge';
export const STANCES: readonly Stance[] = ['joint-action', 'refusal', 'charge'];

export type CueRequirement = 'enemy-after' | 'party-after' | 'booster' | 'rival-named' | 'author';
export const CUE_REQUIREMENTS: readonly CueRequirement[] = [
	'enemy-after',
	'party-after',
	'booster',
	'rival-named',
	'author'
];

export interface CueRule {
	/** Names the rule in every cue it fires, so a reader can see why a unit was coded. */
	id: string;
	/** A regular expression (JavaScript syntax, matched case-insensitively) over the unit text. */
	pattern: string;
	/** How strongly one match speaks for the frame, 0–1. */
	weight: number;
	/**
	 * `enemy-after` / `party-after`: counts only when the common enemy / a side's actor is named
	 * right after it; `booster`: only with explicit advocacy in the unit; `rival-named`: only
	 * when the other side is named in it; `author`: only when an actor is named as its author.
	 */
	requires?: CueRequirement;
	/** `adjacent`: an actor named just before the cue ("Russian allegations") is its author. */
	author?: 'adjacent';
	/**
	 * The cue names the deed charged ("crimes", "violated the truce"), not the act of charging:
	 * the party doing it is the target, and the source is whoever reports it. On a refusal, the
	 * other side's act that will be answered ("the incursion would not go unpunished").
	 */
	deed?: boolean;
	/** The cue names an act between two sides by itself ("truce", "counterpart"): one side named suffices. */
	mutual?: boolean;
}

export interface FrameDefinition {
	id: string;
	label: string;
	definition: string;
	stance: Stance;
	cues: CueRule[];
	/** Words that make advocacy explicit (calls for, must, offered); raise confidence only. */
	boosters?: string;
	/** A frame whose cues, when negated, count as this frame ("will not cooperate"). */
	negates?: string;
}

export interface ActorAlias {
	text: string;
	caseSensitive: boolean;
}

export interface ActorDefinition {
	id: string;
	label: string;
	/** The side of the rivalry the actor stands on, or null when it stands on none. */
	side: string | null;
	aliases: ActorAlias[];
}

/**
 * A state outlet of a side: its own narration is that side speaking (CODEBOOK.md, "Who can
 * accuse"). Names are matched against the outlet's name or web domain, lower case.
 */
export interface StateOutlet {
	actor: string;
	names: string[];
	/** What the outlet calls its own body in its articles ("Coalition"), matched as written. */
	self?: string[];
}

export interface Side {
	id: string;
	label: string;
}

/** Alternations (regular-expression sources) for the closed word classes the coder needs. */
export interface Lexicons {
	speechVerbs: string;
	negators: string;
	negationExceptions: string;
	partners: string;
	locatives: string;
	titles: string;
	/** Words that make a capitalised name an organisation rather than a person. */
	organisations: string;
	/** Generic words for the common enemy ("terrorists", "jihadists") when no actor is named. */
	commonEnemy: string;
	/** Places of the shared war: a story naming one is about it even with no enemy named. */
	theatre?: string;
}

export interface Codebook {
	id: string;
	version: string;
	label: string;
	sides: Side[];
	/** The side of the common enemy: its rhetoric is never coded as a stance. */
	enemySide: string;
	actors: ActorDefinition[];
	outlets: StateOutlet[];
	lexicons: Lexicons;
	frames: FrameDefinition[];
}

const LEXICON_KEYS: readonly (keyof Lexicons)[] = [
	'speechVerbs',
	'negators',
	'negationExceptions',
	'partners',
	'locatives',
	'titles',
	'organisations',
	'commonEnemy'
];

type Obj = Record<string, unknown>;

class Checker {
	readonly problems: InputProblem[] = [];
	constructor(private readonly file: string) {}

	fail(field: string, reason: string): void {
		this.problems.push({ file: this.file, field, reason });
	}

	object(value: unknown, field: string): Obj | null {
		if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
		this.fail(field, 'must be an object');
		return null;
	}

	array(value: unknown, field: string): unknown[] {
		if (Array.isArray(value)) return value;
		this.fail(field, 'must be a list');
		return [];
	}

	text(value: unknown, field: string): string {
		if (typeof value === 'string' && value.trim() !== '') return value;
		this.fail(field, 'must be a non-empty string');
		return '';
	}

	pattern(value: unknown, field: string): string {
		const source = this.text(value, field);
		if (!source) return source;
		try {
			new RegExp(source, 'giu');
		} catch (error) {
			this.fail(field, `is not a valid regular expression (${(error as Error).message})`);
		}
		return source;
	}

	weight(value: unknown, field: string): number {
		if (typeof value === 'number' && value >= 0 && value <= 1) return value;
		this.fail(field, 'must be a number from 0 to 1');
		return 0;
	}

	oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
		if ((allowed as readonly unknown[]).includes(value)) return value as T;
		this.fail(field, `must be one of ${allowed.join(', ')}`);
		return allowed[0] as T;
	}
}

function readCue(c: Checker, value: unknown, at: string): CueRule {
	const o = c.object(value, at) ?? {};
	const cue: CueRule = {
		id: c.text(o.id, `${at}.id`),
		pattern: c.pattern(o.pattern, `${at}.pattern`),
		weight: c.weight(o.weight, `${at}.weight`)
	};
	if (o.requires !== undefined)
		cue.requires = c.oneOf(o.requires, `${at}.requires`, CUE_REQUIREMENTS);
	if (o.author !== undefined) cue.author = c.oneOf(o.author, `${at}.author`, ['adjacent'] as const);
	for (const flag of ['deed', 'mutual'] as const) {
		if (o[flag] === undefined) continue;
		if (typeof o[flag] !== 'boolean') c.fail(`${at}.${flag}`, 'must be true or false');
		else cue[flag] = o[flag];
	}
	return cue;
}

function readFrame(c: Checker, value: unknown, at: string): FrameDefinition {
	const o = c.object(value, at) ?? {};
	const frame: FrameDefinition = {
		id: c.text(o.id, `${at}.id`),
		label: c.text(o.label, `${at}.label`),
		definition: c.text(o.definition, `${at}.definition`),
		stance: c.oneOf(o.stance, `${at}.stance`, STANCES),
		cues: c.array(o.cues, `${at}.cues`).map((cue, i) => readCue(c, cue, `${at}.cues[${i}]`))
	};
	if (o.boosters !== undefined) frame.boosters = c.pattern(o.boosters, `${at}.boosters`);
	if (o.negates !== undefined) frame.negates = c.text(o.negates, `${at}.negates`);
	return frame;
}

function readAlias(c: Checker, value: unknown, at: string): ActorAlias {
	if (typeof value === 'string') return { text: c.text(value, at), caseSensitive: false };
	const o = c.object(value, at) ?? {};
	const caseSensitive = o.caseSensitive ?? false;
	if (typeof caseSensitive !== 'boolean') c.fail(`${at}.caseSensitive`, 'must be true or false');
	return { text: c.text(o.text, `${at}.text`), caseSensitive: caseSensitive === true };
}

function readActor(c: Checker, value: unknown, at: string, sides: string[]): ActorDefinition {
	const o = c.object(value, at) ?? {};
	const side = o.side === null ? null : c.oneOf(o.side, `${at}.side`, sides);
	return {
		id: c.text(o.id, `${at}.id`),
		label: c.text(o.label, `${at}.label`),
		side,
		aliases: c
			.array(o.aliases, `${at}.aliases`)
			.map((a, i) => readAlias(c, a, `${at}.aliases[${i}]`))
	};
}

function readOutlet(c: Checker, value: unknown, at: string): StateOutlet {
	const o = c.object(value, at) ?? {};
	const outlet: StateOutlet = {
		actor: c.text(o.actor, `${at}.actor`),
		names: c
			.array(o.names, `${at}.names`)
			.map((n, i) => c.text(n, `${at}.names[${i}]`).toLowerCase())
	};
	if (o.self !== undefined)
		outlet.self = c.array(o.self, `${at}.self`).map((n, i) => c.text(n, `${at}.self[${i}]`));
	return outlet;
}

function checkReferences(c: Checker, book: Codebook): void {
	const frameIds = book.frames.map((f) => f.id);
	book.frames.forEach((frame, i) => {
		if (frameIds.indexOf(frame.id) !== i) c.fail(`frames[${i}].id`, `"${frame.id}" is used twice`);
		if (frame.negates !== undefined && !frameIds.includes(frame.negates))
			c.fail(`frames[${i}].negates`, `"${frame.negates}" is not a frame of this codebook`);
	});
	const actorIds = book.actors.map((a) => a.id);
	book.actors.forEach((actor, i) => {
		if (actorIds.indexOf(actor.id) !== i) c.fail(`actors[${i}].id`, `"${actor.id}" is used twice`);
	});
	book.outlets.forEach((outlet, i) => {
		if (!actorIds.includes(outlet.actor))
			c.fail(`outlets[${i}].actor`, `"${outlet.actor}" is not an actor of this codebook`);
	});
}

/** Reads and validates a codebook; throws an InputError naming every faulty field path. */
export function loadCodebook(json: unknown, file = 'codebook'): Codebook {
	const c = new Checker(file);
	const o = c.object(json, '(root)') ?? {};
	const sides = c.array(o.sides, 'sides').map((s, i) => {
		const so = c.object(s, `sides[${i}]`) ?? {};
		return { id: c.text(so.id, `sides[${i}].id`), label: c.text(so.label, `sides[${i}].label`) };
	});
	const sideIds = sides.map((s) => s.id);
	const lexObj = c.object(o.lexicons, 'lexicons') ?? {};
	const lexicons = Object.fromEntries(
		LEXICON_KEYS.map((key) => [key, c.pattern(lexObj[key], `lexicons.${key}`)])
	) as unknown as Lexicons;
	if (lexObj.theatre !== undefined)
		lexicons.theatre = c.pattern(lexObj.theatre, 'lexicons.theatre');
	const book: Codebook = {
		id: c.text(o.id, 'id'),
		version: c.text(o.version, 'version'),
		label: c.text(o.label, 'label'),
		sides,
		enemySide: c.oneOf(o.enemySide, 'enemySide', sideIds.length ? sideIds : ['']),
		actors: c.array(o.actors, 'actors').map((a, i) => readActor(c, a, `actors[${i}]`, sideIds)),
		outlets: (o.outlets === undefined ? [] : c.array(o.outlets, 'outlets')).map((x, i) =>
			readOutlet(c, x, `outlets[${i}]`)
		),
		lexicons,
		frames: c.array(o.frames, 'frames').map((f, i) => readFrame(c, f, `frames[${i}]`))
	};
	checkReferences(c, book);
	if (c.problems.length) throw new InputError(c.problems);
	return book;
}

/** The state outlet `outlet` names ("sputniknews.com", "RT"), if it is one. */
export function outletOf(
	codebook: Codebook,
	outlet: string | null | undefined
): StateOutlet | null {
	if (!outlet) return null;
	const name = outlet
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//u, '')
		.replace(/^www\./u, '')
		.replace(/\/.*$/u, '');
	return codebook.outlets.find((o) => o.names.includes(name)) ?? null;
}

/** The side actor whose state outlet `outlet` is ("sputniknews.com" → Russia), or null. */
export function outletActor(codebook: Codebook, outlet: string | null | undefined): string | null {
	return outletOf(codebook, outlet)?.actor ?? null;
}

/** The codebook the dashboard ships with (see CODEBOOK.md). */
export const defaultCodebook: Codebook = loadCodebook(defaultJson, 'codebooks/default.json');
