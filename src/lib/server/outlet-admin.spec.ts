import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCodebook, type Article } from '$lib/engine';
import { ensureAnalysis } from './analyses';
import { importCorpus } from './corpora';
import { loadCodedCorpus } from './coded-corpus';
import {
	addOutletAlias,
	checkDomain,
	deleteOutlet,
	describeOutlets,
	editOutlet,
	listManagedOutlets,
	mergeOutlets,
	OutletAdminError,
	planMerge,
	removeOutletAlias,
	type OutletEdit
} from './outlet-admin';
import { ensureSeedCorpus } from './seed-corpus';
import { openStore, type Store } from './store';

function article(
	file: string,
	outlet: string,
	domain: string | null,
	text: string,
	type: string | null = null
): Article {
	return {
		file,
		outlet: { name: outlet, domain, type },
		published: { iso: '2016-02-01', precision: 'day' },
		title: null,
		url: null,
		attribution: null,
		text
	};
}

// Three spellings of RT (`rt` is the seeds' `RT` already: outlet names ignore case) and others.
const RT_MIX: Article[] = [
	article('rt.csv:2', 'rt', null, 'Moscow urged Washington to join forces against ISIS in Syria.'),
	article(
		'rt.csv:3',
		'rt.com',
		'rt.com',
		'The Pentagon refused to cooperate with Russia on strikes in Syria.'
	),
	article(
		'rt.csv:4',
		'rt.com',
		'rt.com',
		'Lavrov said the coalition must coordinate with Moscow against terrorists.'
	),
	article(
		'rt.csv:5',
		'Russia Today',
		'russiatoday.com',
		'Russia accused the United States of shielding militants in Syria.',
		'state-affiliated'
	),
	article(
		'rt.csv:6',
		'Daily Example',
		'example.org',
		'Officials met in Geneva to talk about Syria.'
	)
];
const UNRELATED: Article[] = [
	article('news.csv:2', 'Daily Example', 'example.org', 'A ceasefire was announced in Aleppo.')
];

let dir: string;
let store: Store;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallax-outlet-admin-'));
	store = openStore(join(dir, 'parallax.db'));
	ensureSeedCorpus(store, 'seeds');
	importCorpus(store, { slug: 'rt-mix', name: 'RT mix', source: 'rt.csv' }, RT_MIX);
	importCorpus(store, { slug: 'news', name: 'Unrelated news', source: 'news.csv' }, UNRELATED);
});
afterEach(() => {
	store.close();
	rmSync(dir, { recursive: true, force: true });
});

const outletId = (name: string) =>
	store.prepare('SELECT id FROM outlets WHERE name = ?').pluck().get(name) as number;
const corpusId = (slug: string) =>
	store.prepare('SELECT id FROM corpora WHERE slug = ?').pluck().get(slug) as number;
const outletRow = (id: number) =>
	store.prepare('SELECT name, domain, country, type FROM outlets WHERE id = ?').get(id);
const aliases = () =>
	store
		.prepare(
			'SELECT a.alias, o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.alias'
		)
		.raw()
		.all();

function snapshot() {
	const all = (sql: string) => store.prepare(sql).all();
	return {
		corpora: all('SELECT * FROM corpora ORDER BY id'),
		articles: all('SELECT id, corpus_id, outlet_id FROM articles ORDER BY id'),
		outlets: all('SELECT * FROM outlets ORDER BY id'),
		aliases: all('SELECT * FROM outlet_aliases ORDER BY alias'),
		analyses: all('SELECT id, corpus_id FROM analyses ORDER BY id')
	};
}

function thrown(run: () => unknown): { field: string; reason: string } {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(OutletAdminError);
		const { field, reason } = error as OutletAdminError;
		return { field, reason };
	}
	throw new Error('expected the call to throw');
}

describe('listManagedOutlets', () => {
	it('lists every outlet by name with its articles per corpus, its total and its aliases', () => {
		addOutletAlias(store, outletId('RT'), 'Russia Today TV');
		const outlets = listManagedOutlets(store);
		expect(outlets.map((o) => o.name)).toEqual([
			'Daily Example',
			'interiordesignfuture.com',
			'RT',
			'rt.com',
			'Russia Today',
			'Sputnik',
			"The People's Voice (formerly YourNewsWire)",
			'World Israel News'
		]);
		const byName = new Map(outlets.map((o) => [o.name, o]));
		expect(byName.get('RT')).toMatchObject({
			domain: 'rt.com',
			type: 'state-affiliated',
			country: null,
			articles: 2,
			corpora: [
				{ slug: 'seeds', name: 'Seed corpus', articles: 1 },
				{ slug: 'rt-mix', name: 'RT mix', articles: 1 }
			],
			aliases: ['Russia Today TV']
		});
		expect(byName.get('Daily Example')?.corpora).toEqual([
			{ slug: 'rt-mix', name: 'RT mix', articles: 1 },
			{ slug: 'news', name: 'Unrelated news', articles: 1 }
		]);
	});
});

