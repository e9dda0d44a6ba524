// Fitting a simulated actor layout into the chart: scaled as large as every circle and its label
// allow, each label on the side of its node that is clearest of edges, away from the middle.
import type { Point } from './arcs';

export interface Box {
	width: number;
	height: number;
}

/** Room kept free along each side of the box (for arcs bulging past their nodes). */
export interface Inset {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };

export interface NodeLabel extends Point {
	anchor: 'start' | 'middle' | 'end';
	/** The name as drawn, cut with an ellipsis past 24 characters. */
	text: string;
}

/** A node as the simulation left it: any position, the radius it is drawn with. */
export interface LooseNode extends Point {
	id: string;
	r: number;
}

export interface FittedNode extends Point {
	id: string;
	r: number;
	label: NodeLabel;
}

export type Side = 'left' | 'right' | 'above' | 'below';

const LABEL_CHARS = 24;
const LABEL_GAP = 5;
const PAD = 4;

/**
 * The label as drawn: names longer than 24 characters, or than 40% of the chart's width, are cut
 * with an ellipsis (the node's title keeps them whole).
 */
export function clipLabel(name: string, width = Infinity, fontSize = 12): string {
	const chars = Math.min(LABEL_CHARS, Math.floor((width * 0.4) / (fontSize * 0.6)));
	return name.length > chars ? `${name.slice(0, chars - 1)}…` : name;
}

/** A generous estimate of a label's width, enough to keep it inside the chart. */
export function labelWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.6;
}

/**
 * Centres the nodes in the box (less any inset) and scales them as large as every node and label allows (one axis
 * may stretch up to 1.5× the other). Label sides are chosen first; scaling does not change them.
 */
export function fitToBox(
	nodes: readonly LooseNode[],
	neighbours: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
	box: Box,
	fontSize: number,
	inset: Inset = NO_INSET
): FittedNode[] {
	const region = {
		left: inset.left,
		right: box.width - inset.right,
		top: inset.top,
		bottom: box.height - inset.bottom
	};
	const centre = { x: (region.left + region.right) / 2, y: (region.top + region.bottom) / 2 };
	const at = new Map(nodes.map((node) => [node.id, node]));
	const xs = nodes.map((node) => node.x);
	const ys = nodes.map((node) => node.y);
	const middle = {
		x: (Math.min(...xs) + Math.max(...xs)) / 2,
		y: (Math.min(...ys) + Math.max(...ys)) / 2
	};
	const halfSpan = (Math.max(...xs) - Math.min(...xs)) / 2;
	const sided = nodes.map((node) => {
		const edges = [...(neighbours.get(node.id)?.keys() ?? [])].map((id) =>
			Math.atan2(at.get(id)!.y - node.y, at.get(id)!.x - node.x)
		);
		const text = clipLabel(node.id, box.width, fontSize);
		const side = labelSide(node, edges, middle, halfSpan);
		return {
			node,
			text,
			side,
			room: roomAround(node.r, side, labelWidth(text, fontSize), fontSize)
		};
	});

	const kx = largestScale(
		sided.map(({ node, room }) => ({
			offset: node.x - middle.x,
			before: room.left,
			after: room.right
		})),
		(region.right - region.left) / 2
	);
	const ky = largestScale(
		sided.map(({ node, room }) => ({
			offset: node.y - middle.y,
			before: room.up,
			after: room.down
		})),
		(region.bottom - region.top) / 2
	);
	const k = Math.min(kx, ky);
	const sx = Number.isFinite(kx) ? Math.min(kx, 1.5 * k) : 0;
	const sy = Number.isFinite(ky) ? Math.min(ky, 1.5 * k) : 0;

	// Where the room a node asks for cannot be had by scaling, it is moved in instead.
	const clamp = (value: number, low: number, high: number) =>
		low > high ? (low + high) / 2 : Math.min(Math.max(value, low), high);
	return sided.map(({ node, text, side, room }) => {
		const x = clamp(
			centre.x + (node.x - middle.x) * sx,
			region.left + PAD + room.left,
			region.right - PAD - room.right
		);
		const y = clamp(
			centre.y + (node.y - middle.y) * sy,
			region.top + PAD + room.up,
			region.bottom - PAD - room.down
		);
		return {
			id: node.id,
			r: node.r,
			x,
			y,
			label: placeLabel({ x, y }, node.r, side, text, fontSize)
		};
	});
}

