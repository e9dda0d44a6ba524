import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { EvidenceCode, EvidenceUnit } from '$lib/coded-corpus';
import ArticleText from './ArticleText.svelte';
import { segmentArticle } from './segments';

/** The text a browser would hold for the rendered HTML: tags dropped, entities decoded. */
function textOf(html: string): string {
	const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '');
	return body.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => {
		const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };
		return entities[name]!;
	});
}

const code = (frame: string, cues: [number, number][]): EvidenceCode => ({
	frame,
	confidence: 0.75,
	source: 'US',
	targets: ['Russia'],
	cues: cues.map(([start, end]) => ({ start, end, rule: 'r' }))
});

function unit(
	text: string,
	ordinal: number,
	piece: string,
	kind: EvidenceUnit['kind'],
	codes: EvidenceCode[] = []
): EvidenceUnit {
	const start = text.indexOf(piece);
	return {
		id: ordinal,
		article: 1,
		ordinal,
		kind,
		start,
		end: start + piece.length,
		text: piece,
		actors: [],
		codes
	};
}

function renderText(text: string, units: EvidenceUnit[], showFurniture = false) {
	return render(ArticleText, {
		props: {
			segments: segmentArticle(text, units),
			colours: new Map([
				['accusation', '#CC79A7'],
				['cooperation_urged', '#009E73']
			]),
			actorLabels: new Map([['US', 'United States']]),
			targeted: null,
			selected: null,
			showFurniture,
			onselect: () => {}
		}
	}).body;
}

describe('ArticleText', () => {
	const text =
		'Home | News\n\nUS & Russia <b>clash</b>\n\n  The US accused Russia.\tIt "refused" to cooperate.\nPhoto: <img src=x onerror=alert(1)>\nShare\n';
	const units = [
		unit(text, 0, 'Home | News', 'boilerplate'),
		unit(text, 1, 'US & Russia <b>clash</b>', 'headline'),
		unit(text, 2, 'The US accused Russia.', 'body', [code('accusation', [[7, 14]])]),
		unit(text, 3, 'It "refused" to cooperate.', 'body', [
			code('accusation', [[4, 11]]),
			code('cooperation_urged', [[8, 25]])
		]),
		unit(text, 4, 'Photo: <img src=x onerror=alert(1)>', 'caption'),
		unit(text, 5, 'Share', 'boilerplate')
	];

	it.each([
		['with furniture folded', false],
		['with furniture shown', true]
	])('holds the article text exactly, %s', (_, showFurniture) => {
		const html = renderText(text, units, showFurniture);
		const inner = /data-testid="article-text">([\s\S]*)<\/div>/.exec(html)?.[1] ?? '';
		expect(textOf(inner)).toBe(text);
	});

	it('renders markup in the article as text', () => {
		const html = renderText(text, units);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('gives each unit its anchor, kind and frames', () => {
		const html = renderText(text, units);
		expect(html).toMatch(
			/id="unit-1" class="unit headline[^"]*" data-kind="headline" data-frames=""/
		);
		expect(html).toMatch(
			/id="unit-3" class="unit coded body[^"]*" data-kind="body" data-frames="accusation cooperation_urged"/
		);
		expect(html).toContain(
			'aria-label="Coded sentence: accusation, source United States, target Russia. The US accused Russia."'
		);
	});

	it('folds furniture behind a toggle that says how many lines it hides', () => {
		const html = renderText(text, units);
		expect(html).toContain('aria-label="Site furniture · 1 line — show"');
		expect(html).toMatch(/id="furniture-0" hidden=""/);
		expect(renderText(text, units, true)).not.toContain('furniture-toggle');
	});
});
