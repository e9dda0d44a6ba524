// Outlet names as the store knows them: an alias ("rt.com") or another spelling ("rt") of a known
// outlet becomes that outlet's name, so its articles group under one name in every chart.
import type { Store } from '../store';

/**
 * The name an outlet is stored under: the outlet an alias points to (aliases match whatever the
 * case), else a known outlet spelled the same but for case, else the name itself, trimmed.
 */
export function resolveOutlet(store: Store, name: string): string {
	const wanted = name.trim();
	const aliased = store
		.prepare(
			'SELECT o.name FROM outlet_aliases a JOIN outlets o ON o.id = a.outlet_id WHERE a.alias = ?'
		)
		.get(wanted) as { name: string } | undefined;
	if (aliased) return aliased.name;
	const known = store.prepare('SELECT name FROM outlets WHERE name = ?').get(wanted) as
		{ name: string } | undefined;
	return known?.name ?? wanted;
}
