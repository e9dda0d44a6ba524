// Briefings in the store: named lists of pinned charts, quotes and storylines, in order, captioned.
import {
	BriefingError,
	clip,
	MAX_BRIEFING_NAME,
	MAX_CAPTION,
	readPin,
	type Briefing,
	type BriefingItem,
	type BriefingPin,
	type BriefingSummary
} from '$lib/briefing/items';
import { cleanText, lineProblem, squashLine } from '$lib/engine/reading/fields';
import type { Store } from './store';

interface ItemRow {
	id: number;
	briefing_id: number;
	position: number;
}

const now = () => new Date().toISOString();

function inTransaction<T>(store: Store, change: () => T): T {
	return store.transaction(change)();
}

function checkName(name: string): string {
	const kept = clip(squashLine(name), MAX_BRIEFING_NAME).trim();
	if (kept === '') throw new BriefingError('A briefing needs a name');
	const problem = lineProblem(kept);
	if (problem) throw new BriefingError(`A briefing name ${problem}`);
	return kept;
}

/** A caption is a few lines the user wrote: kept as text, less what no slide can hold. */
const checkCaption = (caption: string) => clip(cleanText(caption.trim()).text, MAX_CAPTION).trim();

/** Marks the briefing changed; every change goes through here, so unknown ids are refused once. */
function touch(store: Store, briefingId: number): void {
	const { changes } = store
		.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?')
		.run(now(), briefingId);
	if (changes === 0) throw new BriefingError(`There is no briefing ${briefingId}`);
}

function itemRow(store: Store, itemId: number): ItemRow {
	const row = store
		.prepare('SELECT id, briefing_id, position FROM briefing_items WHERE id = ?')
		.get(itemId) as ItemRow | undefined;
	if (!row) throw new BriefingError(`There is no briefing item ${itemId}`);
	return row;
}

/** Every briefing, the most recently updated first. */
export function listBriefings(store: Store): BriefingSummary[] {
	return store
		.prepare(
			`SELECT b.id, b.name, count(i.id) AS items, b.updated_at AS updatedAt
			FROM briefings b LEFT JOIN briefing_items i ON i.briefing_id = b.id
			GROUP BY b.id ORDER BY b.updated_at DESC, b.id DESC`
		)
		.all() as BriefingSummary[];
}

/** Creates an empty briefing; a blank name becomes `Briefing YYYY-MM-DD` (UTC). Returns its id. */
export function createBriefing(store: Store, name = ''): number {
	const at = now();
	const kept = name.trim() === '' ? `Briefing ${at.slice(0, 10)}` : checkName(name);
	return Number(
		store
			.prepare('INSERT INTO briefings (name, created_at, updated_at) VALUES (?, ?, ?)')
			.run(kept, at, at).lastInsertRowid
	);
}

/** A briefing with its items in order, or null when there is none with that id. */
export function getBriefing(store: Store, id: number): Briefing | null {
	const briefing = store
		.prepare(
			'SELECT id, name, created_at AS createdAt, updated_at AS updatedAt FROM briefings WHERE id = ?'
		)
		.get(id) as Omit<Briefing, 'items'> | undefined;
	if (!briefing) return null;
	const rows = store
		.prepare(
			`SELECT id, position, caption, pin, created_at AS createdAt
			FROM briefing_items WHERE briefing_id = ? ORDER BY position, id`
		)
		.all(id) as (Omit<BriefingItem, 'pin'> & { pin: string })[];
	// Pins were checked by readPin on the way in; the store holds only what it accepted.
	const items = rows.map((row) => ({ ...row, pin: JSON.parse(row.pin) as BriefingPin }));
	return { ...briefing, items };
}

export function renameBriefing(store: Store, id: number, name: string): void {
	const kept = checkName(name);
	inTransaction(store, () => {
		touch(store, id);
		store.prepare('UPDATE briefings SET name = ? WHERE id = ?').run(kept, id);
	});
}

/** Deletes a briefing and, by the foreign key's cascade, its items. */
export function deleteBriefing(store: Store, id: number): void {
	const { changes } = store.prepare('DELETE FROM briefings WHERE id = ?').run(id);
	if (changes === 0) throw new BriefingError(`There is no briefing ${id}`);
}

/** The briefing pins go to: the most recently updated one, or a new one when there is none. */
export function currentBriefing(store: Store): number {
	return inTransaction(store, () => {
		const latest = store
			.prepare('SELECT id FROM briefings ORDER BY updated_at DESC, id DESC LIMIT 1')
			.pluck()
			.get() as number | undefined;
		return latest ?? createBriefing(store);
	});
}

/** Appends a pin (checked again by readPin, so the store only holds valid pins); returns the item id. */
export function addItem(store: Store, briefingId: number, pin: BriefingPin, caption = ''): number {
	const kept = readPin(pin);
	return inTransaction(store, () => {
		touch(store, briefingId);
		const position = store
			.prepare('SELECT coalesce(max(position) + 1, 0) FROM briefing_items WHERE briefing_id = ?')
			.pluck()
			.get(briefingId) as number;
		return Number(
			store
				.prepare(
					`INSERT INTO briefing_items (briefing_id, position, kind, caption, pin, created_at)
					VALUES (?, ?, ?, ?, ?, ?)`
				)
				.run(briefingId, position, kept.kind, checkCaption(caption), JSON.stringify(kept), now())
				.lastInsertRowid
		);
	});
}

/** Sets an item's caption, trimmed and cut to MAX_CAPTION; an empty caption clears it. */
export function setCaption(store: Store, itemId: number, caption: string): void {
	inTransaction(store, () => {
		const item = itemRow(store, itemId);
		touch(store, item.briefing_id);
		store
			.prepare('UPDATE briefing_items SET caption = ? WHERE id = ?')
			.run(checkCaption(caption), itemId);
	});
}

/** Swaps an item with the one before (-1) or after (1) it; at either end nothing changes. */
export function moveItem(store: Store, itemId: number, by: -1 | 1): void {
	inTransaction(store, () => {
		const item = itemRow(store, itemId);
		const neighbour = store
			.prepare(
				by < 0
					? `SELECT id, position FROM briefing_items WHERE briefing_id = ? AND position < ?
						ORDER BY position DESC LIMIT 1`
					: `SELECT id, position FROM briefing_items WHERE briefing_id = ? AND position > ?
						ORDER BY position LIMIT 1`
			)
			.get(item.briefing_id, item.position) as Omit<ItemRow, 'briefing_id'> | undefined;
		if (!neighbour) return;
		const setPosition = store.prepare('UPDATE briefing_items SET position = ? WHERE id = ?');
		setPosition.run(neighbour.position, item.id);
		setPosition.run(item.position, neighbour.id);
		touch(store, item.briefing_id);
	});
}

/** Removes an item and numbers the rest 0..n-1 again, in their order. */
export function removeItem(store: Store, itemId: number): void {
	inTransaction(store, () => {
		const item = itemRow(store, itemId);
		store.prepare('DELETE FROM briefing_items WHERE id = ?').run(itemId);
		const rest = store
			.prepare('SELECT id FROM briefing_items WHERE briefing_id = ? ORDER BY position, id')
			.pluck()
			.all(item.briefing_id) as number[];
		const setPosition = store.prepare('UPDATE briefing_items SET position = ? WHERE id = ?');
		rest.forEach((id, position) => setPosition.run(position, id));
		touch(store, item.briefing_id);
	});
}
