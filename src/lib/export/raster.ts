// Draws an exported SVG onto a canvas at 1×, 2× or 3× its CSS size: a PNG sharp on a projector,
// or the same pixels as RGB for a PDF page.
async function drawSvg(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<{ canvas: HTMLCanvasElement; context: CanvasRenderingContext2D }> {
	// A data URL, not a blob URL: the app's Content-Security-Policy allows images from data: only.
	const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	const image = new Image();
	image.src = url;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw the image');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return { canvas, context };
}

export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<Blob> {
	const { canvas } = await drawSvg(svg, width, height, scale);
	return new Promise<Blob>((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))),
			'image/png'
		)
	);
}

export interface RgbImage {
	pixelsWide: number;
	pixelsHigh: number;
	/** 3 bytes (R, G, B) a pixel, rows top to bottom. */
	rgb: Uint8Array;
}

/** The SVG's pixels as RGB on white: a PDF image has no alpha, and paper is white. */
export async function svgToRgb(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<RgbImage> {
	const { canvas, context } = await drawSvg(svg, width, height, scale);
	const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
	return { pixelsWide: canvas.width, pixelsHigh: canvas.height, rgb: rgbOnWhite(data) };
}

/** RGBA (not premultiplied, as `getImageData` gives it) composited onto white, alpha dropped. */
export function rgbOnWhite(rgba: Uint8ClampedArray | Uint8Array): Uint8Array {
	const rgb = new Uint8Array((rgba.length / 4) * 3);
	for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
		const alpha = rgba[i + 3]!;
		const white = 255 * (255 - alpha);
		for (let c = 0; c < 3; c++) rgb[o + c] = Math.round((rgba[i + c]! * alpha + white) / 255);
	}
	return rgb;
}

/** Saves a blob under a file name through the browser's download. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
