// Slides for what is not a chart: an evidence quote, or a storyline told by several outlets. Drawn
// like the chart exports (16:9, outlined text, the source line), so a briefing is one piece.
import {
	INK,
	label,
	make,
	MUTED,
	outlineTexts,
	RULE,
	SLIDE,
	SLIDE_HEIGHT,
	SLIDE_WIDTH,
	wrapText,
	type ComposedChart
} from './compose';
import type { ExportFonts } from './fonts';

/** One quoted sentence: who said it where, the words, and the frames it carries. */
export interface SlideQuote {
	/** `Sputnik · 30 Sep 2015` */
	source: string;
	/** The article's title. */
	article: string;
	text: string;
	frames: { label: string; colour: string }[];
}

export interface QuoteSlide {
	heading: string;
	quotes: SlideQuote[];
	caption: string;
	source: string;
}

/** Draws the quotes down the slide, largest type that fits, each with its outlet and frames. */
export function composeQuoteSlide(slide: QuoteSlide, fonts: ExportFonts): ComposedChart {
	const root = make('svg', { xmlns: 'http://www.w3.org/2000/svg', version: '1.1' });
	const title = make('title');
	title.textContent = slide.heading;
	const description = make('desc');
	description.textContent = [
		...slide.quotes.map((quote) => `${quote.source}: “${quote.text}”`),
		slide.caption.trim(),
		slide.source
	]
		.filter(Boolean)
		.join('\n');
	root.append(title, description, make('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
	const regular = fonts.forWeight(400);
	const pad = SLIDE.padding;
	const inner = SLIDE_WIDTH - 2 * pad;
	let y = pad;
	for (const line of wrapText(fonts.forWeight(700), slide.heading, SLIDE.title, inner).slice(
		0,
		2
	)) {
		y += SLIDE.title;
		root.append(label(line, pad, y, SLIDE.title, 700, INK));
		y += SLIDE.title * 0.3;
	}
	const captionLines = slide.caption.trim()
		? wrapText(regular, slide.caption.trim(), SLIDE.note, inner)
		: [];
	const sourceLines = wrapText(regular, slide.source, SLIDE.source, inner).slice(0, 3);
	const footer =
		SLIDE.gap * 2 +
		captionLines.length * SLIDE.note * 1.35 +
		sourceLines.length * SLIDE.source * 1.4;
	const room = SLIDE_HEIGHT - pad - footer - y - SLIDE.gap * 2;
	// The largest quote type, down to 16 px, at which every quote fits the room.
	const share = room / Math.max(1, slide.quotes.length);
	let size = 40;
	const linesAt = (quote: SlideQuote, at: number) =>
		wrapText(regular, `“${quote.text}”`, at, inner - 24);
	const heightAt = (at: number) =>
		Math.max(
			...slide.quotes.map((quote) => linesAt(quote, at).length * at * 1.3 + SLIDE.legend * 3.2)
		);
	while (size > 16 && heightAt(size) > share) size -= 1;
	y += SLIDE.gap * 2;
	for (const quote of slide.quotes) {
		const top = y;
		root.append(label(quote.source, pad + 24, y + SLIDE.legend, SLIDE.legend, 600, MUTED));
		y += SLIDE.legend * 1.5;
		const lines = linesAt(quote, size);
		const fit = Math.max(1, Math.floor((share - SLIDE.legend * 3.2) / (size * 1.3)));
		const shown = lines.length > fit ? [...lines.slice(0, fit - 1), `${lines[fit - 1]} …`] : lines;
		for (const line of shown) {
			y += size * 1.3;
			root.append(label(line, pad + 24, y - size * 0.3, size, 400, INK));
		}
		y += SLIDE.legend * 0.4;
		let x = pad + 24;
		for (const frame of quote.frames) {
			root.append(make('rect', { x, y: y + 2, width: 14, height: 14, rx: 2, fill: frame.colour }));
			const text = `${frame.label}`;
			root.append(label(text, x + 20, y + 15, SLIDE.legend - 2, 400, INK));
			x += 20 + regular.getAdvanceWidth(text, SLIDE.legend - 2) + 24;
		}
		y += SLIDE.legend * 1.3;
		const colour = quote.frames[0]?.colour ?? RULE;
		root.append(make('rect', { x: pad, y: top, width: 5, height: y - top, fill: colour }));
		y += SLIDE.gap * 1.5;
	}
	let footerY = SLIDE_HEIGHT - pad - footer + SLIDE.gap;
	root.append(
		make('line', {
			x1: pad,
			x2: SLIDE_WIDTH - pad,
			y1: footerY,
			y2: footerY,
			stroke: RULE,
			'stroke-width': 1
		})
	);
	footerY += SLIDE.gap;
	for (const line of captionLines) {
		footerY += SLIDE.note * 1.35;
		root.append(label(line, pad, footerY - SLIDE.note * 0.35, SLIDE.note, 400, INK));
	}
	for (const line of sourceLines) {
		footerY += SLIDE.source * 1.4;
		root.append(label(line, pad, footerY - SLIDE.source * 0.4, SLIDE.source, 400, MUTED));
	}
	root.setAttribute('width', String(SLIDE_WIDTH));
	root.setAttribute('height', String(SLIDE_HEIGHT));
	root.setAttribute('viewBox', `0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`);
	document.body.append(root);
	try {
		outlineTexts(root, fonts);
	} finally {
		root.remove();
	}
	return {
		svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`,
		width: SLIDE_WIDTH,
		height: SLIDE_HEIGHT,
		smallestText: Math.min(size, SLIDE.source, SLIDE.legend - 2),
		chartArea: null
	};
}