/** The largest scale keeping every node's room inside ±half of the middle (Infinity if none moves). */
function largestScale(
	nodes: readonly { offset: number; before: number; after: number }[],
	half: number
): number {
	let scale = Infinity;
	for (const { offset, before, after } of nodes) {
		if (Math.abs(offset) < 1e-6) continue;
		const room = Math.max(half - PAD - (offset > 0 ? after : before), half * 0.1);
		scale = Math.min(scale, room / Math.abs(offset));
	}
	return scale;
}

export const SIDES: { side: Side; angle: number }[] = [
	{ side: 'right', angle: 0 },
	{ side: 'below', angle: Math.PI / 2 },
	{ side: 'left', angle: Math.PI },
	{ side: 'above', angle: -Math.PI / 2 }
];

/**
 * The side of the node its label goes on: the one farthest from the node's edges, preferring the
 * side away from the middle of the network (and above or below only near the middle's width).
 */
function labelSide(node: Point, edges: readonly number[], middle: Point, halfSpan: number): Side {
	const dx = node.x - middle.x;
	const dy = node.y - middle.y;
	const nearMiddle = halfSpan < 1e-6 || Math.abs(dx) <= 0.25 * halfSpan;
	let best: Side = 'right';
	let bestScore = -Infinity;
	for (const { side, angle } of SIDES) {
		const clearance = Math.min(
			Math.PI,
			...edges.map((edge) => {
				const gap = Math.abs(edge - angle) % (2 * Math.PI);
				return Math.min(gap, 2 * Math.PI - gap);
			})
		);
		const outward = { left: -dx, right: dx, above: -dy, below: dy }[side];
		const vertical = side === 'above' || side === 'below';
		const score = clearance + 0.6 * Math.sign(outward) + (vertical === nearMiddle ? 0.4 : 0);
		if (score > bestScore + 1e-9) {
			best = side;
			bestScore = score;
		}
	}
	return best;
}

/** Room a node needs around its centre, its label included. */
function roomAround(r: number, side: Side, width: number, fontSize: number) {
	const beside = { up: Math.max(r, fontSize * 0.7), down: Math.max(r, fontSize * 0.35) };
	const across = Math.max(r, width / 2);
	switch (side) {
		case 'left':
			return { left: r + LABEL_GAP + width, right: r, ...beside };
		case 'right':
			return { left: r, right: r + LABEL_GAP + width, ...beside };
		case 'above':
			return { left: across, right: across, up: r + LABEL_GAP + fontSize, down: r };
		case 'below':
			return { left: across, right: across, up: r, down: r + LABEL_GAP + fontSize * 1.1 };
	}
}

export function placeLabel(
	at: Point,
	r: number,
	side: Side,
	text: string,
	fontSize: number
): NodeLabel {
	switch (side) {
		case 'left':
			return { x: at.x - r - LABEL_GAP, y: at.y + fontSize * 0.35, anchor: 'end', text };
		case 'right':
			return { x: at.x + r + LABEL_GAP, y: at.y + fontSize * 0.35, anchor: 'start', text };
		case 'above':
			return { x: at.x, y: at.y - r - LABEL_GAP, anchor: 'middle', text };
		case 'below':
			return { x: at.x, y: at.y + r + LABEL_GAP + fontSize * 0.8, anchor: 'middle', text };
	}
}

/** The box a label covers, estimated from its length. */
export function labelBox(label: NodeLabel, fontSize: number) {
	const width = labelWidth(label.text, fontSize);
	const left =
		label.anchor === 'start'
			? label.x
			: label.anchor === 'end'
				? label.x - width
				: label.x - width / 2;
	return {
		left,
		right: left + width,
		top: label.y - fontSize * 0.8,
		bottom: label.y + fontSize * 0.25
	};
}
