// The actor network's data as a table: one row per directed edge drawn, heaviest first, as drawn.
import type { DashboardView } from '$lib/dashboard/view';
import type { ChartTable } from '../chart-table';
import { edgeKey, mutualEdgeKeys, networkData } from './network-data';

const COLUMNS = ['source_actor', 'target_actor', 'frame', 'sentences', 'mutual'] as const;

export type NetworkColumn = (typeof COLUMNS)[number];

/**
 * The source voices a stance of the frame on the target in `sentences` coded sentences; `mutual`
 * is "yes" when the same frame also runs from the target back to the source, as the chart marks it.
 */
export function networkTable(view: DashboardView): ChartTable<NetworkColumn> {
	const { edges, mutual } = networkData(view);
	const mutualKeys = mutualEdgeKeys(mutual);
	return {
		columns: [...COLUMNS],
		rows: edges.map((edge) => ({
			source_actor: edge.source,
			target_actor: edge.target,
			frame: edge.frame,
			sentences: edge.count,
			mutual: mutualKeys.has(edgeKey(edge.frame, edge.source, edge.target)) ? 'yes' : 'no'
		}))
	};
}
