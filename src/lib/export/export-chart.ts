// What the export menu does with a chart: compose it, then save it as PNG or SVG, copy it, or
// save the data behind it as CSV. Browser-only.
import { composeChart, type ComposedChart, type ExportMeta, type ExportSize } from './compose';
import { exportFileName } from './file-name';
import { loadExportFonts } from './fonts';
import { download, svgToPng } from './raster';
import type { ChartTable } from './chart-tables';
import { safeCsv } from './safe-csv';

export type { ChartTable };

export async function composeFor(
	chart: SVGSVGElement,
	meta: ExportMeta,
	size: ExportSize
): Promise<ComposedChart> {
	return composeChart(chart, meta, size, await loadExportFonts());
}

export async function savePng(
	composed: ComposedChart,
	scale: number,
	name: string,
	date: string,
	slide: boolean
) {
	const blob = await svgToPng(composed.svg, composed.width, composed.height, scale);
	const file = exportFileName({ chart: name, date, format: 'png', scale, slide });
	download(blob, file);
	return { file, pixels: [composed.width * scale, composed.height * scale] as const };
}

export function saveSvg(composed: ComposedChart, name: string, date: string, slide: boolean) {
	const file = exportFileName({ chart: name, date, format: 'svg', slide });
	download(new Blob([composed.svg], { type: 'image/svg+xml' }), file);
	return { file };
}

export function saveCsv(table: ChartTable, name: string, date: string) {
	const file = exportFileName({ chart: name, date, format: 'csv', suffix: 'data' });
	download(
		new Blob([`\uFEFF${safeCsv(table.columns, table.rows)}`], { type: 'text/csv;charset=utf-8' }),
		file
	);
	return { file, rows: table.rows.length };
}

/** Whether this browser can put a PNG on the clipboard. */
export function canCopyImage(): boolean {
	return typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write;
}

export async function copyPng(composed: ComposedChart, scale: number): Promise<void> {
	// The item is given a promise so the copy stays inside the click's user activation.
	await navigator.clipboard.write([
		new ClipboardItem({
			'image/png': svgToPng(composed.svg, composed.width, composed.height, scale)
		})
	]);
}
