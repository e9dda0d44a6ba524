// Reads a plain-text article: the text exactly as decoded, and its first line as the title when
// that line reads as a headline.
const CLOCK = /^\d{1,2}:\d{2}\b|\b(GMT|UTC)\b/;

/**
 * The first line is a headline when it is followed by a blank line (or is alone), has between 3
 * and 30 words, is not a clock or timestamp, and does not end like a sentence.
 */
export function headlineOf(text: string): string | null {
	const lines = text.replace(/^\s*\n/, '').split(/\r?\n/);
	const first = lines[0]?.trim() ?? '';
	const next = lines[1];
	if (first === '' || (next !== undefined && next.trim() !== '')) return null;
	const words = first.split(/\s+/).length;
	if (words < 3 || words > 30 || first.length > 200) return null;
	if (CLOCK.test(first) || /[.,;:]$/.test(first)) return null;
	return first;
}
