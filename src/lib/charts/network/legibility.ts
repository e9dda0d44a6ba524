// How legible a placed network is: where arcs pass, whether they leave the box, which labels
// lie on arcs, nodes or each other (and the side that frees them), and a cost to compare layouts by.
import type { Pair } from './actor-graph';
import { laneBend } from './arcs';
import {
	labelBox,
	NO_INSET,
	placeLabel,
	SIDES,
	type Box,
	type FittedNode,
	type Inset
} from './node-labels';

/** Points along the arcs a pair is drawn with (each direction, each lane), at each of `ts`. */
function arcPoints(pair: Pair, a: XY, b: XY, ts: readonly number[]): XY[] {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const distance = Math.hypot(dx, dy) || 1;
	const points: XY[] = [];
	for (const [side, lanes] of [
		[1, pair.forward],
		[-1, pair.backward]
	] as const) {
		for (let lane = 0; lane < lanes; lane++) {
			const bend = side * laneBend(distance, lane);
			const c = {
				x: (a.x + b.x) / 2 + (dy / distance) * bend,
				y: (a.y + b.y) / 2 - (dx / distance) * bend
			};
			for (const t of ts)
				points.push({
					x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x,
					y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y
				});
		}
	}
	return points;
}

/** Room an arc's stroke, dashed halo and count need beyond its centre line. */
const ARC_REACH = 12;

/** How far the arcs' midpoints (their farthest reach) stand past each side of the box, or null. */
export function arcOverflow(
	nodes: readonly FittedNode[],
	pairs: readonly Pair[],
	box: Box
): Inset | null {
	const at = new Map(nodes.map((node) => [node.id, node]));
	const over = { ...NO_INSET };
	for (const pair of pairs)
		for (const p of arcPoints(pair, at.get(pair.source)!, at.get(pair.target)!, [0.5])) {
			over.top = Math.max(over.top, ARC_REACH - p.y);
			over.left = Math.max(over.left, ARC_REACH - p.x);
			over.bottom = Math.max(over.bottom, p.y + ARC_REACH - box.height);
			over.right = Math.max(over.right, p.x + ARC_REACH - box.width);
		}
	return Object.values(over).some((value) => value > 0.5) ? over : null;
}

const ALONG = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Moves a label that lies on an arc, a node or another label (or leaves the box) to the side of
 * its node where it meets the fewest, keeping it where it is when no side is clearer.
 */
export function relabel(
	nodes: readonly FittedNode[],
	pairs: readonly Pair[],
	box: Box,
	fontSize: number
): FittedNode[] {
	const at = new Map(nodes.map((node) => [node.id, node]));
	const points = pairs.flatMap((pair) =>
		arcPoints(pair, at.get(pair.source)!, at.get(pair.target)!, ALONG)
	);
	const placed = nodes.map((node) => ({ ...node }));
	const clashes = (label: Rect, self: number) => {
		if (label.left < 0 || label.top < 0 || label.right > box.width || label.bottom > box.height)
			return Infinity;
		let count = points.filter(
			(p) =>
				p.x > label.left - 2 &&
				p.x < label.right + 2 &&
				p.y > label.top - 2 &&
				p.y < label.bottom + 2
		).length;
		placed.forEach((other, i) => {
			if (i === self) return;
			const x = Math.max(label.left, Math.min(other.x, label.right));
			const y = Math.max(label.top, Math.min(other.y, label.bottom));
			if (Math.hypot(other.x - x, other.y - y) < other.r + 2) count += 10;
			if (overlap(label, labelBox(other.label, fontSize))) count += 10;
		});
		return count;
	};
	placed.forEach((node, i) => {
		let best = node.label;
		let fewest = clashes(labelBox(best, fontSize), i);
		for (const { side } of SIDES) {
			if (fewest === 0) break;
			const label = placeLabel(node, node.r, side, node.label.text, fontSize);
			const count = clashes(labelBox(label, fontSize), i);
			if (count < fewest) [best, fewest] = [label, count];
		}
		node.label = best;
	});
	return placed;
}

/**
 * How hard a layout is to read: actors lying on another pair's arcs or under another's label
 * count three, overlapping labels two; labels on arcs, crossing pairs and pairs leaving one actor
 * at nearly the same angle (their arcs run together) one each.
 */
export function cost(
	nodes: readonly FittedNode[],
	pairs: readonly Pair[],
	fontSize: number
): number {
	const at = new Map(nodes.map((node) => [node.id, node]));
	const labels = nodes.map((node) => labelBox(node.label, fontSize));
	const chords = pairs.map((pair) => ({
		pair,
		a: at.get(pair.source)!,
		b: at.get(pair.target)!
	}));
	let total = 0;
	for (const { pair, a, b } of chords) {
		const points = arcPoints(pair, a, b, ALONG);
		nodes.forEach((node, i) => {
			if (node.id === pair.source || node.id === pair.target) return;
			if (points.some((p) => Math.hypot(p.x - node.x, p.y - node.y) < node.r + 6)) total += 3;
			const label = labels[i]!;
			const hit = points.some(
				(p) =>
					p.x > label.left - 2 &&
					p.x < label.right + 2 &&
					p.y > label.top - 2 &&
					p.y < label.bottom + 2
			);
			if (hit) total += 1;
		});
	}
	nodes.forEach((node, i) => {
		labels.forEach((label, j) => {
			if (i === j) return;
			const x = Math.max(label.left, Math.min(node.x, label.right));
			const y = Math.max(label.top, Math.min(node.y, label.bottom));
			if (Math.hypot(node.x - x, node.y - y) < node.r + 2) total += 3;
			if (i < j && overlap(label, labels[i]!)) total += 2;
		});
	});
	for (let i = 0; i < chords.length; i++)
		for (let j = i + 1; j < chords.length; j++) {
			const [p, q] = [chords[i]!, chords[j]!];
			const hub = [p.a, p.b].find((end) => end === q.a || end === q.b);
			if (!hub) {
				if (segmentsCross(p.a, p.b, q.a, q.b)) total += 1;
			} else if (angleAt(hub, p.a === hub ? p.b : p.a, q.a === hub ? q.b : q.a) < 0.35) total += 1;
		}
	return total;
}

type XY = { x: number; y: number };

type Rect = { left: number; right: number; top: number; bottom: number };

function overlap(p: Rect, q: Rect): boolean {
	return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
}

/** The angle at `hub` between the directions to `p` and to `q`, 0..π. */
function angleAt(hub: XY, p: XY, q: XY): number {
	const turn = Math.abs(
		Math.atan2(p.y - hub.y, p.x - hub.x) - Math.atan2(q.y - hub.y, q.x - hub.x)
	);
	return Math.min(turn, 2 * Math.PI - turn);
}

function segmentsCross(a: XY, b: XY, c: XY, d: XY): boolean {
	const side = (p: XY, q: XY, r: XY) =>
		Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
	return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}
