// One categorical colour per outlet for charts that stack outlets: d3's Tableau 10, assigned in the
// corpus's outlet order so an outlet keeps its colour whatever the filters hide. Past ten outlets the
// colours repeat; every mark also names its outlet, so colour is never the only channel.
import { schemeTableau10 } from 'd3';

export function outletColours(outlets: readonly string[]): Map<string, string> {
	return new Map(
		outlets.map((outlet, i) => [outlet, schemeTableau10[i % schemeTableau10.length]!])
	);
}
