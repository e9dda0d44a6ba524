// Read queries for corpora and their articles, shaped for the pages that show them.
import { formatPublicationDate, type DatePrecision, type PublicationDate } from '$lib/engine';
import type { Store } from './store';

export interface CorpusSummary {
	id: number;
	slug: string;
	name: string;
	description: string | null;
	isSeed: boolean;
	articles: number;
	outlets: number;
	firstDate: string | null;
	lastDate: string | null;
}

export interface ArticleListing {
	id: number;
	outlet: string;
	outletType: string | null;
	outletDomain: string | null;
	published: PublicationDate | null;
	/** The date as people read it, with its precision ("c. 15 Oct 2015"). */
	dateLabel: string;
	/** The source's title, or one derived from the first sentence when `titleDerived`. */
	title: string;
	titleDerived: boolean;
	wordCount: number;
}

export interface ArticleDetail extends ArticleListing {
	corpusId: number;
	corpusSlug: string;
	corpusName: string;
	url: string | null;
	attribution: string | null;
	/** The import's other columns for this article, by column name, in the file's order. */
	attributes: Record<string, string>;
	sourceFile: string;
	contentHash: string;
	text: string;
}

interface ArticleRow {
	id: number;
	outlet: string;
	outlet_type: string | null;
	outlet_domain: string | null;
	published: string | null;
	date_precision: DatePrecision | null;
	title: string | null;
	derived_title: string | null;
	word_count: number;
}

const LISTING_COLUMNS = `a.id, o.name AS outlet, o.type AS outlet_type, o.domain AS outlet_domain,
	a.published, a.date_precision, a.title, a.derived_title, a.word_count`;

/** A stored date and precision as a publication date; null when the article is undated. */
export function publicationDate(
	published: string | null,
	precision: DatePrecision | null
): PublicationDate | null {
	return published && precision ? { iso: published, precision } : null;
}

function toListing(row: ArticleRow): ArticleListing {
	const published = publicationDate(row.published, row.date_precision);
	return {
		id: row.id,
		outlet: row.outlet,
		outletType: row.outlet_type,
		outletDomain: row.outlet_domain,
		published,
		dateLabel: formatPublicationDate(published),
		title: row.title ?? row.derived_title ?? 'Untitled article',
		titleDerived: !row.title,
		wordCount: row.word_count
	};
}

export function listCorpora(store: Store): CorpusSummary[] {
	const rows = store
		.prepare(
			`SELECT c.id, c.slug, c.name, c.description, c.is_seed AS isSeed,
				count(a.id) AS articles, count(DISTINCT a.outlet_id) AS outlets,
				min(a.published) AS firstDate, max(a.published) AS lastDate
			FROM corpora c LEFT JOIN articles a ON a.corpus_id = c.id
			GROUP BY c.id ORDER BY c.is_seed DESC, c.created_at`
		)
		.all() as (Omit<CorpusSummary, 'isSeed'> & { isSeed: number })[];
	return rows.map((row) => ({ ...row, isSeed: row.isSeed === 1 }));
}

export function getCorpus(store: Store, slug: string): CorpusSummary | undefined {
	return listCorpora(store).find((corpus) => corpus.slug === slug);
}

/** A corpus's articles, oldest first (undated last), then by outlet. */
export function listArticles(store: Store, corpusId: number): ArticleListing[] {
	const rows = store
		.prepare(
			`SELECT ${LISTING_COLUMNS} FROM articles a JOIN outlets o ON o.id = a.outlet_id
			WHERE a.corpus_id = ? ORDER BY a.published IS NULL, a.published, o.name, a.id`
		)
		.all(corpusId) as ArticleRow[];
	return rows.map(toListing);
}

export function getArticle(store: Store, id: number): ArticleDetail | undefined {
	const row = store
		.prepare(
			`SELECT ${LISTING_COLUMNS}, a.url, a.attribution, a.attributes, a.source_file, a.content_hash, a.text,
				c.id AS corpus_id, c.slug AS corpus_slug, c.name AS corpus_name
			FROM articles a JOIN outlets o ON o.id = a.outlet_id JOIN corpora c ON c.id = a.corpus_id
			WHERE a.id = ?`
		)
		.get(id) as
		| (ArticleRow & {
				url: string | null;
				attribution: string | null;
				attributes: string | null;
				source_file: string;
				content_hash: string;
				text: string;
				corpus_id: number;
				corpus_slug: string;
				corpus_name: string;
		  })
		| undefined;
	if (!row) return undefined;
	return {
		...toListing(row),
		corpusId: row.corpus_id,
		corpusSlug: row.corpus_slug,
		corpusName: row.corpus_name,
		url: row.url,
		attribution: row.attribution,
		attributes: row.attributes ? (JSON.parse(row.attributes) as Record<string, string>) : {},
		sourceFile: row.source_file,
		contentHash: row.content_hash,
		text: row.text
	};
}
