// Published datasets whose columns hold codes rather than words: recognised by their header, so
// their codes read as their authors define them wherever an attribute is shown, filtered or grouped.
import { normaliseColumnName } from './columns';

interface DatasetFormat {
	name: string;
	/** Columns the header must have, normalised. */
	columns: readonly string[];
	/** Per column (as the file names it), each code's words. */
	valueLabels: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const FORMATS: readonly DatasetFormat[] = [
	{
		// Abu Salem, Al Feel, Elbassuoni, Jaber & Farah, "FA-KES: A Fake News Dataset around the
		// Syrian War", ICWSM 2019: `labels` is 1 for a credible article, 0 for a fake one.
		name: 'FA-KES',
		columns: [
			'unit_id',
			'article_title',
			'article_content',
			'source',
			'date',
			'location',
			'labels'
		],
		valueLabels: { labels: { '1': 'credible', '0': 'fake' } }
	}
];

/** The value labels of the dataset a header belongs to, keyed by the file's own column names. */
export function datasetValueLabels(
	fields: readonly string[]
): Record<string, Readonly<Record<string, string>>> {
	const names = new Map(fields.map((field) => [normaliseColumnName(field), field]));
	const format = FORMATS.find((one) => one.columns.every((column) => names.has(column)));
	if (!format) return {};
	return Object.fromEntries(
		Object.entries(format.valueLabels).map(([column, labels]) => [names.get(column)!, labels])
	);
}
