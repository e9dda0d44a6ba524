// A briefing's slides as files: a PDF with one 16:9 page per item, and a ZIP of 2× PNGs with a
// sources.csv. Both hold the 2× pixels drawn from the same slide SVGs that present mode shows.
import { zipSync } from 'fflate';
import type { ComposedChart } from './compose';
import { pdfOfImages, type PdfPage } from './pdf';
import { svgToPng, svgToRgb } from './raster';

/** A slide is 1280 × 720 px at 1×: 960 × 540 pt on a PDF page (96 px to 72 pt). */
const PT_PER_PX = 0.75;

async function pngBytes(slide: ComposedChart, scale: number): Promise<Uint8Array> {
	return new Uint8Array(
		await (await svgToPng(slide.svg, slide.width, slide.height, scale)).arrayBuffer()
	);
}

/** One page per slide, each the slide's 2× pixels filling a page of the slide's proportions. */
export async function briefingPdf(slides: readonly ComposedChart[], title: string): Promise<Blob> {
	const pages: PdfPage[] = [];
	for (const slide of slides)
		pages.push({
			width: slide.width * PT_PER_PX,
			height: slide.height * PT_PER_PX,
			...(await svgToRgb(slide.svg, slide.width, slide.height, 2))
		});
	const bytes = pdfOfImages(pages, { title, creator: 'Parallax' });
	return new Blob([bytes.slice().buffer], { type: 'application/pdf' });
}

/** The slides as numbered 2× PNGs, with sources.csv beside them. */
export async function briefingZip(
	slides: readonly { file: string; slide: ComposedChart }[],
	sourcesCsv: string
): Promise<Blob> {
	const files: Record<string, Uint8Array> = {};
	for (const { file, slide } of slides) files[file] = await pngBytes(slide, 2);
	files['sources.csv'] = new TextEncoder().encode(`\uFEFF${sourcesCsv}`);
	const zipped = zipSync(files, { level: 0 });
	return new Blob([zipped.slice().buffer], { type: 'application/zip' });
}
