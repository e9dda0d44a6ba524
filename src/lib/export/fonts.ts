// The font exports are drawn in: Source Sans 3 (SIL Open Font License), shipped with the app so
// an export never depends on what fonts a machine has. Loaded on the first export only.
import { parse, type Font } from 'opentype.js';
import regularUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff?url';
import semiboldUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff?url';
import boldUrl from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff?url';

/** For text the font cannot draw (outside Latin), kept as text with these fallbacks. */
export const EXPORT_FONT_FAMILY = "'Source Sans 3', 'Helvetica Neue', Arial, sans-serif";

export type ExportWeight = 400 | 600 | 700;

export interface ExportFonts {
	forWeight(weight: number): Font;
}

/** The weight drawn for a CSS weight: regular up to 450, semibold up to 650, else bold. */
export function exportWeight(weight: number): ExportWeight {
	return weight <= 450 ? 400 : weight <= 650 ? 600 : 700;
}

/** Parses a font file; contextual substitutions are dropped (opentype.js cannot apply this font's, and labels need none). */
export function parseFont(bytes: ArrayBuffer): Font {
	const font = parse(bytes);
	(font.tables as Record<string, unknown>).gsub = undefined;
	return font;
}

/** Fonts from their bytes by weight (the loader in the browser, the file system in tests). */
export function exportFonts(files: Record<ExportWeight, ArrayBuffer>): ExportFonts {
	const fonts = {
		400: parseFont(files[400]),
		600: parseFont(files[600]),
		700: parseFont(files[700])
	};
	return { forWeight: (weight) => fonts[exportWeight(weight)] };
}

let loading: Promise<ExportFonts> | null = null;

/** The export fonts, fetched from the app's own assets once. */
export function loadExportFonts(): Promise<ExportFonts> {
	loading ??= (async () => {
		const [regular, semibold, bold] = await Promise.all(
			[regularUrl, semiboldUrl, boldUrl].map(async (url) => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`The export font ${url} could not be loaded`);
				return response.arrayBuffer();
			})
		);
		return exportFonts({ 400: regular!, 600: semibold!, 700: bold! });
	})();
	loading.catch(() => (loading = null));
	return loading;
}
