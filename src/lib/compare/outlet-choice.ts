// Which outlets stand side by side: those the URL names, or, when it names none, the few that
// tell the most storylines, so the first screen already has something to compare.
import type { OutletSummary } from '$lib/coded-corpus';
import type { DashboardView } from '$lib/dashboard/view';
import { DEFAULT_OUTLETS, MAX_OUTLETS } from './compare-params';

/** How much of the storylines in sight an outlet tells. */
export interface StorylineReach {
	/** Its units (in sight) that belong to a storyline. */
	units: number;
	/** Storylines with at least one of its units in sight. */
	storylines: number;
}

export interface OutletChoice {
	/** The columns, in the corpus's outlet order. */
	outlets: OutletSummary[];
	/** True when the URL named no outlet and these were picked for the user. */
	defaulted: boolean;
	/** Outlets the URL names that are not shown: beyond the limit, or without articles in sight. */
	dropped: string[];
	/** Outlets with articles in sight: the ones that can be picked. */
	available: OutletSummary[];
}

/** Storyline units and storylines per outlet, over the units in sight. */
export function storylineReach(view: DashboardView): Map<string, StorylineReach> {
	const inSight = new Map(view.units.map((unit) => [unit.id, unit]));
	const reach = new Map<string, StorylineReach>(
		view.outlets.map((outlet) => [outlet.name, { units: 0, storylines: 0 }])
	);
	for (const storyline of view.corpus.storylines) {
		const told = new Set<string>();
		for (const id of storyline.units) {
			const unit = inSight.get(id);
			const outlet = unit && view.articleById.get(unit.article)?.outlet;
			const counts = outlet ? reach.get(outlet) : undefined;
			if (!outlet || !counts) continue;
			counts.units += 1;
			told.add(outlet);
		}
		for (const outlet of told) reach.get(outlet)!.storylines += 1;
	}
	return reach;
}

/**
 * Up to `limit` outlets in sight that tell the most storylines: most storylines first, then most
 * storyline units, most articles, and name. Returned in the corpus's outlet order.
 */
export function defaultOutlets(view: DashboardView, limit = DEFAULT_OUTLETS): OutletSummary[] {
	const reach = storylineReach(view);
	const ranked = [...view.outlets].sort((a, b) => {
		const ra = reach.get(a.name)!;
		const rb = reach.get(b.name)!;
		return (
			rb.storylines - ra.storylines ||
			rb.units - ra.units ||
			b.articles - a.articles ||
			a.name.localeCompare(b.name)
		);
	});
	const picked = new Set(ranked.slice(0, limit).map((outlet) => outlet.name));
	return view.outlets.filter((outlet) => picked.has(outlet.name));
}

/** The columns for the outlets the URL names (at most `MAX_OUTLETS`, first named first kept). */
export function chooseOutlets(view: DashboardView, requested: readonly string[]): OutletChoice {
	const available = view.outlets;
	if (requested.length === 0)
		return { outlets: defaultOutlets(view), defaulted: true, dropped: [], available };
	const known = new Set(available.map((outlet) => outlet.name));
	const named = [...new Set(requested)];
	const kept = new Set(named.filter((name) => known.has(name)).slice(0, MAX_OUTLETS));
	return {
		outlets: available.filter((outlet) => kept.has(outlet.name)),
		defaulted: false,
		dropped: named.filter((name) => !kept.has(name)),
		available
	};
}

/** The outlet names after ticking or unticking one, in the given order (the corpus's). */
export function toggleOutlet(
	chosen: readonly string[],
	outlet: string,
	order: readonly string[]
): string[] {
	const next = new Set(chosen);
	if (next.has(outlet)) next.delete(outlet);
	else next.add(outlet);
	return order.filter((name) => next.has(name));
}
