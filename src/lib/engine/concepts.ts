// Paraphrase lexicon for storylines: actor aliases and predicate concepts, so that outlets
// which tell one event in different words ("rebuffed the overtures", "will not agree to
// cooperate") still meet on shared keys.

/** Actor aliases as lower-case token sequences; the few that are also English words are cased. */
const ACTOR_ALIASES: Record<string, string[]> = {
	US: [
		'united states',
		'u.s.',
		'u.s',
		'usa',
		'america',
		'american',
		'americans',
		'washington',
		'pentagon',
		'white house',
		'state department',
		'obama',
		'carter',
		'kerry',
		'trump',
		'tillerson',
		'mattis'
	],
	Russia: [
		'russia',
		'russian',
		'russians',
		'russian federation',
		'moscow',
		'kremlin',
		'putin',
		'lavrov',
		'peskov',
		'medvedev',
		'gerasimov',
		'shoigu',
		'fsb',
		'federal security service'
	],
	Syria: ['syria', 'syrian', 'syrians', 'damascus', 'assad', 'bashar', 'al-assad'],
	ISIS: [
		'islamic state',
		'isis',
		'isil',
		'daesh',
		'adnani',
		'al-adnani',
		'islamic extremists',
		'islamic extremism'
	],
	Israel: ['israel', 'israeli', 'israelis'],
	UK: ['uk', 'u.k.', 'britain', 'british', 'united kingdom'],
	Turkey: ['turkey', 'turkish', 'ankara', 'erdogan'],
	Iran: ['iran', 'iranian', 'iranians', 'tehran'],
	Iraq: ['iraq', 'iraqi', 'iraqis', 'baghdad'],
	China: ['china', 'chinese', 'beijing'],
	// "western" alone is mostly geography ("western Aleppo"); with a polity noun it is the West.
	West: [
		'western countries',
		'western powers',
		'western governments',
		'western nations',
		'europe',
		'european',
		'europeans',
		'nato'
	],
	UN: ['united nations', 'security council']
};

/** Aliases that are ordinary words in lower case: matched only as written. */
const CASED_ALIASES: Record<string, string> = { US: 'US', IS: 'ISIS', West: 'West', UN: 'UN' };

type AliasTable = Map<string, { actor: string; words: string[] }[]>;

function buildAliases(): AliasTable {
	// Indexed by first token, longest alias first, so matching is greedy and linear.
	const table: AliasTable = new Map();
	for (const [actor, aliases] of Object.entries(ACTOR_ALIASES)) {
		// The id itself is an alias too, unless lower-cased it is a word ("us", "west", "un").
		const own = actor in CASED_ALIASES ? [] : [actor.toLowerCase()];
		for (const alias of [...own, ...aliases]) {
			const words = alias.split(' ');
			const first = words[0] as string;
			const list = table.get(first) ?? [];
			list.push({ actor, words });
			table.set(first, list);
		}
	}
	for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
	return table;
}

const ALIASES = buildAliases();

/** Maps a name to the codebook's actor id ("Pentagon" → "US"); unknown names pass through. */
export function normaliseActor(name: string): string {
	const cased = CASED_ALIASES[name.trim()];
	if (cased) return cased;
	const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
	for (const [actor, aliases] of Object.entries(ACTOR_ALIASES)) {
		if (key === actor.toLowerCase() || aliases.includes(key)) return actor;
	}
	return name.trim();
}

/**
 * Finds actor mentions in a token sequence. Returns the actor per matched token index, so the
 * caller can keep those tokens out of the plain word features (one mention, one feature).
 */
export function matchActors(values: readonly string[]): Map<number, string> {
	const found = new Map<number, string>();
	const lower = values.map((v) => v.toLowerCase());
	for (let i = 0; i < values.length; i++) {
		const cased = CASED_ALIASES[values[i] as string];
		if (cased) {
			found.set(i, cased);
			continue;
		}
		for (const { actor, words } of ALIASES.get(lower[i] as string) ?? []) {
			if (!words.every((w, k) => lower[i + k] === w)) continue;
			for (let k = 0; k < words.length; k++) found.set(i + k, actor);
			i += words.length - 1;
			break;
		}
	}
	return found;
}

