// A chart's SVG copied for export: every element carries the styles the page gave it as plain
// attributes, links and page-only attributes are gone, so the copy stands alone.
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Painted properties copied from the computed style onto each element. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline'
] as const;

/** Attributes that only mean something in the page (links, focus, accessibility tree, CSS). */
const PAGE_ONLY = /^(href|xlink:href|class|style|tabindex|role|aria-.*|target|rel)$/;

/**
 * A standalone copy of `element` (an `<svg>` or any SVG element in the page): computed styles
 * inlined, `<a>` marks unwrapped into `<g>` (data attributes kept), hidden elements dropped.
 */
export function copyWithStyles<T extends Element>(element: T): T {
	const copy = element.cloneNode(true) as T;
	const sources = [element, ...element.querySelectorAll('*')];
	const targets = [copy, ...copy.querySelectorAll('*')];
	const drop: Element[] = [];
	sources.forEach((source, i) => {
		const target = targets[i]!;
		const style = getComputedStyle(source);
		if (style.display === 'none' || style.visibility === 'hidden') {
			drop.push(target);
			return;
		}
		for (const property of PROPERTIES) {
			const value = style.getPropertyValue(property).trim();
			// A computed url() is absolute (an external reference): the element's own attribute stays.
			if (value === '' || value.startsWith('url(')) continue;
			target.setAttribute(property, value);
		}
		for (const { name } of [...target.attributes])
			if (PAGE_ONLY.test(name)) target.removeAttribute(name);
	});
	for (const target of drop) target.remove();
	for (const link of [...copy.querySelectorAll('a')]) {
		const group = document.createElementNS(SVG_NS, 'g');
		for (const { name, value } of [...link.attributes]) group.setAttribute(name, value);
		group.append(...link.childNodes);
		link.replaceWith(group);
	}
	return copy;
}
