// The one rule for turning an article's URL into a link: only a web address (http or https) is
// ever an href; anything else a file gave as its URL (javascript:, data:, a bare "www.…") is text.

/**
 * The address to link to, as the browser will read it (parsed, so tabs, newlines and leading
 * controls cannot hide a scheme), or null when the value is not an http(s) address.
 */
export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