/** Predicate concepts as lemma sequences. Exact wording still counts on its own as a word. */
const CONCEPTS: Record<string, string[]> = {
	REFUSE: ['refuse', 'refusal', 'rebuff', 'reject', 'rejection', 'decline', 'spurn', 'snub'],
	OFFER: [
		'offer',
		'propose',
		'proposal',
		'overture',
		'seek',
		'invite',
		'invitation',
		'delegation',
		'initiative',
		'reach out'
	],
	COOPERATE: [
		'cooperate',
		'cooperation',
		'co-operate',
		'co-operation',
		'collaborate',
		'collaboration',
		'coordinate',
		'coordination',
		'work with',
		'work together',
		'join force',
		'united front',
		'alliance',
		'partnership',
		'joint',
		'together',
		'concerted'
	],
	TALKS: [
		'talk',
		'dialogue',
		'consultation',
		'negotiation',
		'negotiate',
		'contact',
		'agreement',
		'memorandum'
	],
	THREAT: ['threat', 'threaten', 'danger', 'dangerous', 'menace', 'warn', 'warning', 'peril'],
	FIGHT: ['fight', 'combat', 'defeat', 'destroy', 'eliminate', 'eradicate', 'roll back', 'crush'],
	STRIKE: [
		'airstrike',
		'air strike',
		'strike',
		'bomb',
		'bombing',
		'bombard',
		'bombardment',
		'raid',
		'sortie',
		'target',
		'hit',
		'pound'
	],
	TERRORISM: ['terrorist', 'terrorism', 'terror', 'jihadist', 'extremist', 'extremism', 'militant'],
	ACCUSE: ['accuse', 'accusation', 'allege', 'allegation', 'blame'],
	WORLD: ['world', 'worldwide', 'global', 'globe', 'everywhere']
};

/** A start verb followed closely by a military campaign noun names the start of a campaign. */
const START_VERBS = new Set(['launch', 'begin', 'start', 'initiate', 'commence', 'kick']);
const CAMPAIGN_NOUNS = new Set([
	'campaign',
	'airstrike',
	'strike',
	'bombing',
	'bombardment',
	'offensive',
	'operation',
	'raid',
	'intervention'
]);

/** A negation shortly before one of these predicates reads as a refusal ("can't host"). */
const NEGATIONS = new Set(['not', 'never', 'no', "n't", 'cannot']);
const NEGATABLE = new Set([
	'cooperate',
	'cooperation',
	'agree',
	'accept',
	'host',
	'send',
	'work',
	'join',
	'coordinate',
	'talk',
	'engage',
	'help',
	'participate'
]);

const PHRASES: { concept: string; words: string[] }[] = Object.entries(CONCEPTS)
	.flatMap(([concept, forms]) => forms.map((form) => ({ concept, words: form.split(' ') })))
	.sort((a, b) => b.words.length - a.words.length);

/** Concepts a lemma sequence expresses, each once, in a fixed order. */
export function matchConcepts(lemmas: readonly string[]): string[] {
	const found = new Set<string>();
	for (let i = 0; i < lemmas.length; i++) {
		for (const { concept, words } of PHRASES) {
			if (words.every((w, k) => lemmas[i + k] === w)) found.add(concept);
		}
		const lemma = lemmas[i] as string;
		if (START_VERBS.has(lemma)) {
			const window = lemmas.slice(i + 1, i + 6);
			if (window.some((w) => CAMPAIGN_NOUNS.has(w))) found.add('CAMPAIGN_START');
		}
		if (NEGATABLE.has(lemma)) {
			const before = lemmas.slice(Math.max(0, i - 4), i);
			if (before.some((w) => NEGATIONS.has(w))) found.add('REFUSE');
		}
	}
	return [...found].sort();
}

/** Concepts whose presence on one side only suggests two units tell opposite claims. */
export const POLAR_CONCEPTS: readonly string[] = ['REFUSE'];
