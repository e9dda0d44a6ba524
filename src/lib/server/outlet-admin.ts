// Managing outlets, which every corpus shares: their details, their aliases, and merging spellings
// of one outlet (`rt`, `rt.com`, `RT`) into one, so charts that group by outlet name show it once.
import { FIELD_LIMITS, lineProblem, squashLine } from '$lib/engine/reading/fields';
import type { Store } from './store';

/** The usual kinds of outlet; any other text is accepted too. */
export const OUTLET_TYPES = ['state-affiliated', 'public', 'private', 'fringe', 'content-farm'];

/** The import's limit: an outlet named in a file and one renamed here fit the same charts. */
export const MAX_OUTLET_NAME = FIELD_LIMITS.outlet;
export const MAX_OUTLET_COUNTRY = 80;
export const MAX_OUTLET_TYPE = 60;

export interface OutletCorpusCount {
	slug: string;
	name: string;
	articles: number;
}

export interface ManagedOutlet {
	id: number;
	name: string;
	domain: string | null;
	country: string | null;
	type: string | null;
	/** Articles in every corpus together. */
	articles: number;
	/** Articles per corpus, corpora in the order of the corpora page; corpora without any left out. */
	corpora: OutletCorpusCount[];
	/** Other spellings that imports put under this outlet, alphabetically. */
	aliases: string[];
}

/** What an edit sets; `null` clears a field. */
export interface OutletEdit {
	name: string;
	domain: string | null;
	country: string | null;
	type: string | null;
}

export type OutletField =
	'outlet' | 'name' | 'domain' | 'country' | 'type' | 'alias' | 'into' | 'from';

/** A change to an outlet that cannot be made; `field` names the form field or thing at fault. */
export class OutletAdminError extends Error {
	constructor(
		readonly field: OutletField,
		readonly reason: string
	) {
		super(`${field}: ${reason}`);
		this.name = 'OutletAdminError';
	}
}

interface OutletRow {
	id: number;
	name: string;
	domain: string | null;
	country: string | null;
	type: string | null;
}

/** Every outlet, by name ignoring case, with its articles per corpus and its aliases. */
export function listManagedOutlets(store: Store): ManagedOutlet[] {
	const outlets = store
		.prepare('SELECT id, name, domain, country, type FROM outlets ORDER BY name COLLATE NOCASE, id')
		.all() as OutletRow[];
	const counts = store
		.prepare(
			`SELECT a.outlet_id, c.slug, c.name, count(*) AS articles
			FROM articles a JOIN corpora c ON c.id = a.corpus_id
			GROUP BY a.outlet_id, c.id ORDER BY c.is_seed DESC, c.created_at, c.id`
		)
		.all() as { outlet_id: number; slug: string; name: string; articles: number }[];
	const aliases = store
		.prepare('SELECT outlet_id, alias FROM outlet_aliases ORDER BY alias COLLATE NOCASE')
		.all() as { outlet_id: number; alias: string }[];
	const corporaOf = new Map<number, OutletCorpusCount[]>();
	for (const { outlet_id, slug, name, articles } of counts)
		corporaOf.set(outlet_id, [...(corporaOf.get(outlet_id) ?? []), { slug, name, articles }]);
	const aliasesOf = new Map<number, string[]>();
	for (const { outlet_id, alias } of aliases)
		aliasesOf.set(outlet_id, [...(aliasesOf.get(outlet_id) ?? []), alias]);
	return outlets.map((outlet) => {
		const corpora = corporaOf.get(outlet.id) ?? [];
		return {
			...outlet,
			articles: corpora.reduce((sum, corpus) => sum + corpus.articles, 0),
			corpora,
			aliases: aliasesOf.get(outlet.id) ?? []
		};
	});
}

/** One outlet as `listManagedOutlets` describes it; throws when there is none with that id. */
export function getManagedOutlet(store: Store, id: number): ManagedOutlet {
	const outlet = listManagedOutlets(store).find((candidate) => candidate.id === id);
	if (!outlet) throw new OutletAdminError('outlet', `there is no outlet with id ${id}`);
	return outlet;
}

function outletRow(store: Store, id: number, field: OutletField = 'outlet'): OutletRow {
	const row = store
		.prepare('SELECT id, name, domain, country, type FROM outlets WHERE id = ?')
		.get(id) as OutletRow | undefined;
	if (!row) throw new OutletAdminError(field, `there is no outlet with id ${id}`);
	return row;
}

