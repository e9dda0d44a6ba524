// The compare view's own URL state: which mode, which frame, which storyline. The columns are the
// dashboard's `outlet` filter, so a link from the overview opens the same outlets side by side.

export type CompareMode = 'storylines' | 'frame';

export interface CompareState {
	/** `storylines` (the default, `mode` absent) or `frame` (`mode=frame`). */
	mode: CompareMode;
	/** The frame id of the one-frame mode (`focus`), as written; checked against the codebook later. */
	focus: string | null;
	/** The storyline key shown alone (`storyline`), as written. */
	storyline: string | null;
}

/** Fewest outlets a comparison keeps, most it shows side by side, and how many it picks itself. */
export const MIN_OUTLETS = 2;
export const MAX_OUTLETS = 6;
export const DEFAULT_OUTLETS = 4;

/** Reads the compare state from search parameters; unknown modes fall back to storylines. */
export function readCompare(params: URLSearchParams): CompareState {
	return {
		mode: params.get('mode') === 'frame' ? 'frame' : 'storylines',
		focus: params.get('focus')?.trim() || null,
		storyline: params.get('storyline')?.trim() || null
	};
}

/** The search string (no `?`) with some parameters replaced; null or an empty list deletes them. */
export function searchWith(
	params: URLSearchParams,
	changes: Record<string, string | readonly string[] | null>
): string {
	const next = new URLSearchParams(params);
	for (const [key, value] of Object.entries(changes)) {
		next.delete(key);
		if (value === null) continue;
		for (const one of typeof value === 'string' ? [value] : value) next.append(key, one);
	}
	return next.toString();
}
