// Column mappings remembered per file header, so the next export with the same columns maps itself.
import { createHash } from 'node:crypto';
import {
	COLUMN_ROLES,
	normaliseColumnName,
	type ColumnMapping,
	type ColumnRole,
	type DateOrder
} from '$lib/engine';
import type { Store } from '../store';

export interface SavedMapping {
	mapping: ColumnMapping;
	dateOrder: DateOrder | null;
	savedAt: string;
}

/**
 * A stable key for a header: its column names normalised as the column mapper compares them
 * ("Published At" = "published_at"), blanks (an unnamed index column) dropped, order ignored.
 */
export function mappingKey(header: readonly string[]): string {
	const names = [...new Set(header.map(normaliseColumnName).filter((name) => name !== ''))].sort();
	return createHash('sha256').update(names.join('\n'), 'utf8').digest('hex');
}

/** Keeps only known roles with column names: a stored mapping is data, not trusted code. */
function cleanMapping(value: unknown): ColumnMapping {
	const mapping: ColumnMapping = {};
	if (!value || typeof value !== 'object') return mapping;
	for (const role of COLUMN_ROLES) {
		const column = (value as Record<string, unknown>)[role];
		if (typeof column === 'string' && column !== '') mapping[role as ColumnRole] = column;
	}
	return mapping;
}

/** Remembers (or replaces) the mapping and date order chosen for files with this header. */
export function saveMapping(
	store: Store,
	header: readonly string[],
	mapping: ColumnMapping,
	dateOrder: DateOrder | null = null
): void {
	store
		.prepare(
			`INSERT INTO column_mappings (header_key, header, mapping, date_order, saved_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (header_key) DO UPDATE SET header = excluded.header, mapping = excluded.mapping,
				date_order = excluded.date_order, saved_at = excluded.saved_at`
		)
		.run(
			mappingKey(header),
			JSON.stringify(header),
			JSON.stringify(cleanMapping(mapping)),
			dateOrder,
			new Date().toISOString()
		);
}

/** The mapping remembered for files with this header, or null. */
export function savedMapping(store: Store, header: readonly string[]): SavedMapping | null {
	const row = store
		.prepare('SELECT mapping, date_order, saved_at FROM column_mappings WHERE header_key = ?')
		.get(mappingKey(header)) as
		{ mapping: string; date_order: DateOrder | null; saved_at: string } | undefined;
	if (!row) return null;
	let mapping: unknown;
	try {
		mapping = JSON.parse(row.mapping);
	} catch {
		return null;
	}
	return { mapping: cleanMapping(mapping), dateOrder: row.date_order, savedAt: row.saved_at };
}
