// One colour per frame, the same in every chart, reader and export. The palette is Okabe and Ito's,
// chosen to stay distinguishable under the common colour-vision deficiencies; every mark that uses
// it also carries a text label, so colour is never the only channel.

/** Okabe–Ito colours in the order frames without a fixed colour take them. */
const PALETTE = ['#0072B2', '#D55E00', '#CC79A7', '#009E73', '#E69F00', '#56B4E9', '#999933'];

/** The default codebook's frames keep these whatever the codebook's order. */
const FIXED: Record<string, string> = {
	cooperation_urged: '#009E73',
	cooperation_refused: '#D55E00',
	accusation: '#CC79A7'
};

/** Colour of each frame in the codebook's order: fixed ones first, then the palette in turn. */
export function frameColours(frames: readonly string[]): Map<string, string> {
	const taken = new Set(frames.map((frame) => FIXED[frame]).filter(Boolean));
	const free = PALETTE.filter((colour) => !taken.has(colour));
	let next = 0;
	return new Map(
		frames.map((frame) => [frame, FIXED[frame] ?? free[next++ % free.length] ?? PALETTE[0]!])
	);
}

/** A frame's id as people read it when the codebook gives no label: "cooperation refused". */
export function frameName(frame: string): string {
	return frame.replaceAll('_', ' ');
}
