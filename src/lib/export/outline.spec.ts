import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportFonts, exportWeight } from './fonts';
import { baselineShift, fontCovers, pathData, textOutline, textWidth } from './outline';

const file = (weight: number) => {
	const bytes = readFileSync(
		`node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`
	);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
const fonts = exportFonts({ 400: file(400), 600: file(600), 700: file(700) });
const regular = fonts.forWeight(400);

/** The x extent of path data: its smallest and largest x coordinates. */
function xExtent(d: string): [number, number] {
	const numbers = [...d.matchAll(/[MLQCZ]([^MLQCZ]*)/g)].flatMap((m) =>
		m[1]!.trim().split(/\s+/).filter(Boolean).map(Number)
	);
	const xs = numbers.filter((_, i) => i % 2 === 0);
	return [Math.min(...xs), Math.max(...xs)];
}

describe('exportWeight', () => {
	it.each([
		[300, 400],
		[400, 400],
		[600, 600],
		[650, 600],
		[700, 700],
		[900, 700]
	])('draws CSS weight %i with the %i font', (weight, drawn) => {
		expect(exportWeight(weight)).toBe(drawn);
	});
});

describe('fontCovers', () => {
	it.each([
		['Sputnik · 83% (5/6)', true],
		['Élysée – “quoted”', true],
		['Russia ⇄ US', false],
		['Россия', false]
	])('says whether the export font draws %j: %s', (text, covered) => {
		expect(fontCovers(regular, text)).toBe(covered);
	});
});

describe('textOutline', () => {
	it('writes finite path data for words whose outlines opentype.js itself prints as NaN', () => {
		for (const text of ['interiordesignfuture.com', 'Which outlet emphasises which frame']) {
			const d = textOutline(regular, text, {
				x: 10,
				y: 20,
				size: 13,
				anchor: 'start',
				baseline: 'auto'
			});
			expect(d).not.toContain('NaN');
			expect(d).toMatch(/^M/);
		}
	});

	it.each([
		['start', 100, 100 + 1],
		['middle', 100 - 21.2, 100 + 21.2],
		['end', 100 - 42.4, 100]
	] as const)('places %s-anchored text as an SVG text element would', (anchor, left, right) => {
		const width = textWidth(regular, 'Sputnik', 13);
		expect(width).toBeCloseTo(42.37, 1);
		const [min, max] = xExtent(
			textOutline(regular, 'Sputnik', { x: 100, y: 50, size: 13, anchor, baseline: 'auto' })
		);
		expect(min).toBeGreaterThanOrEqual(left - 0.1);
		expect(min).toBeLessThan(left + 2);
		if (anchor !== 'start') expect(max).toBeLessThanOrEqual(right + 0.1);
	});

	it('moves the baseline down for middle and central text, and not for alphabetic', () => {
		expect(baselineShift(regular, 'auto', 20)).toBe(0);
		expect(baselineShift(regular, 'alphabetic', 20)).toBe(0);
		expect(baselineShift(regular, 'middle', 20)).toBeGreaterThan(3);
		expect(baselineShift(regular, 'central', 20)).toBeGreaterThan(3);
		expect(baselineShift(regular, 'hanging', 20)).toBeGreaterThan(
			baselineShift(regular, 'central', 20)
		);
	});
});

describe('pathData', () => {
	it('writes each command with coordinates to 0.01', () => {
		expect(
			pathData([
				{ type: 'M', x: 1.004, y: 2 },
				{ type: 'L', x: 3.336, y: 4 },
				{ type: 'Q', x1: 5, y1: 6.5, x: 7, y: 8 },
				{ type: 'C', x1: 1, y1: 2, x2: 3, y2: 4, x: 5, y: 6 },
				{ type: 'Z' }
			])
		).toBe('M1 2L3.34 4Q5 6.5 7 8C1 2 3 4 5 6Z');
	});
});
