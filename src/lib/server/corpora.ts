// Writes corpora into the store: a whole corpus in one transaction, outlets shared across corpora.
import { createHash } from 'node:crypto';
import { countWords, deriveTitle, type Article, type Outlet } from '$lib/engine';
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
export function contentHash(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

function upsertOutlet(store: Store, outlet: Outlet): number {
	const existing = store
		.prepare('SELECT id, domain, type FROM outlets WHERE name = ?')
		.get(outlet.name) as { id: number; domain: string | null; type: string | null } | undefined;
	if (!existing) {
		return Number(
			store
				.prepare('INSERT INTO outlets (name, domain, type) VALUES (?, ?, ?)')
				.run(outlet.name, outlet.domain, outlet.type).lastInsertRowid
		);
	}
	// Fill in what an earlier import did not know; never overwrite what it did.
	store
		.prepare(
			'UPDATE outlets SET domain = coalesce(domain, ?), type = coalesce(type, ?) WHERE id = ?'
		)
		.run(outlet.domain, outlet.type, existing.id);
	return existing.id;
}

/**
 * Creates the corpus and stores its articles, all or nothing: if anything fails, the store is
 * left as it was. Repeated texts are stored once and reported.
 */
export function importCorpus(
	store: Store,
	info: CorpusInfo,
	articles: readonly Article[]
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
				attribution, text, word_count, content_hash, source_file, imported_at)
			VALUES (@corpusId, @outletId, @published, @precision, @title, @derivedTitle, @url,
				@attribution, @text, @wordCount, @hash, @file, @now)`);
		const seen = new Map<string, string>();
		const duplicates: ImportSummary['duplicates'] = [];
		for (const article of articles) {
			const hash = contentHash(article.text);
			const first = seen.get(hash);
			if (first !== undefined) {
				duplicates.push({ file: article.file, sameAs: first });
				continue;
			}
			seen.set(hash, article.file);
			insert.run({
				corpusId,
				outletId: upsertOutlet(store, article.outlet),
				published: article.published?.iso ?? null,
				precision: article.published?.precision ?? null,
				title: article.title,
				derivedTitle: article.title ? null : deriveTitle(article.text),
				url: article.url,
				attribution: article.attribution,
				text: article.text,
				wordCount: countWords(article.text),
				hash,
				file: article.file,
				now
			});
		}
		return { corpusId, imported: seen.size, duplicates };
	})();
}
