// Writes corpora into the store: a whole corpus in one transaction, outlets shared across corpora.
import { createHash } from 'node:crypto';
import { countWords, deriveTitle, type Article, type Outlet } from '$lib/engine';
import { nearDuplicateOf } from '$lib/engine/near-duplicates';
import type { Store } from './store';

export interface CorpusInfo {
	slug: string;
	name: string;
	description?: string | null;
	/** Where the corpus was read from (a folder or file), for the record. */
	source?: string | null;
	isSeed?: boolean;
}

export interface ImportSummary {
	corpusId: number;
	imported: number;
	/** Articles whose text repeats one already in the corpus, as the files they came from. */
	duplicates: { file: string; sameAs: string }[];
}

/** SHA-256 of the text exactly as read: the identity used to keep one copy of each article. */
/**
 * Marks each article just stored that nearly repeats an earlier one (a re-post, the same wire
 * story in two feeds) with that article's id, so the charts can count it once per outlet.
 */
function markNearCopies(
	store: Store,
	rows: readonly { id: number; outlet_id: number; text: string }[]
): void {
	const copyOf = nearDuplicateOf(
		rows.map((row) => row.text),
		{ sites: rows.map((row) => String(row.outlet_id)) }
	);
	const mark = store.prepare('UPDATE articles SET near_copy_of = ? WHERE id = ?');
	copyOf.forEach((first, i) => {
		if (first !== null) mark.run(rows[first]!.id, rows[i]!.id);
	});
}

export function contentHash(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * An upsert for one import: statements prepared once, and each outlet's id remembered, since a
 * large file names the same few outlets on every row.
 */
function outletUpserter(store: Store): (outlet: Outlet) => number {
	const find = store.prepare('SELECT id FROM outlets WHERE name = ?');
	const insert = store.prepare('INSERT INTO outlets (name, domain, type) VALUES (?, ?, ?)');
	// Fill in what an earlier import did not know; never overwrite what it did.
	const complete = store.prepare(
		'UPDATE outlets SET domain = coalesce(domain, ?), type = coalesce(type, ?) WHERE id = ?'
	);
	const ids = new Map<string, number>();
	return (outlet) => {
		const known = ids.get(outlet.name.toLowerCase());
		if (known !== undefined) {
			complete.run(outlet.domain, outlet.type, known);
			return known;
		}
		const existing = find.get(outlet.name) as { id: number } | undefined;
		const id = existing
			? existing.id
			: Number(insert.run(outlet.name, outlet.domain, outlet.type).lastInsertRowid);
		if (existing) complete.run(outlet.domain, outlet.type, id);
		ids.set(outlet.name.toLowerCase(), id);
		return id;
	};
}

/**
 * Creates the corpus and stores its articles, all or nothing: if anything fails, the store is
 * left as it was. Repeated texts are stored once and reported.
 */
export function importCorpus(
	store: Store,
	info: CorpusInfo,
	articles: readonly Article[],
	options: { onProgress?: (written: number, total: number) => void } = {}
): ImportSummary {
	const now = new Date().toISOString();
	return store.transaction((): ImportSummary => {
		const corpusId = Number(
			store
				.prepare(
					'INSERT INTO corpora (slug, name, description, source, is_seed, created_at) VALUES (?, ?, ?, ?, ?, ?)'
				)
				.run(
					info.slug,
					info.name,
					info.description ?? null,
					info.source ?? null,
					info.isSeed ? 1 : 0,
					now
				).lastInsertRowid
		);
		const insert = store.prepare(`
			INSERT INTO articles (corpus_id, outlet_id, published, date_precision, title, derived_title, url,
				attribution, attributes, text, word_count, content_hash, source_file, imported_at)
			VALUES (@corpusId, @outletId, @published, @precision, @title, @derivedTitle, @url,
				@attribution, @attributes, @text, @wordCount, @hash, @file, @now)`);
		const upsertOutlet = outletUpserter(store);
		const seen = new Map<string, string>();
		const duplicates: ImportSummary['duplicates'] = [];
		const stored: { id: number; outlet_id: number; text: string }[] = [];
		for (const [index, article] of articles.entries()) {
			options.onProgress?.(index, articles.length);
			const hash = contentHash(article.text);
			const first = seen.get(hash);
			if (first !== undefined) {
				duplicates.push({ file: article.file, sameAs: first });
				continue;
			}
			seen.set(hash, article.file);
			const outletId = upsertOutlet(article.outlet);
			const { lastInsertRowid } = insert.run({
				corpusId,
				outletId,
				published: article.published?.iso ?? null,
				precision: article.published?.precision ?? null,
				title: article.title,
				derivedTitle: article.title ? null : deriveTitle(article.text),
				url: article.url,
				attribution: article.attribution,
				attributes:
					article.attributes && Object.keys(article.attributes).length > 0
						? JSON.stringify(article.attributes)
						: null,
				text: article.text,
				wordCount: countWords(article.text),
				hash,
				file: article.file,
				now
			});
			stored.push({ id: Number(lastInsertRowid), outlet_id: outletId, text: article.text });
		}
		markNearCopies(store, stored);
		options.onProgress?.(articles.length, articles.length);
		return { corpusId, imported: seen.size, duplicates };
	})();
}
