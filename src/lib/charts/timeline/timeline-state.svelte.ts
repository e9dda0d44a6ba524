// The frame timeline's one owner of layout and scales: the counts, the band and linear scales, the
// thinned axis labels and where the notes on unplaced sentences go. Layers only read it.
import { scaleBand, scaleLinear } from 'd3';
import { createContext } from 'svelte';
import { tickLabel, type TimeBin } from '$lib/dashboard/time-bins';
import type { DashboardView } from '$lib/dashboard/view';
import { ChartState } from '../chart-state';
import { timelineData, type TimelineBy, type UnplacedNote } from './timeline-data';

export interface TimelineProps {
	view: DashboardView;
	width: number;
	by: TimelineBy;
}

export interface XTick {
	bin: TimeBin;
	/** The band's centre. */
	x: number;
	text: string;
	/** The year, under the first label and wherever the year changes; null elsewhere. */
	year: string | null;
}

export type NoteLine =
	| { kind: 'link'; note: UnplacedNote; y: number; lines: string[] }
	| { kind: 'text'; y: number; lines: string[] };

const TICK_FONT = 11;
const NOTE_FONT = 12;
const NOTE_LINE = 16;
const NOTE_GAP = 6;
const NOTE_INDENT = 20;
const LABEL_GAP = 8;
const MAX_BAR = 48;

/** A generous estimate of a system-ui label's width, so thinned labels never touch. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.6;
}

/** Greedy word wrap to an estimated width; server-rendered SVG cannot measure text. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const fits = (line: string) => line.length * fontSize * 0.55 <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && !fits(next)) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** The first step from `steps` at least `raw`, continuing 1-2-5 by tens past the list. */
function niceStep(raw: number, steps: readonly number[]): number {
	const listed = steps.find((step) => step >= raw);
	if (listed !== undefined) return listed;
	for (let power = 10; ; power *= 10)
		for (const step of [power, 2 * power, 5 * power]) if (step >= raw) return step;
}

export class TimelineState extends ChartState<TimelineProps> {
	readonly plotHeight = 200;
	readonly margin = { top: 28, right: 16, bottom: 40 };

	readonly width = $derived(Math.max(this.props().width, 320));
	readonly by = $derived(this.props().by);
	readonly data = $derived(timelineData(this.props().view, this.by));
	readonly granularity = $derived(this.data.granularity);
	/** Nothing to plot: the chart shows a message (and the unplaced notes) instead. */
	readonly empty = $derived(this.data.columns.length === 0);

	readonly plotTop = $derived(this.margin.top);
	readonly plotBottom = $derived(this.margin.top + this.plotHeight);

	readonly yTickCount = $derived(Math.max(1, Math.min(5, this.data.max)));

	readonly y = $derived(
		scaleLinear()
			.domain([0, Math.max(1, this.data.max)])
			.range([this.plotBottom, this.plotTop])
			.nice(this.yTickCount)
	);

	/** Whole numbers only: a count of sentences has no halves. */
	readonly yTicks: number[] = $derived(this.y.ticks(this.yTickCount).filter(Number.isInteger));

	readonly plotLeft = $derived(
		Math.ceil(Math.max(...this.yTicks.map((tick) => textWidth(String(tick), TICK_FONT)), 0)) + 14
	);
	readonly plotRight = $derived(this.width - this.margin.right);

	readonly x = $derived(
		scaleBand<string>()
			.domain(this.data.columns.map((column) => column.bin.key))
			.range([this.plotLeft, this.plotRight])
			.paddingInner(0.2)
			.paddingOuter(0.1)
	);

	readonly barWidth = $derived(Math.min(this.x.bandwidth(), MAX_BAR));

	/** Left edge of a bin's column, centred in its band. */
	barX(bin: TimeBin): number {
		return (this.x(bin.key) ?? 0) + (this.x.bandwidth() - this.barWidth) / 2;
	}

