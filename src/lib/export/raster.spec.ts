// rgbOnWhite: a canvas's RGBA as a PDF page shows it, on white paper and without alpha.
import { describe, expect, it } from 'vitest';
import { rgbOnWhite } from './raster';

describe('rgbOnWhite', () => {
	it.each([
		['keeps an opaque pixel as it is', [12, 34, 56, 255], [12, 34, 56]],
		[
			'makes a fully transparent pixel white, whatever its colour',
			[12, 34, 56, 0],
			[255, 255, 255]
		],
		['mixes a half-transparent black with white to mid grey', [0, 0, 0, 128], [127, 127, 127]],
		['mixes a quarter-opaque red with white to pink', [255, 0, 0, 64], [255, 191, 191]]
	])('%s', (_, rgba, rgb) => {
		expect([...rgbOnWhite(Uint8ClampedArray.from(rgba))]).toEqual(rgb);
	});

	it('keeps pixel order and drops every fourth byte', () => {
		const rgba = Uint8ClampedArray.from([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 0]);
		expect([...rgbOnWhite(rgba)]).toEqual([1, 2, 3, 4, 5, 6, 255, 255, 255]);
	});
});
