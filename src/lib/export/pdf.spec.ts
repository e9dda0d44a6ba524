// pdfOfImages: the file read back as a PDF reader reads it — from startxref through the xref table
// to each object — so a wrong offset, length or escape shows up as a broken file.
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfOfImages, type PdfPage } from './pdf';
import { infoField } from './testing/pdf-strings';

/** A pixelsWide × pixelsHigh RGB image whose bytes all differ from their neighbours. */
function image(pixelsWide: number, pixelsHigh: number, seed: number) {
	const rgb = Uint8Array.from(
		{ length: pixelsWide * pixelsHigh * 3 },
		(_, i) => (i * 7 + seed) % 256
	);
	return { pixelsWide, pixelsHigh, rgb };
}
const slide = (seed: number): PdfPage => ({ width: 960, height: 540, ...image(4, 3, seed) });

/** Reads the file through its xref table: each object's dictionary and stream bytes by number. */
function readPdf(file: Uint8Array) {
	const text = Buffer.from(file).toString('latin1');
	expect(text).toMatch(/^%PDF-1\.[4-7]\n/);
	expect(text.endsWith('%%EOF\n')).toBe(true);
	const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
	expect(text.slice(startxref, startxref + 5)).toBe('xref\n');
	const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!;
	expect(first).toBe('0');
	const rows = text
		.slice(startxref)
		.split('\n')
		.slice(2, 2 + Number(count));
	expect(rows[0]).toBe('0000000000 65535 f ');
	const objects = new Map<number, { dict: string; stream: Uint8Array | null }>();
	rows.slice(1).forEach((row, i) => {
		expect(row).toMatch(/^\d{10} 00000 n $/);
		const offset = Number(row.slice(0, 10));
		const header = `${i + 1} 0 obj\n`;
		expect(text.slice(offset, offset + header.length)).toBe(header);
		const bodyAt = offset + header.length;
		const streamAt = text.indexOf('stream\n', bodyAt);
		const endAt = text.indexOf('endobj\n', bodyAt);
		if (streamAt === -1 || streamAt > endAt) {
			objects.set(i + 1, { dict: text.slice(bodyAt, endAt), stream: null });
			return;
		}
		const dict = text.slice(bodyAt, streamAt);
		const length = Number(/\/Length (\d+)/.exec(dict)![1]);
		const dataAt = streamAt + 'stream\n'.length;
		expect(text.slice(dataAt + length, dataAt + length + 11)).toBe('\nendstream\n');
		objects.set(i + 1, { dict, stream: file.slice(dataAt, dataAt + length) });
	});
	const trailer = text.slice(text.indexOf('trailer\n', startxref));
	expect(trailer).toContain(`/Size ${count}`);
	const ref = (dict: string, key: string) =>
		Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)![1]);
	const get = (n: number) => objects.get(n) ?? expect.fail(`no object ${n}`);
	const catalog = get(ref(trailer, 'Root')).dict;
	expect(catalog).toContain('/Type /Catalog');
	const tree = get(ref(catalog, 'Pages')).dict;
	const kids = [.../\/Kids \[([^\]]*)\]/.exec(tree)![1]!.matchAll(/(\d+) 0 R/g)].map((m) =>
		Number(m[1])
	);
	expect(trailer).toMatch(/\/Info \d+ 0 R/);
	const field = (key: string) => infoField(file, key);
	const pages = kids.map((n) => {
		const page = get(n).dict;
		const xobject = /\/Im0 (\d+) 0 R/.exec(page)![1];
		const picture = get(Number(xobject));
		return {
			mediaBox: /\/MediaBox \[([^\]]*)\]/.exec(page)![1],
			contents: Buffer.from(get(ref(page, 'Contents')).stream!).toString('latin1'),
			image: picture.dict,
			pixels: unzlibSync(picture.stream!)
		};
	});
	return { text, pages, pageCount: Number(/\/Count (\d+)/.exec(tree)![1]), field };
}

describe('pdfOfImages', () => {
	it('writes a file whose startxref, xref offsets and stream lengths all point where they say', () => {
		// readPdf checks each of them; four pages give the table a dozen entries.
		const pdf = readPdf(pdfOfImages([1, 2, 3, 4].map(slide), { title: 'x', creator: 'Parallax' }));
		expect(pdf.pageCount).toBe(4);
		expect(pdf.pages).toHaveLength(4);
	});

	it('gives each page its size as MediaBox and its own image, in order', () => {
		const pdf = readPdf(
			pdfOfImages([slide(1), { width: 595.276, height: 841.89, ...image(2, 5, 9) }], {
				title: 'x',
				creator: 'Parallax'
			})
		);
		expect(pdf.pages.map((p) => p.mediaBox)).toEqual(['0 0 960 540', '0 0 595.276 841.89']);
		expect(pdf.pages[0]!.pixels).toEqual(image(4, 3, 1).rgb);
		expect(pdf.pages[1]!.pixels).toEqual(image(2, 5, 9).rgb);
		expect(pdf.pages[1]!.image).toMatch(/\/Width 2 \/Height 5\b/);
	});

	it('draws the image as 8-bit DeviceRGB, deflated, stretched over the whole page', () => {
		const [page] = readPdf(pdfOfImages([slide(1)], { title: 'x', creator: 'Parallax' })).pages;
		expect(page!.image).toContain('/Subtype /Image');
		expect(page!.image).toContain(
			'/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode'
		);
		expect(page!.contents).toBe('q 960 0 0 540 0 0 cm /Im0 Do Q');
	});

	it('counts as one /Type /Page per page for tools that only scan the text', () => {
		const { text } = readPdf(pdfOfImages([1, 2, 3].map(slide), { title: 'x', creator: 'y' }));
		expect(text.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
	});

	it.each([
		['plain ASCII', 'Syria talks, week 47'],
		['parentheses and backslashes', ') \\ ( \\) ((('],
		['a newline', 'line one\nline two)'],
		['carriage returns', 'one\r\ntwo\rthree'],
		['non-ASCII', 'Ω Élysée – “quoted”'],
		['outside the BMP', 'flag 🇺🇦'],
		['PDF syntax', ')>> endobj\nxref\n%%EOF trailer'],
		['everything at once', 'Week 47 ) \\ (\nΩ']
	])('keeps a title with %s intact without breaking the file', (_, title) => {
		const pdf = readPdf(pdfOfImages([slide(1), slide(2)], { title, creator: 'Parallax' }));
		expect(pdf.field('Title')).toBe(title);
		expect(pdf.field('Creator')).toBe('Parallax');
		expect(pdf.pageCount).toBe(2);
	});

	it('does not change the pixels it is given', () => {
		const page = slide(3);
		pdfOfImages([page], { title: 'x', creator: 'y' });
		expect(page.rgb).toEqual(image(4, 3, 3).rgb);
	});

	it.each<[string, PdfPage[], RegExp]>([
		['no pages', [], /at least one page/],
		['too few bytes for the size', [{ ...slide(1), pixelsWide: 5 }], /needs 45 bytes, not 36/],
		['a fractional pixel size', [{ ...slide(1), pixelsHigh: 2.25 }], /whole numbers/],
		['a zero page size', [{ ...slide(1), width: 0 }], /must be positive/],
		['a page size that is not a number', [{ ...slide(1), height: NaN }], /must be positive/]
	])('throws on %s', (_, pages, message) => {
		expect(() => pdfOfImages(pages, { title: 'x', creator: 'y' })).toThrow(message);
	});
});
