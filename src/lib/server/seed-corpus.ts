// The seed corpus every fresh store starts with, imported once from the project's seeds/ folder.
import { readArticleFolder } from './article-folder';
import { importCorpus } from './corpora';
import type { Store } from './store';

export const SEED_SLUG = 'seeds';

export type SeedOutcome =
	{ status: 'imported'; articles: number } | { status: 'present'; articles: number };

/** Imports the seed folder unless the store already has the seed corpus; never imports twice. */
export function ensureSeedCorpus(store: Store, folder: string): SeedOutcome {
	const existing = store
		.prepare(
			'SELECT (SELECT count(*) FROM articles WHERE corpus_id = c.id) AS n FROM corpora c WHERE c.slug = ?'
		)
		.get(SEED_SLUG) as { n: number } | undefined;
	if (existing) return { status: 'present', articles: existing.n };
	const articles = readArticleFolder(folder);
	const summary = importCorpus(
		store,
		{
			slug: SEED_SLUG,
			name: 'Seed corpus',
			description:
				'Five articles on US–Russia cooperation against ISIS in Syria, 2015–2017, from state-affiliated, fringe and private outlets.',
			source: folder,
			isSeed: true
		},
		articles
	);
	return { status: 'imported', articles: summary.imported };
}
