// The XSS corpus: markup, script, URL, template and spreadsheet-formula vectors. Each one, if it ever
// ran, would call `__xss(n)` (the spec exposes it in every frame), `alert(n)` (a dialog) or set the
// title to `xss-n`, so the spec can tell which one ran; none of them may ever become markup.

/**
 * `markup`: HTML that runs when a page parses it, as content or inside an attribute; `url`: an
 * address that runs when it becomes a link or a frame; `text`: runs only if something decodes or
 * evaluates it (entities, template syntax); `formula`: runs only in a spreadsheet.
 */
export type PayloadKind = 'markup' | 'url' | 'text' | 'formula';

export interface Payload {
	n: number;
	/** What the vector tries, for failure messages. */
	name: string;
	kind: PayloadKind;
	text: string;
}

/** The call each vector makes when it runs. */
const run = (n: number) => `__xss(${n})`;

const vectors: [name: string, make: (n: number) => string, kind?: PayloadKind][] = [
	['script element', (n) => `<script>${run(n)}</script>`],
	['img onerror', (n) => `<img src=x onerror=${run(n)}>`],
	['svg onload', (n) => `<svg onload=${run(n)}>`],
	['script inside svg', (n) => `<svg><script>${run(n)}</script></svg>`],
	['double-quoted attribute breakout', (n) => `"><script>${run(n)}</script>`],
	['single-quoted attribute breakout', (n) => `'><img src=x onerror=${run(n)}>`],
	['event attribute injection', (n) => `" autofocus onfocus="${run(n)}" x="`],
	['unquoted attribute injection', (n) => `x onmouseover=${run(n)} tabindex=0 autofocus`],
	['textarea breakout', (n) => `</textarea><script>${run(n)}</script>`],
	['title breakout', (n) => `</title><script>${run(n)}</script>`],
	['style breakout', (n) => `</style><img src=x onerror=${run(n)}>`],
	['inline script breakout', (n) => `</script><script>${run(n)}</script>`],
	['comment breakout', (n) => `--><script>${run(n)}</script><!--`],
	['CDATA breakout', (n) => `]]><script>${run(n)}</script><![CDATA[`],
	['iframe srcdoc', (n) => `<iframe srcdoc="<script>parent.${run(n)}</script>"></iframe>`],
	['iframe javascript src', (n) => `<iframe src="javascript:parent.${run(n)}"></iframe>`],
	['anchor javascript href', (n) => `<a href="javascript:${run(n)}">read more</a>`],
	['javascript URL', (n) => `javascript:${run(n)}`, 'url'],
	['mixed-case javascript URL behind a space', (n) => ` JaVaScRiPt:${run(n)}`, 'url'],
	['javascript URL with a tab inside', (n) => `java\tscript:${run(n)}`, 'url'],
	['entity-encoded javascript URL', (n) => `&#106;avascript:${run(n)}`, 'url'],
	['data URL', (n) => `data:text/html,<script>parent.${run(n)}</script>`, 'url'],
	['vbscript URL', (n) => `vbscript:msgbox(${n})`, 'url'],
	['Svelte {@html} tag', (n) => `{@html '<img src=x onerror=${run(n)}>'}`],
	['template expression', (n) => `{${run(n)}}`, 'text'],
	['template literal', (n) => `\${${run(n)}}`, 'text'],
	['Angular-style expression', (n) => `{{constructor.constructor('${run(n)}')()}}`, 'text'],
	['entity-encoded script', (n) => `&lt;script&gt;${run(n)}&lt;/script&gt;`, 'text'],
	['numeric-entity img', (n) => `&#60;img src=x onerror=${run(n)}&#62;`],
	['JSON-escaped script', (n) => `\\u003cscript\\u003e${run(n)}\\u003c/script\\u003e`, 'text'],
	['style element', (n) => `<style>*{background:url("javascript:${run(n)}")}</style>`],
	['noscript mXSS', (n) => `<noscript><p title="</noscript><img src=x onerror=${run(n)}>">`],
	['svg style mXSS', (n) => `<svg></p><style><a id="</style><img src=1 onerror=${run(n)}>">`],
	['math mglyph mXSS', (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${run(n)}>`],
	[
		'form math mXSS',
		(n) =>
			`<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${run(n)} src>">`
	],
	['object javascript data', (n) => `<object data="javascript:${run(n)}"></object>`],
	['embed javascript src', (n) => `<embed src="javascript:${run(n)}">`],
	['details ontoggle', (n) => `<details open ontoggle=${run(n)}>`],
	['input autofocus', (n) => `<input autofocus onfocus=${run(n)}>`],
	['video source onerror', (n) => `<video><source onerror=${run(n)}></video>`],
	['svg animate onbegin', (n) => `<svg><animate onbegin=${run(n)} attributeName=x dur=1s>`],
	[
		'svg xlink javascript',
		(n) => `<svg><a xlink:href="javascript:${run(n)}"><text x=9 y=9>go</text></a></svg>`
	],
	['base href', (n) => `<base href="javascript:${run(n)}//">`],
	['meta refresh', (n) => `<meta http-equiv="refresh" content="0;url=javascript:${run(n)}">`],
	['nested script filter evasion', (n) => `<scr<script>ipt>${run(n)}</scr</script>ipt>`, 'text'],
	['alert dialog', (n) => `<img src=x onerror=alert(${n})>`],
	['title marker', (n) => `<img src=x onerror="document.title='xss-${n}'">`],
	['XML processing instruction', (n) => `<?xml-stylesheet href="javascript:${run(n)}"?>`],
	['bidi override before script', (n) => `\u202e<script>${run(n)}</script>`],
	['control character before script', (n) => `\u0001<script>${run(n)}</script>`],
	['CSV HYPERLINK formula', (n) => `=HYPERLINK("http://evil.test/?${n}","xss-${n}")`, 'formula'],
	['CSV DDE formula behind a space', (n) => ` =cmd|' /C calc'!A${n}`, 'formula'],
	['CSV full-width formula', (n) => `\uff1dHYPERLINK("http://evil.test/?${n}")`, 'formula'],
	['CSV at-sign formula', (n) => `@SUM(1+${n})*cmd|' /C calc'!A0`, 'formula'],
	[
		'CSV minus formula behind a no-break space',
		(n) => `\u00a0-2+${n}+cmd|' /C calc'!A0`,
		'formula'
	],
	['CSV plus formula behind a tab', (n) => `\t+${n}+cmd|' /C calc'!A0`, 'formula'],
	// Blanks that String.prototype.trim() keeps, so they survive every trim on the way to a CSV.
	[
		'CSV formula behind a zero-width space',
		(n) => `\u200b=HYPERLINK("http://evil.test/?${n}")`,
		'formula'
	],
	['CSV formula behind a control character', (n) => `\u0001@SUM(${n})`, 'formula']
];

export const PAYLOADS: readonly Payload[] = vectors.map(([name, make, kind = 'markup'], i) => ({
	n: i + 1,
	name,
	kind,
	text: make(i + 1)
}));

/** The vectors that go into text fields: all but the addresses. */
export const TEXT_PAYLOADS = PAYLOADS.filter((payload) => payload.kind !== 'url');
/** The address-shaped vectors: what a URL column may hold. */
export const URL_PAYLOADS = PAYLOADS.filter((payload) => payload.kind === 'url');

/** Several vectors in one string, for fields that take one value (names, captions, URL params). */
export const COMBINED =
	`<script>${run(901)}</script>"><img src=x onerror=${run(902)}>` +
	`'><svg onload=${run(903)}></textarea></title></script><iframe srcdoc="<script>parent.${run(904)}</script>">`;

/** Two vectors in a string short enough for a corpus name (at most 120 characters). */
export const SHORT_COMBINED = `<script>${run(907)}</script>"><img src=x onerror=${run(908)}>`;
