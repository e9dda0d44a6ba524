import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
	it.each([
		['https://www.rt.com/news/1', 'https://www.rt.com/news/1'],
		['http://tass.com', 'http://tass.com/'],
		['  https://tass.com/a b', 'https://tass.com/a%20b'],
		['HTTPS://TASS.COM/X', 'https://tass.com/X']
	])('links the web address %j as %j', (url, href) => {
		expect(safeHref(url)).toBe(href);
	});

	it.each([
		['javascript:alert(1)'],
		[' JaVaScRiPt:alert(document.cookie)'],
		['java\tscript:alert(1)'],
		['java\nscript:alert(1)'],
		['\u0000javascript:alert(1)'],
		['data:text/html,<script>alert(1)</script>'],
		['vbscript:msgbox(1)'],
		['file:///etc/passwd'],
		['mailto:desk@rt.com'],
		['//evil.example/x'],
		['/articles/1'],
		['www.rt.com/news/1'],
		['not a url'],
		[''],
		[null],
		[undefined]
	])('never links %j', (url) => {
		expect(safeHref(url)).toBeNull();
	});
});
