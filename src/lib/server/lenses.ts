// Which of an import's extra columns can serve as lenses: a column whose values group articles
// (2 to 24 distinct values, each short) rather than describe each one (an author list, a summary).
import type { Lens } from '$lib/coded-corpus';

/** The most distinct values a lens may have: more make a heatmap no one can read. */
export const MAX_LENS_VALUES = 24;
const MAX_LENS_VALUE = 60;

/** The lenses among articles' attributes, by name, and each article's values of them. */
export function findLenses(attributes: readonly (Readonly<Record<string, string>> | null)[]): {
	lenses: Lens[];
	valuesOf: (index: number) => Record<string, string> | undefined;
} {
	const counts = new Map<string, Map<string, number>>();
	for (const one of attributes)
		for (const [name, value] of Object.entries(one ?? {})) {
			const values = counts.get(name) ?? new Map<string, number>();
			if (values.size > MAX_LENS_VALUES) continue;
			values.set(value, (values.get(value) ?? 0) + 1);
			counts.set(name, values);
		}
	const lenses: Lens[] = [...counts.entries()]
		.filter(
			([, values]) =>
				values.size >= 2 &&
				values.size <= MAX_LENS_VALUES &&
				[...values.keys()].every((value) => value.length <= MAX_LENS_VALUE)
		)
		.map(([name, values]) => {
			const listed = [...values.entries()]
				.map(([value, articles]) => ({ value, articles }))
				.sort((a, b) => b.articles - a.articles || a.value.localeCompare(b.value));
			const having = listed.reduce((sum, one) => sum + one.articles, 0);
			return { name, values: listed, missing: attributes.length - having };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
	const names = lenses.map((lens) => lens.name);
	return {
		lenses,
		valuesOf: (index) => {
			const own = attributes[index];
			if (!own || names.length === 0) return undefined;
			const kept = Object.fromEntries(names.filter((n) => n in own).map((n) => [n, own[n]!]));
			return Object.keys(kept).length > 0 ? kept : undefined;
		}
	};
}
