import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SourceAddress from './SourceAddress.svelte';

const html = (url: string) => render(SourceAddress, { props: { url } }).body;
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('SourceAddress', () => {
	it('links a web address to itself, opening the outlet in a new tab', () => {
		const markup = html('https://www.rt.com/news/1');
		expect(hrefs(markup)).toEqual(['https://www.rt.com/news/1']);
		expect(markup).toContain('target="_blank"');
		expect(markup).toContain('rel="external noopener noreferrer nofollow"');
	});

	it.each([
		['javascript:alert(document.cookie)'],
		[' JaVaScRiPt:alert(1)'],
		['java\tscript:alert(1)'],
		['data:text/html,<script>alert(1)</script>'],
		['www.rt.com/news/1']
	])('shows %j as text, never as an href', (url) => {
		const markup = html(url);
		expect(markup).not.toMatch(/<a\b/);
		expect(hrefs(markup)).toEqual([]);
		expect(markup).toContain('not a web address, so not linked');
		expect(markup).not.toContain('<script>');
	});
});