/** The value as stored (one line), refused when it holds a character no export can hold. */
function squash(field: OutletField, text: string): string {
	const line = squashLine(text);
	const problem = lineProblem(line);
	if (problem) throw new OutletAdminError(field, problem);
	return line;
}
const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function checkName(name: string): string {
	const trimmed = squash('name', name);
	if (trimmed === '') throw new OutletAdminError('name', 'an outlet needs a name');
	if (trimmed.length > MAX_OUTLET_NAME)
		throw new OutletAdminError(
			'name',
			`an outlet name has at most ${MAX_OUTLET_NAME} characters (this one has ${trimmed.length})`
		);
	return trimmed;
}

const HOSTNAME =
	/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** A domain as stored: lower case, without scheme, `www.`, path or port; null when empty. */
export function checkDomain(domain: string | null): string | null {
	const trimmed = (domain ?? '').trim().toLowerCase();
	if (trimmed === '') return null;
	let host: string;
	if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
		try {
			host = new URL(trimmed).hostname;
		} catch {
			throw new OutletAdminError('domain', `“${domain!.trim()}” is not a web address`);
		}
	} else {
		host = trimmed.split('/')[0]!;
	}
	host = host.replace(/^www\./, '').replace(/\.$/, '');
	if (!HOSTNAME.test(host))
		throw new OutletAdminError(
			'domain',
			`“${domain!.trim()}” is not a domain name (write it like rt.com)`
		);
	return host;
}

function checkFreeText(
	field: 'country' | 'type',
	value: string | null,
	max: number
): string | null {
	const trimmed = squash(field, value ?? '');
	if (trimmed === '') return null;
	if (trimmed.length > max)
		throw new OutletAdminError(
			field,
			`at most ${max} characters are kept (this one has ${trimmed.length})`
		);
	return trimmed;
}

/** Trims and checks every field of an edit, throwing on the first bad one. */
export function checkOutletEdit(edit: OutletEdit): OutletEdit {
	return {
		name: checkName(edit.name),
		domain: checkDomain(edit.domain),
		country: checkFreeText('country', edit.country, MAX_OUTLET_COUNTRY),
		type: checkFreeText('type', edit.type, MAX_OUTLET_TYPE)
	};
}

/** Refuses a spelling that already names another outlet or is another outlet's alias. */
function assertFreeSpelling(
	store: Store,
	field: OutletField,
	spelling: string,
	ownerId: number,
	what: string
): void {
	const named = store
		.prepare('SELECT name FROM outlets WHERE name = ? AND id != ?')
		.pluck()
		.get(spelling, ownerId) as string | undefined;
	if (named)
		throw new OutletAdminError(
			field,
			`another outlet is already called “${named}” (${what} are compared ignoring case)`
		);
	const aliased = store
		.prepare(
			`SELECT o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id
			WHERE a.alias = ? AND a.outlet_id != ?`
		)
		.pluck()
		.get(spelling, ownerId) as string | undefined;
	if (aliased)
		throw new OutletAdminError(
			field,
			`“${spelling}” is an alias of ${aliased}; merge the outlets or remove that alias first`
		);
}

export interface EditOutcome {
	outlet: ManagedOutlet;
	previousName: string;
	/** The old name, when the rename kept it as an alias. */
	aliasAdded: string | null;
}

/**
 * Sets an outlet's name, domain, country and type. A new name must not name another outlet or be
 * another outlet's alias (ignoring case). With `keepOldName` (the default) a renamed outlet keeps
 * its old name as an alias, so later imports that spell it the old way still land on it. Codes do
 * not depend on names, so cached analyses stay valid.
 */
export function editOutlet(
	store: Store,
	id: number,
	edit: OutletEdit,
	options: { keepOldName?: boolean } = {}
): EditOutcome {
	const keepOldName = options.keepOldName ?? true;
	return store.transaction((): EditOutcome => {
		const current = outletRow(store, id);
		const next = checkOutletEdit(edit);
		assertFreeSpelling(store, 'name', next.name, id, 'names');
		let aliasAdded: string | null = null;
		// Its own alias may become its name; it is then no longer an alias.
		store
			.prepare('DELETE FROM outlet_aliases WHERE alias = ? AND outlet_id = ?')
			.run(next.name, id);
		if (keepOldName && !sameText(current.name, next.name)) {
			const added = store
				.prepare('INSERT OR IGNORE INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)')
				.run(current.name, id).changes;
			if (added === 1) aliasAdded = current.name;
		}
		store
			.prepare('UPDATE outlets SET name = ?, domain = ?, country = ?, type = ? WHERE id = ?')
			.run(next.name, next.domain, next.country, next.type, id);
		return { outlet: getManagedOutlet(store, id), previousName: current.name, aliasAdded };
	})();
}

/** What describing many outlets at once sets: a field left undefined stays as each outlet has it. */
export interface OutletDescription {
	type?: string;
	country?: string;
}

/**
 * Sets the type and/or country of many outlets in one transaction (all or none), so a corpus of
 * forty sites can be described without forty edits. Returns the outlets' names, by name.
 */
