// Near-copies in sight: the same wire story in two feeds, a re-post. By default an outlet's copies
// of one text count once (its first, by date), in every chart, evidence list and export; a switch
// (`?copies=all`) counts every copy. Copies in other outlets count for their own outlet.
import type { ArticleSummary } from '$lib/coded-corpus';

export interface CopyFolding {
	/** Articles in sight left out of every count: an outlet's later copies of a text it ran before. */
	folded: ReadonlySet<number>;
	/** Per article in sight with copies, the other articles in sight that carry the same text. */
	copiesOf: ReadonlyMap<number, number[]>;
}

/** `articles` in sight, oldest first, each with its own outlet (not a lens value). */
export function foldNearCopies(
	articles: readonly ArticleSummary[],
	{ countEvery = false }: { countEvery?: boolean } = {}
): CopyFolding {
	const groups = new Map<number, ArticleSummary[]>();
	for (const article of articles) {
		const key = article.copyOf ?? article.id;
		groups.set(key, [...(groups.get(key) ?? []), article]);
	}
	const folded = new Set<number>();
	const copiesOf = new Map<number, number[]>();
	for (const members of groups.values()) {
		if (members.length < 2) continue;
		for (const member of members)
			copiesOf.set(
				member.id,
				members.filter((other) => other !== member).map((other) => other.id)
			);
		if (countEvery) continue;
		const counted = new Set<string>();
		for (const member of members) {
			if (counted.has(member.outlet)) folded.add(member.id);
			else counted.add(member.outlet);
		}
	}
	return { folded, copiesOf };
}

/** The subtitle's note when copies were folded. */
export function describeFolding(folding: CopyFolding): string | null {
	const n = folding.folded.size;
	if (n === 0) return null;
	return `${n} near-${n === 1 ? 'copy' : 'copies'} of an outlet's own articles counted once`;
}
