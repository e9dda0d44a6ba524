// The `#unit-<ordinal>` anchors that link to one unit of an article, as the evidence panel writes
// them and the reader reads them back.

/** The fragment naming the unit, without its `#`: `unit-4`. */
export function unitAnchor(ordinal: number): string {
	return `unit-${ordinal}`;
}

/** The ordinal a location hash (`#unit-4`) names, or null when it names no unit. */
export function readUnitAnchor(hash: string): number | null {
	const match = /^#?unit-(0|[1-9]\d{0,8})$/.exec(hash);
	return match ? Number(match[1]) : null;
}