export function describeOutlets(
	store: Store,
	ids: readonly number[],
	description: OutletDescription
): { names: string[]; type: string | null; country: string | null } {
	const type =
		description.type === undefined
			? undefined
			: checkFreeText('type', description.type, MAX_OUTLET_TYPE);
	const country =
		description.country === undefined
			? undefined
			: checkFreeText('country', description.country, MAX_OUTLET_COUNTRY);
	if (type == null && country == null)
		throw new OutletAdminError('type', 'choose a type or write a country to set');
	const distinct = [...new Set(ids)];
	if (distinct.length === 0) throw new OutletAdminError('from', 'tick the outlets to describe');
	return store.transaction(() => {
		const rows = distinct.map((id) => outletRow(store, id, 'from'));
		const set = store.prepare(
			'UPDATE outlets SET type = coalesce(@type, type), country = coalesce(@country, country) WHERE id = @id'
		);
		for (const row of rows) set.run({ id: row.id, type: type ?? null, country: country ?? null });
		return {
			names: rows.map((row) => row.name).sort((a, b) => a.localeCompare(b)),
			type: type ?? null,
			country: country ?? null
		};
	})();
}

/** Records another spelling of an outlet, so imports that use it land on the outlet. */
export function addOutletAlias(store: Store, id: number, alias: string): string {
	return store.transaction((): string => {
		const outlet = outletRow(store, id);
		const spelling = squash('alias', alias);
		if (spelling === '') throw new OutletAdminError('alias', 'an alias cannot be empty');
		if (spelling.length > MAX_OUTLET_NAME)
			throw new OutletAdminError(
				'alias',
				`an alias has at most ${MAX_OUTLET_NAME} characters (this one has ${spelling.length})`
			);
		if (sameText(spelling, outlet.name))
			throw new OutletAdminError('alias', `“${spelling}” is the outlet's own name`);
		assertFreeSpelling(store, 'alias', spelling, id, 'names and aliases');
		store
			.prepare('INSERT OR IGNORE INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)')
			.run(spelling, id);
		return spelling;
	})();
}

/** Forgets an alias; later imports that use it create or find an outlet of that name instead. */
export function removeOutletAlias(store: Store, alias: string): { alias: string; outlet: string } {
	const row = store
		.prepare(
			`SELECT a.alias, o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id
			WHERE a.alias = ?`
		)
		.get(alias) as { alias: string; name: string } | undefined;
	if (!row) throw new OutletAdminError('alias', `there is no alias “${alias}”`);
	store.prepare('DELETE FROM outlet_aliases WHERE alias = ?').run(row.alias);
	return { alias: row.alias, outlet: row.name };
}

/** Deletes an outlet that no corpus has an article of (its aliases go with it). */
export function deleteOutlet(store: Store, id: number): { name: string } {
	return store.transaction((): { name: string } => {
		const outlet = outletRow(store, id);
		const articles = store
			.prepare('SELECT count(*) FROM articles WHERE outlet_id = ?')
			.pluck()
			.get(id) as number;
		if (articles > 0)
			throw new OutletAdminError(
				'outlet',
				`${outlet.name} still has ${articles} article${articles === 1 ? '' : 's'}; merge it into another outlet instead`
			);
		store.prepare('DELETE FROM outlets WHERE id = ?').run(id);
		return { name: outlet.name };
	})();
}

export interface MergeSource {
	id: number;
	name: string;
	domain: string | null;
	articles: number;
}

export interface MergePlan {
	into: { id: number; name: string };
	from: MergeSource[];
	/** Spellings that become (or stay) aliases of the target: the merged names, domains and aliases. */
	aliases: string[];
	/** Domains not recorded as aliases because another outlet already uses the spelling. */
	skipped: { alias: string; reason: string }[];
	/** Articles that move to the target. */
	articles: number;
	/** Corpora holding articles of the merged outlets: their cached analyses are dropped. */
	corpora: { slug: string; name: string }[];
}

/**
 * Says what merging `fromIds` into `intoId` would do, or throws when it cannot be done.
 * Articles cannot collide: `UNIQUE (corpus_id, content_hash)` does not involve the outlet, so
 * no corpus can hold the same text under two outlets. What can collide are spellings: a merged
 * outlet's name that is another outlet's alias refuses the merge; a domain that names or is an
 * alias of another outlet is left out of the aliases and reported.
 */
