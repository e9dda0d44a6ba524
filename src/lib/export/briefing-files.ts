// A briefing's slides as files: a PDF with one 16:9 page per item, and a ZIP of 2× PNGs with a
// sources.csv. The pages are the PNGs drawn from the same slide SVGs that present mode shows.
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import type { ComposedChart } from './compose';
import { svgToPng } from './raster';

/** A slide is 1280 × 720 px at 1×: 960 × 540 pt on a PDF page (96 px to 72 pt). */
const PT_PER_PX = 0.75;

async function pngBytes(slide: ComposedChart, scale: number): Promise<Uint8Array> {
	return new Uint8Array(
		await (await svgToPng(slide.svg, slide.width, slide.height, scale)).arrayBuffer()
	);
}

/** One page per slide, each the slide's 2× PNG filling a page of the slide's proportions. */
export async function briefingPdf(slides: readonly ComposedChart[], title: string): Promise<Blob> {
	const pdf = await PDFDocument.create();
	pdf.setTitle(title);
	pdf.setCreator('Parallax');
	for (const slide of slides) {
		const image = await pdf.embedPng(await pngBytes(slide, 2));
		const page = pdf.addPage([slide.width * PT_PER_PX, slide.height * PT_PER_PX]);
		page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
	}
	// Without object streams every page object stays readable (and countable) by simple tools.
	const bytes = await pdf.save({ useObjectStreams: false });
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
