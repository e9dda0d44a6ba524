// Finds which column of a table holds an article's text, title, outlet, date, URL and id, by the
// names the usual exports (Media Cloud, GDELT, NewsAPI, research datasets) give them.
import type { InputProblem } from '../input-error';

export type ColumnRole = 'text' | 'title' | 'outlet' | 'date' | 'url' | 'id';

export const COLUMN_ROLES: readonly ColumnRole[] = ['text', 'title', 'outlet', 'date', 'url', 'id'];

/** Candidate names per role, most specific first; the first present wins. */
export const ROLE_CANDIDATES: Readonly<Record<ColumnRole, readonly string[]>> = {
	text: ['text', 'content', 'article_content', 'body', 'summary', 'description'],
	title: ['title', 'article_title', 'headline'],
	outlet: ['outlet', 'media_name', 'source_name', 'domain', 'source', 'publisher'],
	date: ['date', 'publish_date', 'published', 'published_at', 'pubdate'],
	url: ['url', 'link', 'article_url'],
	id: ['id', 'unit_id', 'stories_id', 'guid']
};

/** A column chosen for each role; roles without a column are absent. */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

/** "publishedAt", "Source Name", "source.name" → "published_at", "source_name", "source_name". */
export function normaliseColumnName(name: string): string {
	return name
		.trim()
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[\s.\-/]+/g, '_');
}

/**
 * Maps roles to the file's columns. An explicit mapping wins; a mapped column the file lacks is a
 * problem naming it. Without an explicit choice each role takes its first candidate present.
 */
export function mapColumns(
	fields: readonly string[],
	file: string,
	explicit: ColumnMapping = {}
): { mapping: ColumnMapping; problems: InputProblem[] } {
	const byName = new Map<string, string>();
	for (const field of fields) {
		const key = normaliseColumnName(field);
		if (!byName.has(key)) byName.set(key, field);
	}
	const mapping: ColumnMapping = {};
	const problems: InputProblem[] = [];
	for (const role of COLUMN_ROLES) {
		const wanted = explicit[role];
		// An empty column name is an explicit "none": the role stays unmapped, whatever the header.
		if (wanted === '') continue;
		if (wanted !== undefined) {
			const found = fields.includes(wanted) ? wanted : byName.get(normaliseColumnName(wanted));
			if (found === undefined) {
				problems.push({
					file,
					row: 1,
					field: wanted,
					reason: `is mapped to ${role} but the file has no such column (it has: ${fields.join(', ')})`
				});
			} else mapping[role] = found;
			continue;
		}
		const candidate = ROLE_CANDIDATES[role].find((name) => byName.has(name));
		if (candidate) mapping[role] = byName.get(candidate);
	}
	if (!mapping.text && (explicit.text === undefined || explicit.text === '')) {
		problems.push({
			file,
			row: 1,
			reason: `has no article text column (looked for ${ROLE_CANDIDATES.text.join(', ')}); name one with a mapping such as text=COLUMN`
		});
	}
	return { mapping, problems };
}