describe('checkDomain', () => {
	it.each([
		['rt.com', 'rt.com'],
		['  RT.com ', 'rt.com'],
		['https://www.rt.com/news/318614-isis/', 'rt.com'],
		['www.sputniknews.com/', 'sputniknews.com'],
		['', null],
		[null, null]
	])('reads %j as %j', (input, expected) => {
		expect(checkDomain(input)).toBe(expected);
	});

	it.each([
		['rt', '“rt” is not a domain name (write it like rt.com)'],
		['rt dot com', '“rt dot com” is not a domain name (write it like rt.com)'],
		['http://', '“http://” is not a web address']
	])('throws on %j naming the domain field', (input, reason) => {
		expect(thrown(() => checkDomain(input))).toEqual({ field: 'domain', reason });
	});
});

describe('editOutlet', () => {
	const sputnik: OutletEdit = {
		name: 'Sputnik',
		domain: 'sputniknews.com',
		country: null,
		type: 'state-affiliated'
	};

	it.each([
		[
			'sets country and type, trimmed',
			{ ...sputnik, country: ' Russia ', type: ' public ' },
			{ name: 'Sputnik', domain: 'sputniknews.com', country: 'Russia', type: 'public' },
			[]
		],
		[
			'clears the fields left empty',
			{ ...sputnik, domain: '', country: '', type: '' },
			{ name: 'Sputnik', domain: null, country: null, type: null },
			[]
		],
		[
			'reads a web address as its domain',
			{ ...sputnik, domain: 'https://www.Sputniknews.com/world/' },
			{ name: 'Sputnik', domain: 'sputniknews.com', country: null, type: 'state-affiliated' },
			[]
		],
		[
			'renames, keeping the old name as an alias',
			{ ...sputnik, name: 'Sputnik News' },
			{
				name: 'Sputnik News',
				domain: 'sputniknews.com',
				country: null,
				type: 'state-affiliated'
			},
			[['Sputnik', 'Sputnik News']]
		],
		[
			'changes only the case of the name without adding an alias',
			{ ...sputnik, name: 'SPUTNIK' },
			{ name: 'SPUTNIK', domain: 'sputniknews.com', country: null, type: 'state-affiliated' },
			[]
		]
	])('%s', (_, edit, stored, expectedAliases) => {
		const id = outletId('Sputnik');
		const outcome = editOutlet(store, id, edit);
		expect(outletRow(id)).toEqual(stored);
		expect(outcome.outlet).toMatchObject(stored);
		expect(outcome.previousName).toBe('Sputnik');
		expect(aliases()).toEqual(expectedAliases);
	});

	it('renames without an alias when asked not to keep the old name', () => {
		const id = outletId('Sputnik');
		expect(
			editOutlet(store, id, { ...sputnik, name: 'Sputnik News' }, { keepOldName: false }).aliasAdded
		).toBeNull();
		expect(aliases()).toEqual([]);
	});

	it('renames back to an alias of its own, which stops being an alias', () => {
		const id = outletId('Sputnik');
		editOutlet(store, id, { ...sputnik, name: 'Sputnik News' });
		editOutlet(store, id, sputnik, { keepOldName: false });
		expect(outletRow(id)).toMatchObject({ name: 'Sputnik' });
		expect(aliases()).toEqual([]);
	});

	it('does not drop cached analyses: codes do not depend on outlet names', () => {
		ensureAnalysis(store, corpusId('seeds'), defaultCodebook);
		const before = snapshot().analyses;
		editOutlet(store, outletId('Sputnik'), { ...sputnik, name: 'Sputnik News' });
		expect(snapshot().analyses).toEqual(before);
		const coded = loadCodedCorpus(store, corpusId('seeds'), defaultCodebook);
		expect(coded.outlets.map((o) => o.name)).toContain('Sputnik News');
		expect(coded.articles.filter((a) => a.outlet === 'Sputnik News')).toHaveLength(1);
	});

	it.each([
		[
			'a name another outlet has, ignoring case',
			{ ...sputnik, name: 'world israel NEWS' },
			{
				field: 'name',
				reason:
					'another outlet is already called “World Israel News” (names are compared ignoring case)'
			}
		],
		[
			'a name that is another outlet’s alias',
			{ ...sputnik, name: 'RUSSIA TODAY TV' },
			{
				field: 'name',
				reason: '“RUSSIA TODAY TV” is an alias of RT; merge the outlets or remove that alias first'
			}
		],
		[
			'an empty name',
			{ ...sputnik, name: ' ' },
			{ field: 'name', reason: 'an outlet needs a name' }
		],
		[
			'a name with a NUL, which would break every exported SVG',
			{ ...sputnik, name: 'Sput\u0000nik' },
			{
				field: 'name',
				reason: 'holds a control character (U+0000 at character 5) that no export can hold'
			}
		],
		[
			'a 2 MB name',
			{ ...sputnik, name: 'S'.repeat(2 ** 21) },
			{ field: 'name', reason: 'an outlet name has at most 200 characters (this one has 2097152)' }
		],
		[
			'a country with a control character',
			{ ...sputnik, country: 'Rus\u0007sia' },
			{
				field: 'country',
				reason: 'holds a control character (U+0007 at character 4) that no export can hold'
			}
		],
		[
			'a domain that is not one',
			{ ...sputnik, domain: 'sputnik news' },
			{ field: 'domain', reason: '“sputnik news” is not a domain name (write it like rt.com)' }
		],
		[
			'a country longer than 80 characters',
			{ ...sputnik, country: 'R'.repeat(81) },
			{ field: 'country', reason: 'at most 80 characters are kept (this one has 81)' }
		],
		[
			'a type longer than 60 characters',
			{ ...sputnik, type: 't'.repeat(61) },
			{ field: 'type', reason: 'at most 60 characters are kept (this one has 61)' }
		]
	])('refuses %s and changes nothing', (_, edit, error) => {
		addOutletAlias(store, outletId('RT'), 'Russia Today TV');
		const before = snapshot();
		expect(thrown(() => editOutlet(store, outletId('Sputnik'), edit))).toEqual(error);
		expect(snapshot()).toEqual(before);
	});

	it('refuses an unknown outlet', () => {
		expect(thrown(() => editOutlet(store, 9999, sputnik))).toEqual({
			field: 'outlet',
			reason: 'there is no outlet with id 9999'
		});
	});
});