export function planMerge(store: Store, intoId: number, fromIds: readonly number[]): MergePlan {
	const into = outletRow(store, intoId, 'into');
	const ids = [...new Set(fromIds)];
	if (ids.length === 0) throw new OutletAdminError('from', 'choose at least one outlet to merge');
	if (ids.includes(intoId))
		throw new OutletAdminError('from', `${into.name} cannot be merged into itself`);
	const rows = ids.map((id) => outletRow(store, id, 'from'));
	const involved = new Set([intoId, ...ids]);
	const countArticles = store.prepare('SELECT count(*) FROM articles WHERE outlet_id = ?').pluck();
	const from = rows.map((row) => ({
		id: row.id,
		name: row.name,
		domain: row.domain,
		articles: countArticles.get(row.id) as number
	}));

	const ownerOf = (spelling: string) =>
		(
			store
				.prepare(
					`SELECT id, name FROM outlets WHERE name = ?
				UNION ALL SELECT o.id, o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id WHERE a.alias = ?`
				)
				.all(spelling, spelling) as { id: number; name: string }[]
		).filter((owner) => !involved.has(owner.id))[0];
	const aliases: string[] = [];
	const skipped: MergePlan['skipped'] = [];
	const add = (spelling: string) => {
		if (!sameText(spelling, into.name) && !aliases.some((alias) => sameText(alias, spelling)))
			aliases.push(spelling);
	};
	const existing = store.prepare('SELECT alias FROM outlet_aliases WHERE outlet_id = ?').pluck();
	for (const source of rows) {
		const owner = ownerOf(source.name);
		if (owner)
			throw new OutletAdminError(
				'from',
				`“${source.name}” is also an alias of ${owner.name}; remove that alias first`
			);
		add(source.name);
		for (const alias of existing.all(source.id) as string[]) add(alias);
	}
	for (const source of rows) {
		if (!source.domain || aliases.some((alias) => sameText(alias, source.domain!))) continue;
		const owner = ownerOf(source.domain);
		if (owner)
			skipped.push({
				alias: source.domain,
				reason: `${owner.name} already goes by “${source.domain}”`
			});
		else add(source.domain);
	}
	for (const alias of existing.all(intoId) as string[]) add(alias);

	const placeholders = ids.map(() => '?').join(', ');
	const corpora = store
		.prepare(
			`SELECT c.slug, c.name FROM corpora c WHERE c.id IN
				(SELECT DISTINCT corpus_id FROM articles WHERE outlet_id IN (${placeholders}))
			ORDER BY c.is_seed DESC, c.created_at, c.id`
		)
		.all(...ids) as { slug: string; name: string }[];
	return {
		into: { id: into.id, name: into.name },
		from,
		aliases: aliases.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
		skipped,
		articles: from.reduce((sum, source) => sum + source.articles, 0),
		corpora
	};
}

export interface MergeOutcome extends MergePlan {
	/** Cached analyses dropped; their corpora are coded again on their next view. */
	analysesDropped: number;
}

/**
 * Merges outlets into one, in one transaction: their articles move to the target, their names,
 * domains and aliases become the target's aliases, the target fills in a domain, country or type
 * it lacks from them, the merged outlets are deleted, and the cached analyses of every corpus
 * that had their articles are dropped (storylines count outlets, so they change). Nothing changes
 * when it throws.
 */
export function mergeOutlets(
	store: Store,
	intoId: number,
	fromIds: readonly number[]
): MergeOutcome {
	return store.transaction((): MergeOutcome => {
		const plan = planMerge(store, intoId, fromIds);
		const ids = plan.from.map((source) => source.id);
		const placeholders = ids.map(() => '?').join(', ');
		const analysesDropped = store
			.prepare(
				`DELETE FROM analyses WHERE corpus_id IN
					(SELECT DISTINCT corpus_id FROM articles WHERE outlet_id IN (${placeholders}))`
			)
			.run(...ids).changes;
		store
			.prepare(`UPDATE articles SET outlet_id = ? WHERE outlet_id IN (${placeholders})`)
			.run(intoId, ...ids);
		for (const id of ids) {
			store
				.prepare(
					`UPDATE outlets SET
						domain = coalesce(domain, (SELECT domain FROM outlets WHERE id = @id)),
						country = coalesce(country, (SELECT country FROM outlets WHERE id = @id)),
						type = coalesce(type, (SELECT type FROM outlets WHERE id = @id))
					WHERE id = @into`
				)
				.run({ id, into: intoId });
		}
		// The merged outlets' aliases are re-recorded below under the target; these rows would
		// otherwise go with their outlets (ON DELETE CASCADE).
		store.prepare(`DELETE FROM outlet_aliases WHERE outlet_id IN (${placeholders})`).run(...ids);
		store.prepare(`DELETE FROM outlets WHERE id IN (${placeholders})`).run(...ids);
		const record = store.prepare(
			`INSERT INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)
			ON CONFLICT (alias) DO UPDATE SET outlet_id = excluded.outlet_id`
		);
		for (const alias of plan.aliases) record.run(alias, intoId);
		return { ...plan, analysesDropped };
	})();
}
