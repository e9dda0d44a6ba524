// The engine's vocabulary for what a corpus is made of: outlets and their articles.

/** How much of a publication date is known. `approximate` is a full date that may be off by days. */
export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'approximate'];

/** Broad kinds of outlet analysts group by. Free text is allowed; these are the usual ones. */
export type OutletType = string;

export interface Outlet {
	name: string;
	domain: string | null;
	type: OutletType | null;
}

/** A publication date: ISO `YYYY-MM-DD` (`YYYY-MM` or `YYYY` when less is known) and its precision. */
export interface PublicationDate {
	iso: string;
	precision: DatePrecision;
}

/** Metadata for one article file, as a manifest or an import mapping supplies it. */
export interface ArticleMetadata {
	/** The file (or file and row) the text was read from. */
	file: string;
	outlet: Outlet;
	published: PublicationDate | null;
	/** The title the source gives, or null when it gives none. */
	title: string | null;
	url: string | null;
	/** Why the metadata is believed: the evidence for the attribution, when the source records it. */
	attribution: string | null;
	/**
	 * The file's other columns for this article, by column name (FA-KES `labels` and `location`,
	 * NewsAPI `author`, any CSV's own fields): kept to be read and to filter and group by.
	 */
	attributes?: Readonly<Record<string, string>>;
}

/** An article ready to store: its metadata and its text exactly as read. */
export interface Article extends ArticleMetadata {
	text: string;
}