describe('addOutletAlias and removeOutletAlias', () => {
	it('records a spelling, trimmed, and forgets it again', () => {
		expect(addOutletAlias(store, outletId('RT'), '  Russia  Today TV ')).toBe('Russia Today TV');
		expect(aliases()).toEqual([['Russia Today TV', 'RT']]);
		expect(removeOutletAlias(store, 'russia today tv')).toEqual({
			alias: 'Russia Today TV',
			outlet: 'RT'
		});
		expect(aliases()).toEqual([]);
	});

	it.each([
		['an empty alias', '  ', 'an alias cannot be empty'],
		['the outlet’s own name', 'rt', "“rt” is the outlet's own name"],
		[
			'another outlet’s name',
			'SPUTNIK',
			'another outlet is already called “Sputnik” (names and aliases are compared ignoring case)'
		]
	])('refuses %s', (_, alias, reason) => {
		const before = snapshot();
		expect(thrown(() => addOutletAlias(store, outletId('RT'), alias))).toEqual({
			field: 'alias',
			reason
		});
		expect(snapshot()).toEqual(before);
	});

	it('refuses to forget an alias that does not exist', () => {
		expect(thrown(() => removeOutletAlias(store, 'nope'))).toEqual({
			field: 'alias',
			reason: 'there is no alias “nope”'
		});
	});
});

describe('deleteOutlet', () => {
	it('deletes an outlet with no article left, and its aliases', () => {
		const id = Number(
			store.prepare("INSERT INTO outlets (name) VALUES ('Ghost Gazette')").run().lastInsertRowid
		);
		addOutletAlias(store, id, 'ghost');
		expect(deleteOutlet(store, id)).toEqual({ name: 'Ghost Gazette' });
		expect(outletRow(id)).toBeUndefined();
		expect(aliases()).toEqual([]);
	});

	it('refuses an outlet that still has articles', () => {
		const before = snapshot();
		expect(thrown(() => deleteOutlet(store, outletId('Daily Example')))).toEqual({
			field: 'outlet',
			reason: 'Daily Example still has 2 articles; merge it into another outlet instead'
		});
		expect(snapshot()).toEqual(before);
	});
});

