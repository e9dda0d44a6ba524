import { describe, expect, it } from 'vitest';
import { arcBetween } from './arcs';
import { labelBox } from './node-labels';
import { placeNodes, type LayoutLink } from './place-actors';

const LINKS: LayoutLink[] = [
	{ source: 'US', target: 'Russia', count: 10 },
	{ source: 'Russia', target: 'US', count: 7 },
	{ source: 'Russia', target: 'US', count: 3 },
	{ source: 'Ribal Assad', target: 'Russia', count: 4 },
	{ source: 'Ribal Assad', target: 'US', count: 3 },
	{ source: 'UK', target: 'Syria', count: 2 },
	{ source: 'A very long actor name indeed, longer than most', target: 'US', count: 1 }
];

const OPTIONS = { radius: (degree: number) => 4 + Math.sqrt(degree) * 2, fontSize: 12 };

/** Which side of the line from a to b a point lies on: 1 left (screen coordinates), -1 right. */
function sideOf(
	a: { x: number; y: number },
	b: { x: number; y: number },
	p: { x: number; y: number }
) {
	return Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
}

describe('placeNodes', () => {
	it('places every actor named by a link once, in codepoint order, with its degree', () => {
		const nodes = placeNodes(LINKS, { width: 720, height: 432 }, OPTIONS);
		expect(nodes.map((node) => [node.id, node.out, node.in])).toEqual([
			['A very long actor name indeed, longer than most', 1, 0],
			['Ribal Assad', 7, 0],
			['Russia', 10, 14],
			['Syria', 0, 2],
			['UK', 2, 0],
			['US', 10, 14]
		]);
	});

	it('gives the same positions for the same links, run after run', () => {
		const first = placeNodes(LINKS, { width: 720, height: 432 }, OPTIONS);
		const second = placeNodes([...LINKS], { width: 720, height: 432 }, OPTIONS);
		expect(second).toEqual(first);
	});

	it('keeps every node and label inside the box, cutting long names with an ellipsis', () => {
		for (const box of [
			{ width: 720, height: 432 },
			{ width: 320, height: 360 },
			{ width: 1200, height: 720 }
		]) {
			for (const node of placeNodes(LINKS, box, OPTIONS)) {
				expect(node.x - node.r).toBeGreaterThanOrEqual(0);
				expect(node.x + node.r).toBeLessThanOrEqual(box.width);
				expect(node.y - node.r).toBeGreaterThanOrEqual(0);
				expect(node.y + node.r).toBeLessThanOrEqual(box.height);
				const label = labelBox(node.label, 12);
				expect(label.left).toBeGreaterThanOrEqual(0);
				expect(label.right).toBeLessThanOrEqual(box.width);
				expect(label.top).toBeGreaterThanOrEqual(0);
				expect(label.bottom).toBeLessThanOrEqual(box.height);
			}
		}
		const long = placeNodes(LINKS, { width: 720, height: 432 }, OPTIONS)[0]!;
		expect(long.label.text).toBe('A very long actor name …');
	});

	it('returns no nodes for no links', () => {
		expect(placeNodes([], { width: 720, height: 432 }, OPTIONS)).toEqual([]);
	});

	it('does not mutate the links it is given', () => {
		const links = structuredClone(LINKS);
		placeNodes(links, { width: 720, height: 432 }, OPTIONS);
		expect(links).toEqual(LINKS);
	});
});

describe('arcBetween', () => {
	const a = { x: 100, y: 200, r: 10 };
	const b = { x: 500, y: 200, r: 10 };

	it('bends A→B and B→A to opposite sides of the line between them', () => {
		const there = arcBetween(a, b, 0, 12).mid;
		const back = arcBetween(b, a, 0, 12).mid;
		expect(sideOf(a, b, there)).toBe(-sideOf(a, b, back));
	});

	it('bends each further lane further out on the same side', () => {
		const [first, second] = [0, 1].map((lane) => arcBetween(a, b, lane, 12).mid);
		expect(sideOf(a, b, first!)).toBe(sideOf(a, b, second!));
		expect(Math.abs(second!.y - 200)).toBeGreaterThan(Math.abs(first!.y - 200) + 8);
	});

	it('starts on the source rim and stops short of the target rim by the gap', () => {
		const { d } = arcBetween(a, b, 0, 12);
		const [, sx, sy, ex, ey] = /^M([\d.-]+),([\d.-]+)Q[\d.-]+,[\d.-]+ ([\d.-]+),([\d.-]+)$/
			.exec(d)!
			.map(Number);
		expect(Math.hypot(sx! - a.x, sy! - a.y)).toBeCloseTo(a.r + 1, 1);
		expect(Math.hypot(ex! - b.x, ey! - b.y)).toBeCloseTo(b.r + 12, 1);
	});
});