	/**
	 * Axis labels thinned so none overlaps: every n-th bin, where n is the smallest step that fits
	 * the widest label, rounded to steps that land on quarters and years for months.
	 */
	readonly xTicks: XTick[] = $derived.by(() => {
		const bins = this.data.columns.map((column) => column.bin);
		if (bins.length === 0) return [];
		const granularity = this.granularity;
		const widest = Math.max(
			textWidth('0000', TICK_FONT),
			...bins.map((bin) => textWidth(tickLabel(bin, granularity), TICK_FONT))
		);
		const raw = Math.max(1, Math.ceil((widest + LABEL_GAP) / this.x.step()));
		const yearOf = (bin: TimeBin) => bin.from.slice(0, 4);
		let shown: TimeBin[];
		let yearsOnly = granularity === 'year';
		if (granularity === 'week') shown = bins.filter((_, i) => i % raw === 0);
		else if (granularity === 'year') {
			const step = niceStep(raw, [1, 2, 5]);
			shown = bins.filter((bin) => Number(yearOf(bin)) % step === 0);
		} else if (raw <= 6) {
			const step = niceStep(raw, [1, 2, 3, 6]);
			shown = bins.filter((bin) => (Number(bin.from.slice(5, 7)) - 1) % step === 0);
		} else {
			const step = niceStep(Math.ceil(raw / 12), [1, 2, 5]);
			shown = bins.filter(
				(bin) => bin.from.slice(5, 10) === '01-01' && Number(yearOf(bin)) % step === 0
			);
			yearsOnly = true;
		}
		if (shown.length === 0) shown = [bins[0]!];
		const centre = (bin: TimeBin) => (this.x(bin.key) ?? 0) + this.x.bandwidth() / 2;
		return shown.map((bin, i) => ({
			bin,
			x: centre(bin),
			text: yearsOnly ? yearOf(bin) : tickLabel(bin, granularity),
			year: yearsOnly || (i > 0 && yearOf(shown[i - 1]!) === yearOf(bin)) ? null : yearOf(bin)
		}));
	});

	/** The notes under the plot: unplaced sentences (links), then caveats on what is placed. */
	readonly notes: NoteLine[] = $derived.by(() => {
		const { unplaced, approximate, multiFramed, granularity } = this.data;
		const lineWidth = this.width - NOTE_INDENT;
		const caveats: string[] = [];
		if (!this.empty && approximate)
			caveats.push(
				`Approximate dates (“c.”) are placed as given and may be off by a few days, so a sentence near the edge of a ${granularity} may belong to the one before or after.`
			);
		if (!this.empty && multiFramed)
			caveats.push('A sentence carrying two frames counts once in each frame’s segment.');
		let y = this.notesTop;
		const lines: NoteLine[] = [];
		for (const note of unplaced) {
			const wrapped = wrapText(note.text, lineWidth, NOTE_FONT);
			lines.push({ kind: 'link', note, y, lines: wrapped });
			y += wrapped.length * NOTE_LINE + NOTE_GAP;
		}
		for (const caveat of caveats) {
			const wrapped = wrapText(caveat, this.width, NOTE_FONT);
			lines.push({ kind: 'text', y, lines: wrapped });
			y += wrapped.length * NOTE_LINE + NOTE_GAP;
		}
		return lines;
	});

	readonly notesTop = $derived(this.empty ? 0 : this.plotBottom + this.margin.bottom);

	readonly height = $derived(
		this.notes.reduce(
			(bottom, note) => Math.max(bottom, note.y + note.lines.length * NOTE_LINE),
			this.empty ? 0 : this.notesTop
		)
	);

	readonly noteFont = NOTE_FONT;
	readonly noteLine = NOTE_LINE;
	readonly noteIndent = NOTE_INDENT;
	readonly tickFont = TICK_FONT;
}

export const [getTimeline, setTimeline] = createContext<TimelineState>();
