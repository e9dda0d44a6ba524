// Composes a chart for export as one standalone SVG: title, the filters it reflects, legend, the
// chart, an optional note and the source line, all text outlined in the shipped font. Two sizes:
// the chart as on screen, or a 16:9 slide with type no smaller than 14 px at 1×.
import type { Font } from 'opentype.js';
import { EXPORT_FONT_FAMILY, type ExportFonts } from './fonts';
import { copyWithStyles } from './inline-styles';
import { fontCovers, textOutline, textWidth, type TextAnchor } from './outline';
import { dropNonXmlChars } from './xml-chars';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type ExportSize = 'screen' | 'slide';

export interface ExportMeta {
	title: string;
	/** The filters the chart reflects, in words. */
	subtitle: string;
	/** The chart's legend entries, read from the page (`li` elements with their keys). */
	legend: Element[];
	source: string;
	note: string;
}

export interface ComposedChart {
	svg: string;
	width: number;
	height: number;
	/** The smallest type in the export at 1×, in px. */
	smallestText: number;
	/** On a slide, the room the chart had: a chart that can change its height may redraw to fit it. */
	chartArea: { width: number; height: number } | null;
}

export interface Type {
	padding: number;
	title: number;
	subtitle: number;
	legend: number;
	note: number;
	source: number;
	gap: number;
}

const SCREEN: Type = {
	padding: 24,
	title: 19,
	subtitle: 13,
	legend: 13,
	note: 13,
	source: 12,
	gap: 8
};
export const SLIDE: Type = {
	padding: 48,
	title: 34,
	subtitle: 20,
	legend: 18,
	note: 18,
	source: 15,
	gap: 12
};
/** A slide is 1280 × 720 CSS pixels at 1×. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;
/** The smallest type a slide may carry, at 1×. */
export const SLIDE_MIN_TEXT = 14;

export const INK = '#1b1f2a';
export const MUTED = '#5b6272';
export const RULE = '#d9d5cc';

export function make<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number> = {}
): SVGElementTagNameMap[K] {
	const element = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	return element;
}

