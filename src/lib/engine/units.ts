// Splits an article into its units — body sentences, whole headlines and captions, runs of site
// furniture — with exact offsets, before any coding: what analyzeText codes, and what tells
// whether an article has a body sentence at all.
import {
	classifyBlocks,
	isHeadlineList,
	isSidebar,
	isTitle,
	type Block,
	type BlockKind
} from './furniture';
import { noTextReason, type NoTextReason } from './readable';
import { capUnit, splitSentences } from './sentences';
import { countWords } from './text';

export type UnitKind = BlockKind;

export interface UnitSpan {
	start: number;
	end: number;
	kind: UnitKind;
}

export interface SplitOptions {
	/** The title the source gives; a line equal to it is the headline. */
	title?: string | null;
}

/** Units in text order, from the text's classified blocks. */
function unitsOf(
	text: string,
	blocks: readonly Block[],
	title: string | null | undefined
): UnitSpan[] {
	// A site that runs the title into the first paragraph: that sentence is the headline.
	const kindOf = (sentence: string): UnitKind =>
		isTitle(sentence, title)
			? 'headline'
			: isHeadlineList(sentence) || isSidebar(sentence)
				? 'boilerplate'
				: 'body';
	const body = splitSentences(
		text,
		blocks.filter((b) => b.kind === 'body')
	).map((s) => ({ ...s, kind: kindOf(text.slice(s.start, s.end)) }));
	const units: UnitSpan[] = [];
	let b = 0;
	for (const block of blocks) {
		if (block.kind === 'body') {
			while (b < body.length && (body[b]?.start ?? Infinity) < block.end) units.push(body[b++]!);
			continue;
		}
		const prev = units.at(-1);
		if (block.kind === 'boilerplate' && prev?.kind === 'boilerplate') prev.end = block.end;
		else if (block.kind === 'boilerplate') units.push({ ...block });
		// Headlines and captions are read like sentences, so they are capped like them.
		else for (const span of capUnit(text, block)) units.push({ ...span, kind: block.kind });
	}
	return units;
}

/** The article's units in text order; they cover its text and never overlap. */
export function splitUnits(text: string, options: SplitOptions = {}): UnitSpan[] {
	return unitsOf(text, classifyBlocks(text, options), options.title);
}

/**
 * Why the article has no body sentence to code (see readable.ts), or null when it has one. Reads
 * only its furniture when that settles it: the sentence splitter is the costly part, and a body
 * block that is not a headline list as a whole always holds a sentence that is not one either
 * (its words, and its capitalised share, are those of its sentences together).
 */
export function noTextOf(text: string, options: SplitOptions = {}): NoTextReason | null {
	const words = countWords(text);
	if (words === 0) return 'empty';
	const blocks = classifyBlocks(text, options);
	// A block that opens with the title or holds a sidebar may hold no body sentence: split it.
	const plainBody = (b: Block) => {
		const block = text.slice(b.start, b.end);
		const opening = options.title ? block.slice(0, options.title.length + 1) : '';
		return !isHeadlineList(block) && !isSidebar(block) && !isTitle(opening, options.title);
	};
	if (blocks.some((b) => b.kind === 'body' && plainBody(b))) return null;
	const units = blocks.some((b) => b.kind === 'body')
		? unitsOf(text, blocks, options.title)
		: blocks;
	return noTextReason({
		words,
		body: units.filter((unit) => unit.kind === 'body').length,
		headlinesAndCaptions: units.filter(
			(unit) => unit.kind === 'headline' || unit.kind === 'caption'
		).length
	});
}
