// A PDF of full-page images, written by hand: what a briefing needs of PDF is one picture per
// page, which takes a hundred lines rather than a library. Pure TS, so it runs in the browser and
// in the tests alike.
import { zlibSync } from 'fflate';

export interface PdfPage {
	/** The page's size in pt (1/72 in). */
	width: number;
	height: number;
	/** The image drawn over the whole page: pixelsWide × pixelsHigh, 3 bytes (R, G, B) a pixel. */
	pixelsWide: number;
	pixelsHigh: number;
	rgb: Uint8Array;
}

export interface PdfInfo {
	title: string;
	creator: string;
}

/** A number as PDF writes it: no exponent, at most four decimals. */
function num(value: number): string {
	if (!Number.isFinite(value) || value <= 0)
		throw new Error(`A PDF size must be positive: ${value}`);
	return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/\.?0+$/, '');
}

/**
 * Text as a PDF string. Printable ASCII goes as a literal string with `\`, `(` and `)` escaped;
 * anything else (a newline, `Ω`) makes the whole string UTF-16BE hex with a byte-order mark,
 * which holds any text and cannot end the string early.
 */
function pdfString(text: string): string {
	if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, '\\$&')})`;
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
	return `<${hex.toUpperCase()}>`;
}

/** One page per image, each image stretched over its page. Object streams are never used, so
 *  every page object stays readable (and countable) by simple tools. */
export function pdfOfImages(pages: readonly PdfPage[], info: PdfInfo): Uint8Array {
	if (pages.length === 0) throw new Error('A PDF needs at least one page');
	const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
	const chunks: Uint8Array[] = [];
	const offsets: number[] = [];
	let length = 0;
	const write = (bytes: Uint8Array) => {
		chunks.push(bytes);
		length += bytes.length;
	};
	/** Objects are numbered from 1 in the order written; the xref table needs each one's offset. */
	const object = (body: string, stream?: Uint8Array) => {
		offsets.push(length);
		write(latin1(`${offsets.length} 0 obj\n${body}\n`));
		if (stream) {
			write(latin1('stream\n'));
			write(stream);
			write(latin1('\nendstream\n'));
		}
		write(latin1('endobj\n'));
	};

	// The second line's high bytes tell transfer tools the file is binary.
	write(latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'));
	// 1 catalog, 2 page tree, 3 info; then page, contents and image for each page, in turn.
	const pageRef = (i: number) => `${4 + 3 * i} 0 R`;
	object('<< /Type /Catalog /Pages 2 0 R >>');
	const kids = pages.map((_, i) => pageRef(i)).join(' ');
	object(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
	object(`<< /Title ${pdfString(info.title)} /Creator ${pdfString(info.creator)} >>`);
	pages.forEach((page, i) => {
		const { width, height, pixelsWide, pixelsHigh, rgb } = page;
		if (!Number.isInteger(pixelsWide) || !Number.isInteger(pixelsHigh))
			throw new Error(`Page ${i + 1}: an image's size in pixels must be whole numbers`);
		if (rgb.length !== pixelsWide * pixelsHigh * 3)
			throw new Error(
				`Page ${i + 1}: ${pixelsWide} × ${pixelsHigh} RGB needs ${pixelsWide * pixelsHigh * 3} bytes, not ${rgb.length}`
			);
		const [contentsNo, imageNo] = [5 + 3 * i, 6 + 3 * i];
		object(
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(width)} ${num(height)}]` +
				` /Resources << /XObject << /Im0 ${imageNo} 0 R >> >> /Contents ${contentsNo} 0 R >>`
		);
		const draw = latin1(`q ${num(width)} 0 0 ${num(height)} 0 0 cm /Im0 Do Q`);
		object(`<< /Length ${draw.length} >>`, draw);
		const image = zlibSync(rgb, { level: 6 });
		object(
			`<< /Type /XObject /Subtype /Image /Width ${pixelsWide} /Height ${pixelsHigh}` +
				` /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>`,
			image
		);
	});

	const xref = length;
	const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
	write(latin1(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}`));
	write(latin1(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R /Info 3 0 R >>\n`));
	write(latin1(`startxref\n${xref}\n%%EOF\n`));

	const file = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		file.set(chunk, at);
		at += chunk.length;
	}
	return file;
}
