// A briefing's items as slides (the charts' own slide exports, quotes drawn as text slides) and
// the sources.csv that lists every quoted article and every chart's filters.
import type { ComposedChart } from '$lib/export/compose';
import { composeQuoteSlide, type SlideQuote } from '$lib/export/compose-slide';
import { exportFileName } from '$lib/export/file-name';
import type { ExportFonts } from '$lib/export/fonts';
import { safeCsv, type CsvCell } from '$lib/export/safe-csv';
import { frameColours, frameName } from '$lib/charts/frame-colours';
import type { EvidenceUnit } from '$lib/coded-corpus';
import { describeConfidence } from '$lib/dashboard/confidence';
import { readFilters } from '$lib/dashboard/filters';
import { safeHref } from '$lib/engine/safe-href';
import type { BriefingItem, QuotePin, StorylinePin } from './items';

export type ComposeChartSlide = (
	size: 'slide',
	note: string,
	date: string
) => Promise<ComposedChart>;

function slideQuote(unit: EvidenceUnit, article: QuotePin['article']): SlideQuote {
	const frames = [...new Set(unit.codes.map((code) => code.frame))];
	const colours = frameColours(frames);
	return {
		source: `${article.outlet} · ${article.dateLabel} · ${article.title}`,
		article: article.title,
		text: unit.text,
		frames: frames.map((frame) => ({ label: frameName(frame), colour: colours.get(frame)! }))
	};
}

/** The article's address as a slide cites it: only a web address, never whatever else a file gave. */
function webAddress(article: QuotePin['article']): string {
	const href = safeHref(article.url);
	return href ? ` · ${href}` : '';
}

/** The minimum confidence a pin's codes were shown under, or null when every code was. */
function minConfidenceOf(pin: BriefingItem['pin']): number | null {
	if (pin.kind === 'quote') return pin.minConfidence ?? null;
	return readFilters(new URLSearchParams(pin.query)).minConfidence;
}

/**
 * The source line of a quote or storyline slide: its article or storyline, the minimum confidence
 * its codes were shown under (if any), and the export's date. A chart's slide has its chart's.
 */
export function slideSource(pin: QuotePin | StorylinePin, date: string): string {
	const min = minConfidenceOf(pin);
	const said =
		pin.kind === 'quote'
			? `${pin.article.outlet}, “${pin.article.title}”, ${pin.article.dateLabel}${webAddress(pin.article)}`
			: `storyline ${pin.key} · ${pin.outlets.length} outlets`;
	return ['Parallax', said, min === null ? null : describeConfidence(min), date]
		.filter((part) => part !== null)
		.join(' · ');
}

/** One slide for an item: the chart's own slide export, or a quote slide stating its article. */
export async function itemSlide(
	item: BriefingItem,
	chartOf: (itemId: number) => ComposeChartSlide | undefined,
	fonts: ExportFonts,
	date: string
): Promise<ComposedChart> {
	const pin = item.pin;
	if (pin.kind === 'chart') {
		const compose = chartOf(item.id);
		if (!compose) throw new Error(`Item ${item.position + 1}: the ${pin.chart} chart is not drawn`);
		return compose('slide', item.caption, date);
	}
	if (pin.kind === 'quote')
		return composeQuoteSlide(
			{
				heading: `${pin.article.outlet}: ${pin.unit.codes.length > 0 ? frameName(pin.unit.codes[0]!.frame) : 'quote'}`,
				quotes: [slideQuote(pin.unit, pin.article)],
				caption: item.caption,
				source: slideSource(pin, date)
			},
			fonts
		);
	const outlets = pin.outlets.length;
	return composeQuoteSlide(
		{
			heading: `${pin.label} — told by ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`,
			quotes: pin.outlets.flatMap((outlet) =>
				outlet.units.slice(0, 1).map(({ unit, article }) => slideQuote(unit, article))
			),
			caption: item.caption,
			source: slideSource(pin, date)
		},
		fonts
	);
}

/** The file name of an item's PNG in the ZIP: numbered in briefing order. */
export function slideFileName(item: BriefingItem, date: string): string {
	const number = String(item.position + 1).padStart(2, '0');
	const pin = item.pin;
	const what =
		pin.kind === 'chart'
			? pin.chart
			: pin.kind === 'quote'
				? `quote-${pin.article.outlet}`
				: `storyline-${pin.label}`;
	return exportFileName({ chart: `${number}-${what}`, date, format: 'png' }).replace(
		/^parallax-/,
		'slide-'
	);
}

const SOURCE_COLUMNS = [
	'slide',
	'kind',
	'caption',
	'chart',
	'corpus',
	'filters',
	'outlet',
	'article_id',
	'article_title',
	'article_date',
	'article_url',
	'quote'
];

/**
 * Every quoted article and every chart's filters, a row each (a storyline gives a row per quoted
 * sentence). `filtersOf` writes a chart's query in words; a quote's or storyline's filters are the
 * minimum confidence its codes were shown under, if any.
 */
export function sourcesCsv(
	items: readonly BriefingItem[],
	corpusName: (slug: string) => string,
	filtersOf: (item: BriefingItem) => string
): string {
	const rows = items.flatMap((item): Record<string, CsvCell>[] => {
		const base = {
			slide: item.position + 1,
			kind: item.pin.kind,
			caption: item.caption,
			corpus: corpusName(item.pin.corpus)
		};
		const pin = item.pin;
		if (pin.kind === 'chart') return [{ ...base, chart: pin.title, filters: filtersOf(item) }];
		const quoted =
			pin.kind === 'quote'
				? [{ unit: pin.unit, article: pin.article }]
				: pin.outlets.flatMap((outlet) => outlet.units);
		const min = minConfidenceOf(pin);
		return quoted.map(({ unit, article }) => ({
			...base,
			chart: pin.kind === 'storyline' ? pin.label : null,
			filters: min === null ? null : describeConfidence(min),
			outlet: article.outlet,
			article_id: article.id,
			article_title: article.title,
			article_date: article.dateLabel,
			article_url: safeHref(article.url),
			quote: unit.text
		}));
	});
	return safeCsv(SOURCE_COLUMNS, rows);
}
