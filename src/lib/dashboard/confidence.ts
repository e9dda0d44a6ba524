// The minimum-confidence filter: which of a unit's codes count, and how the threshold is said
// wherever a number built under it is shown or exported.
import type { EvidenceCode, EvidenceUnit } from '$lib/coded-corpus';

/** The thresholds the filter bar offers, besides "any". */
export const CONFIDENCE_STEPS = [0.5, 0.6, 0.7, 0.8, 0.9] as const;

/** Whether a code counts under the threshold (null: every code does). */
export function isConfident(code: Pick<EvidenceCode, 'confidence'>, min: number | null): boolean {
	return min === null || code.confidence >= min;
}

/**
 * The unit with only its codes at or above the threshold. A unit whose codes all fall below stays
 * in sight, uncoded: it is still one of its article's sentences.
 */
export function withConfidentCodes(unit: EvidenceUnit, min: number | null): EvidenceUnit {
	if (min === null || unit.codes.every((code) => isConfident(code, min))) return unit;
	return { ...unit, codes: unit.codes.filter((code) => isConfident(code, min)) };
}

/** "codes with confidence ≥ 0.8": the threshold as subtitles, panels and source lines say it. */
export function describeConfidence(min: number): string {
	return `codes with confidence ≥ ${min}`;
}
