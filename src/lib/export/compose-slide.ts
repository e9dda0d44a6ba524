// Slides for what is not a chart: an evidence quote, or a storyline told by several outlets. Drawn
// like the chart exports (16:9, outlined text, the source line), so a briefing is one piece.
import {
	finishSvg,
	INK,
	label,
	layoutFooter,
	make,
	MUTED,
	RULE,
	SLIDE,
	SLIDE_HEIGHT,
	SLIDE_WIDTH,
	startSvg,
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
	const root = startSvg(slide.heading, [
		...slide.quotes.map((quote) => `${quote.source}: “${quote.text}”`),
		slide.caption.trim(),
		slide.source
	]);
	root.append(make('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
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
	const footer = layoutFooter(regular, slide.caption, slide.source, SLIDE, inner);
	const room = SLIDE_HEIGHT - pad - footer.height - y - SLIDE.gap * 2;
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
	footer.draw(root, SLIDE_HEIGHT - pad - footer.height);
	return {
		svg: finishSvg(root, SLIDE_WIDTH, SLIDE_HEIGHT, fonts),
		width: SLIDE_WIDTH,
		height: SLIDE_HEIGHT,
		smallestText: Math.min(size, SLIDE.source, SLIDE.legend - 2),
		chartArea: null
	};
}
