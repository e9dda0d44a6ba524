// The path each directed edge of the actor network follows: a quadratic arc bent to the left of
// its direction, so the two directions of a pair, and the frames sharing a direction, never meet.

export interface Point {
	x: number;
	y: number;
}

export interface Arc {
	/** SVG path data: a quadratic curve from the source's rim to just short of the target's. */
	d: string;
	/** The curve's midpoint, where the count label sits. */
	mid: Point;
}

/**
 * How far (in pixels) the control point of lane `lane` stands off the straight line; the curve
 * itself passes half as far out. Lanes are a stroke's width apart whatever the distance, so long
 * arcs do not balloon and short ones stay apart.
 */
export function laneBend(distance: number, lane: number): number {
	return 16 + 0.06 * distance + 26 * lane;
}

/**
 * The arc from one node to another in its lane, bent to the left of its direction, so A→B and B→A
 * fall on opposite sides. The end stops `endGap` short of the target's rim, room for the arrowhead.
 */
export function arcBetween(
	source: Point & { r: number },
	target: Point & { r: number },
	lane: number,
	endGap: number
): Arc {
	const dx = target.x - source.x;
	const dy = target.y - source.y;
	const distance = Math.hypot(dx, dy) || 1;
	const bend = laneBend(distance, lane);
	const control = {
		x: (source.x + target.x) / 2 + (dy / distance) * bend,
		y: (source.y + target.y) / 2 - (dx / distance) * bend
	};
	const start = towards(source, control, source.r + 1);
	const end = towards(target, control, target.r + endGap);
	const mid = {
		x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
		y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y
	};
	return {
		d: `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`,
		mid: { x: round(mid.x), y: round(mid.y) }
	};
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The point `by` away from `from` in the direction of `to`. */
function towards(from: Point, to: Point, by: number): Point {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / length) * by, y: from.y + (dy / length) * by };
}
