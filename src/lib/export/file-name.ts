// Export file names that say what they are: parallax-heatmap-outlet-by-frame-2026-11-23.png.
export type ExportFormat = 'png' | 'svg' | 'csv' | 'pdf' | 'zip';

export interface FileNameParts {
	/** What the chart shows, e.g. `heatmap-outlet-by-frame`. */
	chart: string;
	date: string;
	format: ExportFormat;
	/** PNG pixel density; 2× is the default and goes unsaid. */
	scale?: number;
	/** The 16:9 slide rather than the on-screen size. */
	slide?: boolean;
	/** `data` for the CSV behind a chart. */
	suffix?: string;
}

const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

export function exportFileName(parts: FileNameParts): string {
	const name = [
		'parallax',
		slug(parts.chart),
		parts.suffix,
		parts.slide ? 'slide' : null,
		parts.date
	]
		.filter(Boolean)
		.join('-');
	const density =
		parts.format === 'png' && parts.scale && parts.scale !== 2 ? `@${parts.scale}x` : '';
	return `${name}${density}.${parts.format}`;
}
