// Writes a planned import as a new corpus, whole or not at all, and remembers the mappings chosen.
import { InputError, type ReadArticle } from '$lib/engine';
import { importCorpus } from '../corpora';
import { checkCorpusDescription, checkCorpusName, CorpusAdminError } from '../corpus-admin';
import { SEED_SLUG } from '../seed-corpus';
import type { Store } from '../store';
import { saveMapping } from './mappings';
import { resolveOutlet } from './outlets';
import type { ImportPlan } from './plan';

export interface CommitOptions {
	name: string;
	description?: string;
	/** Called as articles are written (every one; callers throttle). */
	onProgress?: (written: number, total: number) => void;
}

export interface CommitResult {
	corpusId: number;
	slug: string;
	imported: number;
	/** Rows not stored because their text repeats another's. */
	duplicates: number;
	/** Rows not stored because of a listed problem. */
	skippedBad: number;
	/** Articles stored that have no readable text (the report's `noText`). */
	noText: number;
}

const SLUG_CHARS = 60;

/** "FA-KES (2019)" → "fa-kes-2019"; accents dropped, "corpus" when nothing is left. */
export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, SLUG_CHARS)
		.replace(/^-+|-+$/g, '');
	return slug || 'corpus';
}

/** The slug itself when free, else the first free `slug-2`, `slug-3`…; the seeds' slug is reserved. */
export function uniqueSlug(store: Store, slug: string): string {
	const taken = store.prepare('SELECT 1 FROM corpora WHERE slug = ?');
	const free = (candidate: string) => candidate !== SEED_SLUG && !taken.get(candidate);
	if (free(slug)) return slug;
	for (let n = 2; ; n++) if (free(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** The file and row an article came from, as the reader shows it. */
const sourceOf = (article: ReadArticle) =>
	article.row === null ? article.file : `${article.file}, row ${article.row}`;

const SOURCE_CHARS = 1000;

/**
 * Stores the plan's articles as a new corpus in one transaction: outlets resolved through their
 * aliases, the slug made unique, the mappings the user chose remembered. Throws an InputError
 * (writing nothing) when the name is blank, too long or holds a control character, or when the
 * plan has no article.
 */
export function commitImport(store: Store, plan: ImportPlan, options: CommitOptions): CommitResult {
	let name: string;
	let description: string | null;
	try {
		name = checkCorpusName(options.name);
		description = checkCorpusDescription(options.description);
	} catch (error) {
		if (!(error instanceof CorpusAdminError)) throw error;
		// The name comes with the files: a bad one is the user's input to fix, like a bad row.
		throw new InputError([{ file: `the corpus ${error.field}`, reason: error.reason }]);
	}
	if (plan.articles.length === 0)
		throw new InputError([
			{
				file: plan.files.map((file) => file.name).join(', ') || 'the import',
				reason: 'holds no article to import'
			}
		]);
	const names = plan.files.map((file) => file.name).join(', ');
	return store.transaction((): CommitResult => {
		const slug = uniqueSlug(store, slugify(name));
		const outlets = new Map<string, string>();
		const outletOf = (outlet: string) => {
			let resolved = outlets.get(outlet);
			if (resolved === undefined) outlets.set(outlet, (resolved = resolveOutlet(store, outlet)));
			return resolved;
		};
		const articles = plan.articles.map((article) => ({
			...article,
			file: sourceOf(article),
			outlet: { ...article.outlet, name: outletOf(article.outlet.name) }
		}));
		const summary = importCorpus(
			store,
			{
				slug,
				name,
				description,
				source: names.length > SOURCE_CHARS ? `${names.slice(0, SOURCE_CHARS - 1)}…` : names
			},
			articles,
			{ onProgress: options.onProgress }
		);
		for (const choice of plan.choices)
			saveMapping(store, choice.header, choice.mapping, choice.dateOrder);
		return {
			corpusId: summary.corpusId,
			slug,
			imported: summary.imported,
			duplicates: plan.totals.duplicateTexts + summary.duplicates.length,
			skippedBad: plan.totals.bad,
			noText: plan.totals.noText
		};
	})();
}