describe('mergeOutlets', () => {
	it('moves the articles to the target, records the names and domains as aliases, and deletes the merged outlets', () => {
		const rt = outletId('RT');
		const sources = [outletId('rt.com'), outletId('Russia Today')];
		const outcome = mergeOutlets(store, rt, sources);
		expect(outcome).toMatchObject({
			into: { id: rt, name: 'RT' },
			from: [
				{ name: 'rt.com', domain: 'rt.com', articles: 2 },
				{ name: 'Russia Today', domain: 'russiatoday.com', articles: 1 }
			],
			aliases: ['rt.com', 'Russia Today', 'russiatoday.com'],
			skipped: [],
			articles: 3,
			corpora: [{ slug: 'rt-mix', name: 'RT mix' }]
		});
		expect(aliases()).toEqual([
			['rt.com', 'RT'],
			['Russia Today', 'RT'],
			['russiatoday.com', 'RT']
		]);
		expect(sources.map(outletRow)).toEqual([undefined, undefined]);
		const perCorpus = store
			.prepare(
				'SELECT c.slug, count(*) FROM articles a JOIN corpora c ON c.id = a.corpus_id WHERE a.outlet_id = ? GROUP BY c.id ORDER BY c.id'
			)
			.raw()
			.all(rt);
		expect(perCorpus).toEqual([
			['seeds', 1],
			['rt-mix', 4]
		]);
	});

	it('drops the cached analyses of the corpora that had the merged outlets, and no others', () => {
		for (const slug of ['seeds', 'rt-mix', 'news'])
			ensureAnalysis(store, corpusId(slug), defaultCodebook);
		const kept = store
			.prepare('SELECT id FROM analyses WHERE corpus_id != ? ORDER BY id')
			.pluck()
			.all(corpusId('rt-mix'));
		const outcome = mergeOutlets(store, outletId('RT'), [
			outletId('rt.com'),
			outletId('Russia Today')
		]);
		expect(outcome.analysesDropped).toBe(1);
		expect(store.prepare('SELECT id FROM analyses ORDER BY id').pluck().all()).toEqual(kept);
	});

	it('leaves one row for RT in the charts of the corpus', () => {
		const before = loadCodedCorpus(store, corpusId('rt-mix'), defaultCodebook);
		expect(before.outlets.map((o) => [o.name, o.articles])).toEqual([
			['Daily Example', 1],
			['RT', 1],
			['rt.com', 2],
			['Russia Today', 1]
		]);
		mergeOutlets(store, outletId('RT'), [outletId('rt.com'), outletId('Russia Today')]);
		const after = loadCodedCorpus(store, corpusId('rt-mix'), defaultCodebook);
		expect(after.outlets.map((o) => [o.name, o.articles])).toEqual([
			['Daily Example', 1],
			['RT', 4]
		]);
		expect(new Set(after.articles.map((a) => a.outlet))).toEqual(new Set(['Daily Example', 'RT']));
	});

	it('fills in what the target lacks from the merged outlets, keeping what it has', () => {
		editOutlet(store, outletId('Daily Example'), {
			name: 'Daily Example',
			domain: null,
			country: null,
			type: null
		});
		editOutlet(store, outletId('Russia Today'), {
			name: 'Russia Today',
			domain: 'russiatoday.com',
			country: 'Russia',
			type: 'state-affiliated'
		});
		mergeOutlets(store, outletId('Daily Example'), [outletId('Russia Today')]);
		expect(outletRow(outletId('Daily Example'))).toEqual({
			name: 'Daily Example',
			domain: 'russiatoday.com',
			country: 'Russia',
			type: 'state-affiliated'
		});
		mergeOutlets(store, outletId('RT'), [outletId('rt.com')]);
		expect(outletRow(outletId('RT'))).toEqual({
			name: 'RT',
			domain: 'rt.com',
			country: null,
			type: 'state-affiliated'
		});
	});

	it('carries the merged outlets’ own aliases over to the target', () => {
		addOutletAlias(store, outletId('rt.com'), 'RT English');
		mergeOutlets(store, outletId('RT'), [outletId('rt.com')]);
		expect(aliases()).toEqual([
			['RT English', 'RT'],
			['rt.com', 'RT']
		]);
	});

	it('leaves out, and reports, a domain another outlet already goes by', () => {
		addOutletAlias(store, outletId('Sputnik'), 'russiatoday.com');
		const outcome = mergeOutlets(store, outletId('RT'), [outletId('Russia Today')]);
		expect(outcome.aliases).toEqual(['Russia Today']);
		expect(outcome.skipped).toEqual([
			{ alias: 'russiatoday.com', reason: 'Sputnik already goes by “russiatoday.com”' }
		]);
		expect(aliases()).toEqual([
			['Russia Today', 'RT'],
			['russiatoday.com', 'Sputnik']
		]);
	});

	it('plans without changing anything', () => {
		ensureAnalysis(store, corpusId('rt-mix'), defaultCodebook);
		const before = snapshot();
		const plan = planMerge(store, outletId('RT'), [outletId('rt.com')]);
		expect(plan.aliases).toEqual(['rt.com']);
		expect(snapshot()).toEqual(before);
	});

	it.each<[string, () => [number, number[]], { field: string; reason: string }]>([
		[
			'an outlet into itself',
			() => [outletId('RT'), [outletId('RT')]],
			{ field: 'from', reason: 'RT cannot be merged into itself' }
		],
		[
			'no outlet to merge',
			() => [outletId('RT'), []],
			{ field: 'from', reason: 'choose at least one outlet to merge' }
		],
		[
			'an unknown target',
			() => [9999, [outletId('rt.com')]],
			{ field: 'into', reason: 'there is no outlet with id 9999' }
		],
		[
			'an unknown outlet to merge',
			() => [outletId('RT'), [outletId('rt.com'), 9999]],
			{ field: 'from', reason: 'there is no outlet with id 9999' }
		],
		[
			'an outlet whose name is another outlet’s alias',
			() => {
				// Only a store edited by hand gets here: aliases and names are kept apart by the edits.
				store
					.prepare('INSERT INTO outlet_aliases (alias, outlet_id) VALUES (?, ?)')
					.run('rt.com', outletId('Sputnik'));
				return [outletId('RT'), [outletId('rt.com')]];
			},
			{ field: 'from', reason: '“rt.com” is also an alias of Sputnik; remove that alias first' }
		]
	])('refuses to merge %s and changes nothing', (_, args, error) => {
		ensureAnalysis(store, corpusId('rt-mix'), defaultCodebook);
		const [into, from] = args();
		const before = snapshot();
		expect(thrown(() => mergeOutlets(store, into, from))).toEqual(error);
		expect(snapshot()).toEqual(before);
	});
});

