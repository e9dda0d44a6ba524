// Text turned into glyph outlines, so an exported SVG draws the same letters in every program
// (Illustrator, Inkscape, PowerPoint) whether or not it has the font. Pure: a parsed font in,
// SVG path data out.
import type { Font, PathCommand } from 'opentype.js';

export type TextAnchor = 'start' | 'middle' | 'end';

export interface TextPlacement {
	x: number;
	y: number;
	size: number;
	anchor: TextAnchor;
	/** The CSS dominant-baseline; `auto` and `alphabetic` put y on the baseline. */
	baseline: string;
}

const SPACE = /\s/u;

/** True when the font draws every visible character of the text (no missing-glyph box). */
export function fontCovers(font: Font, text: string): boolean {
	for (const char of text) if (!SPACE.test(char) && font.charToGlyphIndex(char) === 0) return false;
	return true;
}

/** How far below y the baseline sits for a dominant-baseline, in px at this size. */
export function baselineShift(font: Font, baseline: string, size: number): number {
	const perEm = size / font.unitsPerEm;
	const xHeight =
		(font.tables.os2 as { sxHeight?: number } | undefined)?.sxHeight ?? 0.5 * font.unitsPerEm;
	switch (baseline) {
		case 'middle':
			return (xHeight / 2) * perEm;
		case 'central':
			return ((font.ascender + font.descender) / 2) * perEm;
		case 'hanging':
			return font.ascender * 0.8 * perEm;
		case 'text-before-edge':
		case 'text-top':
			return font.ascender * perEm;
		case 'text-after-edge':
		case 'text-bottom':
		case 'ideographic':
			return font.descender * perEm;
		default:
			return 0;
	}
}

/** The width the font gives the text at this size, kerning applied. */
export function textWidth(font: Font, text: string, size: number): number {
	return font.getAdvanceWidth(text, size, { kerning: true });
}

/** SVG path data drawing the text where an SVG `<text>` with this placement would. */
export function textOutline(font: Font, text: string, at: TextPlacement): string {
	const width = textWidth(font, text, at.size);
	const dx = at.anchor === 'middle' ? -width / 2 : at.anchor === 'end' ? -width : 0;
	const y = at.y + baselineShift(font, at.baseline, at.size);
	return pathData(font.getPath(text, at.x + dx, y, at.size, { kerning: true }).commands);
}

const round = (value: number) => String(Math.round(value * 100) / 100);

/** Path commands as SVG path data, to 0.01 px (opentype.js's own writer can print "NaN"). */
export function pathData(commands: readonly PathCommand[]): string {
	return commands
		.map((command) => {
			switch (command.type) {
				case 'M':
				case 'L':
					return `${command.type}${round(command.x)} ${round(command.y)}`;
				case 'Q':
					return `Q${round(command.x1)} ${round(command.y1)} ${round(command.x)} ${round(command.y)}`;
				case 'C':
					return `C${round(command.x1)} ${round(command.y1)} ${round(command.x2)} ${round(command.y2)} ${round(command.x)} ${round(command.y)}`;
				default:
					return 'Z';
			}
		})
		.join('');
}
