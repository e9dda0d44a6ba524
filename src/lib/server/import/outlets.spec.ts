import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store';
import { resolveOutlet } from './outlets';

let store: Store;
beforeEach(() => {
	store = openStore(':memory:');
	const rt = store.prepare("INSERT INTO outlets (name, domain) VALUES ('RT', 'rt.com')").run();
	store.prepare("INSERT INTO outlets (name) VALUES ('Sputnik')").run();
	store
		.prepare(
			"INSERT INTO outlet_aliases (alias, outlet_id) VALUES ('rt.com', ?), ('Russia Today', ?)"
		)
		.run(rt.lastInsertRowid, rt.lastInsertRowid);
});
afterEach(() => store.close());

describe('resolveOutlet', () => {
	it.each([
		['an alias', 'rt.com', 'RT'],
		['an alias in another case', 'RT.COM', 'RT'],
		['an alias with spaces around it', '  Russia Today ', 'RT'],
		['a known outlet in another case', 'sputnik', 'Sputnik'],
		['a known outlet as spelled', 'RT', 'RT'],
		['an unknown outlet (trimmed)', ' TASS ', 'TASS']
	])('resolves %s to the stored name', (_, name, expected) => {
		expect(resolveOutlet(store, name)).toBe(expected);
	});
});