/** Breaks text into lines no wider than `width` at this size, at spaces. */
export function wrapText(font: Font, text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		// Measured as drawn: with the stand-ins the outlines will use for symbols the font lacks.
		if (line && textWidth(font, withSubstitutes(font, candidate), size) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

export function label(
	text: string,
	x: number,
	y: number,
	size: number,
	weight: number,
	fill: string,
	anchor: TextAnchor = 'start'
) {
	const element = make('text', {
		x,
		y,
		'font-size': size,
		'font-weight': weight,
		fill,
		'text-anchor': anchor
	});
	element.textContent = text;
	return element;
}

/** The smallest font size among the texts under `root`, from their inlined attributes. */
function smallestFont(root: Element): number {
	const sizes = [...root.querySelectorAll('text')].map((text) =>
		parseFloat(text.getAttribute('font-size') ?? '')
	);
	const found = sizes.filter((size) => Number.isFinite(size) && size > 0);
	return found.length > 0 ? Math.min(...found) : Infinity;
}

/** A legend entry's key: its own small SVGs, or a swatch (or 0 → 100% ramp) in its colour. */
function legendKey(
	entry: Element,
	size: number,
	defs: SVGDefsElement,
	index: number
): { key: SVGGElement; width: number } {
	const key = make('g');
	const svgs = [...entry.querySelectorAll('svg')];
	if (svgs.length > 0) {
		let x = 0;
		for (const svg of svgs) {
			const w = svg.width.baseVal.value || 28;
			const h = svg.height.baseVal.value || 12;
			const k = size / 14;
			const copy = copyWithStyles(svg);
			const group = make('g', { transform: `translate(${x},${-h * k * 0.8}) scale(${k})` });
			group.append(...copy.childNodes);
			key.append(group);
			x += (w + 4) * k;
		}
		return { key, width: x };
	}
	const swatch = entry.querySelector('.swatch, .ramp, [aria-hidden="true"]');
	const style = swatch ? getComputedStyle(swatch) : null;
	const colour =
		getComputedStyle(entry).getPropertyValue('--frame').trim() ||
		(style && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : MUTED);
	const ramp = style?.backgroundImage.includes('gradient') ?? false;
	const w = ramp ? size * 2.2 : size * 0.8;
	let fill = colour;
	if (ramp) {
		const gradient = make('linearGradient', { id: `legend-ramp-${index}` });
		gradient.append(
			make('stop', { offset: 0, 'stop-color': '#f1eee8' }),
			make('stop', { offset: 1, 'stop-color': colour })
		);
		defs.append(gradient);
		fill = `url(#legend-ramp-${index})`;
	}
	key.append(make('rect', { x: 0, y: -size * 0.75, width: w, height: size * 0.8, rx: 2, fill }));
	return { key, width: w };
}

/** Lays legend entries left to right, wrapping at `width`; returns the height used. */
function layoutLegend(
	parent: SVGGElement,
	entries: Element[],
	font: Font,
	size: number,
	width: number,
	defs: SVGDefsElement
): number {
	if (entries.length === 0) return 0;
	const lineHeight = size * 1.5;
	let x = 0;
	let y = size;
	entries.forEach((entry, i) => {
		const text = withSubstitutes(font, (entry.textContent ?? '').replace(/\s+/g, ' ').trim());
		const { key, width: keyWidth } = legendKey(entry, size, defs, i);
		const itemWidth = keyWidth + size * 0.4 + textWidth(font, text, size);
		if (x > 0 && x + itemWidth > width) {
			x = 0;
			y += lineHeight;
		}
		const item = make('g', { transform: `translate(${x},${y})` });
		key.setAttribute('transform', 'translate(0,0)');
		item.append(key, label(text, keyWidth + size * 0.4, 0, size, 400, INK));
		parent.append(item);
		x += itemWidth + size * 1.4;
	});
	return y + size * 0.5;
}

/**
 * Stand-ins the export font has for symbols it lacks (its Latin subset has no arrows, no ≥): a
 * range's arrow reads well as a dash, a threshold's ≥ as >=. A mutual ⇄ has no fair stand-in (a
 * dash would read as minus), so text holding one stays text in a fallback font.
 */
const SUBSTITUTES: Record<string, string> = { '→': '–', '…': '...', '≥': '>=' };

function withSubstitutes(font: Font, text: string): string {
	return [...text]
		.map((char) =>
			font.charToGlyphIndex(char) === 0 && SUBSTITUTES[char] ? SUBSTITUTES[char] : char
		)
		.join('');
}

/** Replaces every `<text>` under `root` by glyph outlines, where the font covers its characters. */
export function outlineTexts(root: Element, fonts: ExportFonts): void {
	for (const text of [...root.querySelectorAll('text')]) {
		const size = parseFloat(text.getAttribute('font-size') ?? '16') || 16;
		const weight = parseFloat(text.getAttribute('font-weight') ?? '400') || 400;
		const anchor = (text.getAttribute('text-anchor') ?? 'start') as TextAnchor;
		const baseline = text.getAttribute('dominant-baseline') ?? 'auto';
		const font = fonts.forWeight(weight);
		const number = (element: Element, name: string) =>
			parseFloat((element.getAttribute(name) ?? '').split(/[\s,]+/)[0] ?? '');
		let x = (number(text, 'x') || 0) + (number(text, 'dx') || 0);
		let y = (number(text, 'y') || 0) + (number(text, 'dy') || 0);
		const runs: { text: string; x: number; y: number }[] = [];
		const spans = [...text.children].filter((child) => child.localName === 'tspan');
		if (spans.length === 0) runs.push({ text: text.textContent ?? '', x, y });
		for (const span of spans) {
			if (span.hasAttribute('x')) x = number(span, 'x');
			if (span.hasAttribute('y')) y = number(span, 'y');
			y += number(span, 'dy') || 0;
			runs.push({ text: span.textContent ?? '', x, y });
		}
		for (const run of runs) run.text = withSubstitutes(font, run.text);
		if (!runs.every((run) => fontCovers(font, run.text))) {
			text.setAttribute('font-family', EXPORT_FONT_FAMILY);
			continue;
		}
		const group = make('g');
		for (const name of ['fill', 'fill-opacity', 'opacity', 'transform', 'data-count'])
			if (text.hasAttribute(name)) group.setAttribute(name, text.getAttribute(name)!);
		if (!group.hasAttribute('fill')) group.setAttribute('fill', INK);
		for (const run of runs)
			if (run.text.trim())
				group.append(
					make('path', {
						d: textOutline(font, run.text, { x: run.x, y: run.y, size, anchor, baseline })
					})
				);
		const title = text.querySelector('title');
		if (title) group.append(title);
		text.replaceWith(group);
	}
}

/**
 * An export's root: its title and a description carrying the words in full. Outlined text is not
 * text, so these keep the words findable and readable by screen readers.
 */
export function startSvg(title: string, description: readonly string[]): SVGSVGElement {
	const root = make('svg', { xmlns: SVG_NS, version: '1.1' });
	const titleElement = make('title');
	titleElement.textContent = title;
	const desc = make('desc');
	desc.textContent = description.filter(Boolean).join('\n');
	root.append(titleElement, desc);
	return root;
}

/** The footer of a chart or slide: a rule, then the note and the source line, each wrapped. */
export function layoutFooter(font: Font, note: string, source: string, type: Type, inner: number) {
	const noteLines = note.trim() ? wrapText(font, note.trim(), type.note, inner) : [];
	const sourceLines = wrapText(font, source, type.source, inner).slice(0, 3);
	return {
		height:
			type.gap * 2 + noteLines.length * type.note * 1.35 + sourceLines.length * type.source * 1.4,
		/** Draws it into `parent` from `top`, across `inner` from the left padding. */
		draw(parent: Element, top: number) {
			let y = top + type.gap;
			const x2 = type.padding + inner;
			parent.append(
				make('line', { x1: type.padding, x2, y1: y, y2: y, stroke: RULE, 'stroke-width': 1 })
			);
			y += type.gap;
			for (const line of noteLines) {
				y += type.note * 1.35;
				parent.append(label(line, type.padding, y - type.note * 0.35, type.note, 400, INK));
			}
			for (const line of sourceLines) {
				y += type.source * 1.4;
				parent.append(label(line, type.padding, y - type.source * 0.4, type.source, 400, MUTED));
			}
		}
	};
}

/**
 * Sizes the export, outlines its text (it must be in the document to be measured) and writes it as
 * well-formed XML.
 */
export function finishSvg(
	root: SVGSVGElement,
	width: number,
	height: number,
	fonts: ExportFonts
): string {
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	document.body.append(root);
	try {
		outlineTexts(root, fonts);
	} finally {
		root.remove();
	}
	// A control character in an outlet name or caption would otherwise make the file unreadable.
	const xml = dropNonXmlChars(new XMLSerializer().serializeToString(root));
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/**
 * The export of a chart drawn in the page as `chart` (at the width wanted: on-screen width, or
 * the slide's chart width from `slideChartWidth`).
 */
export function composeChart(
	chart: SVGSVGElement,
	meta: ExportMeta,
	size: ExportSize,
	fonts: ExportFonts
): ComposedChart {
	const type = size === 'slide' ? SLIDE : SCREEN;
	const body = copyWithStyles(chart);
	const chartWidth = chart.width.baseVal.value;
	const chartHeight = chart.height.baseVal.value;
	const regular = fonts.forWeight(400);
	const root = startSvg(meta.title, [meta.subtitle, meta.note.trim(), meta.source]);
	const defs = make('defs');
	root.append(defs);
	const width = size === 'slide' ? SLIDE_WIDTH : Math.max(chartWidth + 2 * type.padding, 480);
	const inner = width - 2 * type.padding;
	const parts = make('g', { 'font-family': EXPORT_FONT_FAMILY });
	let y = type.padding;

	for (const line of wrapText(fonts.forWeight(700), meta.title, type.title, inner)) {
		y += type.title;
		parts.append(label(line, type.padding, y, type.title, 700, INK));
		y += type.title * 0.25;
	}
	for (const line of wrapText(regular, meta.subtitle, type.subtitle, inner)) {
		y += type.subtitle * 1.3;
		parts.append(label(line, type.padding, y, type.subtitle, 400, MUTED));
	}
	y += type.gap;
	const legend = make('g', { transform: `translate(${type.padding},${y})` });
	const legendHeight = layoutLegend(legend, meta.legend, regular, type.legend, inner, defs);
	parts.append(legend);
	y += legendHeight + (legendHeight > 0 ? type.gap : 0);

	// The footer is laid out first on a slide, which has a fixed height for the chart to fit in.
	const footer = layoutFooter(regular, meta.note, meta.source, type, inner);
	const footerHeight = footer.height;
	let scale = 1;
	let chartArea: ComposedChart['chartArea'] = null;
	if (size === 'slide') {
		const available = SLIDE_HEIGHT - type.padding - footerHeight - y;
		scale = Math.min(inner / chartWidth, available / chartHeight);
		chartArea = { width: inner, height: available };
	}
	const chartX = type.padding + (inner - chartWidth * scale) / 2;
	// A slide centres the chart in the room left between header and footer.
	if (size === 'slide')
		y += Math.max(0, (SLIDE_HEIGHT - type.padding - footerHeight - y - chartHeight * scale) / 2);
	const placed = make('g', { transform: `translate(${chartX},${y}) scale(${scale})` });
	placed.setAttribute('data-chart-body', '');
	placed.append(...body.childNodes);
	parts.append(placed);
	y += chartHeight * scale;

	const height = size === 'slide' ? SLIDE_HEIGHT : y + footerHeight + type.padding;
	footer.draw(parts, height - type.padding - footerHeight);

	defs.after(make('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
	root.append(parts);
	const smallestChartText = smallestFont(placed) * scale;
	const smallestText = Math.min(smallestChartText, type.source, type.subtitle, type.legend);
	return {
		svg: finishSvg(root, Math.round(width), Math.round(height), fonts),
		width: Math.round(width),
		height: Math.round(height),
		smallestText,
		chartArea
	};
}

/** The width to draw a chart at for a slide, so its smallest type reaches 14 px once scaled. */
export function slideChartWidth(chart: SVGSVGElement): number {
	const smallest = Math.min(
		...[...chart.querySelectorAll('text')].map(
			(text) => parseFloat(getComputedStyle(text).fontSize) || Infinity
		)
	);
	const scale = Number.isFinite(smallest) ? Math.max(1, SLIDE_MIN_TEXT / smallest) : 1;
	return Math.floor((SLIDE_WIDTH - 2 * SLIDE.padding) / scale);
}
