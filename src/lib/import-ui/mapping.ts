// The column mapping as the user edits it: one select per role, where the outlet comes from when
// no column names it, and what must be settled before an import can go ahead.
import { COLUMN_ROLES, type ColumnMapping, type ColumnRole } from '$lib/engine/reading/columns';

export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
	text: 'Text',
	title: 'Title',
	outlet: 'Outlet',
	date: 'Date',
	url: 'URL',
	id: 'Id'
};

export const ROLE_HINTS: Readonly<Record<ColumnRole, string>> = {
	text: 'the article itself (required)',
	title: 'headline; without one the first sentence stands in',
	outlet: 'who published it',
	date: 'when it was published',
	url: 'where it was published',
	id: 'the export’s own id, to spot repeats'
};

/** One role's select: the column chosen ('' for none) and the columns it may choose from. */
export interface RoleChoice {
	role: ColumnRole;
	label: string;
	hint: string;
	column: string;
	options: readonly string[];
	/** Whether "no column" may be chosen: for every role but the text. */
	allowNone: boolean;
}

export function roleChoices(header: readonly string[], mapping: ColumnMapping): RoleChoice[] {
	return COLUMN_ROLES.map((role) => ({
		role,
		label: ROLE_LABELS[role],
		hint: ROLE_HINTS[role],
		column: mapping[role] ?? '',
		options: header,
		allowNone: role !== 'text'
	}));
}

/**
 * The mapping with one role moved to another column, or to none (''): kept as '' so the import
 * does not detect a column for it again. A new object.
 */
export function withRole(mapping: ColumnMapping, role: ColumnRole, column: string): ColumnMapping {
	return { ...mapping, [role]: column };
}

/** Where each article's outlet will come from under a mapping, in a sentence for the user. */
export function outletSource(mapping: ColumnMapping): {
	from: 'column' | 'url' | 'none';
	note: string;
} {
	if (mapping.outlet) return { from: 'column', note: `Outlet from column “${mapping.outlet}”.` };
	if (mapping.url)
		return {
			from: 'url',
			note: `No outlet column: each article’s outlet is the domain of its URL (column “${mapping.url}”), e.g. “rt.com”.`
		};
	return {
		from: 'none',
		note: 'No outlet or URL column: every article will be filed under “Unknown outlet”. Choose a column if the file has one.'
	};
}

/** The roles a column plays under a mapping, in the engine's order: tags for the preview's header. */
export function rolesOf(mapping: ColumnMapping, column: string): ColumnRole[] {
	return COLUMN_ROLES.filter((role) => mapping[role] === column);
}

/** What is wrong with a mapping as chosen, one sentence each; empty when it can be used. */
export function mappingProblems(mapping: ColumnMapping): string[] {
	const problems: string[] = [];
	if (!mapping.text) problems.push('Choose the column that holds the article text.');
	const byColumn = new Map<string, ColumnRole[]>();
	for (const role of COLUMN_ROLES) {
		const column = mapping[role];
		if (column) byColumn.set(column, [...(byColumn.get(column) ?? []), role]);
	}
	for (const [column, roles] of byColumn) {
		if (roles.includes('text') && roles.length > 1)
			problems.push(
				`Column “${column}” is chosen for the text and for ${roles
					.filter((role) => role !== 'text')
					.map((role) => ROLE_LABELS[role].toLowerCase())
					.join(' and ')}; the text needs a column of its own.`
			);
	}
	return problems;
}

/** A preview cell as text, cut to `max` characters with an ellipsis; objects as JSON. */
export function previewCell(value: unknown, max = 80): string {
	const text =
		value === null || value === undefined
			? ''
			: typeof value === 'string'
				? value
				: typeof value === 'object'
					? JSON.stringify(value)
					: String(value);
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