describe('describeOutlets', () => {
	it('sets a type and a country for many outlets at once, keeping what it is not given', () => {
		const ids = [outletId('RT'), outletId('Sputnik'), outletId('rt.com')];
		editOutlet(store, outletId('Sputnik'), {
			name: 'Sputnik',
			domain: null,
			country: 'Russia',
			type: null
		});
		const done = describeOutlets(store, ids, { type: 'state-affiliated' });
		expect(done).toEqual({
			names: ['RT', 'rt.com', 'Sputnik'],
			type: 'state-affiliated',
			country: null
		});
		expect(outletRow(outletId('Sputnik'))).toMatchObject({
			type: 'state-affiliated',
			country: 'Russia'
		});
		describeOutlets(store, ids, { country: '  Russia ' });
		for (const id of ids)
			expect(outletRow(id)).toMatchObject({ type: 'state-affiliated', country: 'Russia' });
	});

	it('changes nothing when one outlet does not exist, or nothing is asked', () => {
		const before = listManagedOutlets(store);
		expect(() => describeOutlets(store, [outletId('RT'), 99_999], { type: 'public' })).toThrow(
			/there is no outlet with id 99999/
		);
		expect(() => describeOutlets(store, [outletId('RT')], {})).toThrow(OutletAdminError);
		expect(() => describeOutlets(store, [], { type: 'public' })).toThrow(/tick the outlets/);
		expect(() => describeOutlets(store, [outletId('RT')], { country: 'x'.repeat(81) })).toThrow(
			/at most 80 characters/
		);
		expect(listManagedOutlets(store)).toEqual(before);
	});
});
