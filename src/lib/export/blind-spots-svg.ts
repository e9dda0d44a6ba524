// The blind-spots list, drawn for export: on the page it is an HTML list, so its image is built
// from the same data as a small SVG (one column per frame, each listed outlet a mark with its
// count), then framed by the same title, filters, note and source line as every chart.
import { describeAbsence, type BlindSpot } from '$lib/charts/blind-spots-data';
import type { Denominator } from '$lib/dashboard/denominators';
import { frameName } from '$lib/charts/frame-colours';
import { INK, make, MUTED } from './compose';

const COLUMN = 270;
const LINE = 22;

export function blindSpotsSvg(
	spots: readonly BlindSpot[],
	silent: readonly string[],
	colours: ReadonlyMap<string, string>,
	denominator: Denominator
): SVGSVGElement {
	const svg = make('svg', { xmlns: 'http://www.w3.org/2000/svg' });
	let deepest = 0;
	spots.forEach((spot, i) => {
		const x = i * COLUMN;
		const column = make('g', { transform: `translate(${x},0)`, 'data-frame': spot.frame.id });
		column.append(
			make('rect', { x: 0, y: 4, width: 12, height: 12, rx: 2, fill: colours.get(spot.frame.id)! })
		);
		const heading = make('text', { x: 18, y: 15, 'font-size': 14, 'font-weight': 700, fill: INK });
		heading.textContent = frameName(spot.frame.id);
		column.append(heading);
		let y = 15 + LINE;
		if (spot.outlets.length === 0) {
			const none = make('text', { x: 18, y, 'font-size': 13, fill: MUTED });
			none.textContent = 'every outlet in sight uses it';
			column.append(none);
			y += LINE;
		}
		for (const outlet of spot.outlets) {
			const mark = make('g', { 'data-outlet': outlet.name, 'data-count': 0 });
			const name = make('text', { x: 18, y, 'font-size': 13.5, fill: INK });
			name.textContent = outlet.name.length > 30 ? `${outlet.name.slice(0, 29)}…` : outlet.name;
			const count = make('text', { x: 18, y: y + 15, 'font-size': 12, fill: MUTED });
			count.textContent = describeAbsence(outlet.share, denominator);
			mark.append(name, count);
			column.append(mark);
			y += LINE + 16;
		}
		deepest = Math.max(deepest, y);
		svg.append(column);
	});
	if (silent.length > 0) {
		const note = make('text', { x: 0, y: deepest + 6, 'font-size': 12, fill: MUTED });
		note.textContent = `No coded sentence at all, so no frame to miss: ${silent.join(', ')}`;
		svg.append(note);
		deepest += 24;
	}
	const width = Math.max(1, spots.length) * COLUMN;
	svg.setAttribute('width', String(width));
	svg.setAttribute('height', String(deepest));
	svg.setAttribute('viewBox', `0 0 ${width} ${deepest}`);
	return svg;
}
