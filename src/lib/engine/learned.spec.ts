import { describe, expect, it } from 'vitest';
import { analyzeText, learnedModel } from './analyze';
import { defaultCodebook, loadCodebook } from './codebook';
import defaultJson from './codebooks/default.json';
import {
	driverSpans,
	featuresOf,
	learnedRule,
	modelServes,
	probabilities,
	scoreFrame,
	stem,
	type FrameWeights,
	type LearnedModel,
	type UnitSignals
} from './learned';

const signals = (text: string, extra: Partial<UnitSignals> = {}): UnitSignals => ({
	text,
	headline: false,
	actors: [],
	cues: [],
	ruleFrames: [],
	neighbourFrames: [],
	articleFrames: [],
	ownSide: null,
	voice: false,
	speaker: null,
	attributed: false,
	firstPerson: false,
	quoted: false,
	warStory: true,
	enemyInStory: true,
	...extra
});

/** A model that codes accusation on the word "shelled" alone, for the specs' articles. */
const SHELLED: LearnedModel = {
	codebook: 'default',
	about: 'spec',
	frames: [{ frame: 'accusation', bias: -4, threshold: 0.5, weights: { 'w:shell': 6 } }]
};

describe('the learned features', () => {
	it('folds inflections onto one stem and numbers onto one token', () => {
		expect(new Set(['accuses', 'accused', 'accusing'].map(stem)).size).toBe(1);
		expect(stem('1400')).toBe(stem('37'));
		expect(stem('Syria’s')).toBe('syria');
	});

	it('reads an actor as its side, and as the voice’s own side or its rival', () => {
		const text = 'Russian jets bombed the market.';
		const names = featuresOf(
			signals(text, { actors: [{ actor: 'Russia', start: 0, end: 7 }], ownSide: 'west' }),
			defaultCodebook
		).map((f) => f.name);
		expect(names).toEqual(
			expect.arrayContaining(['w:@east', 'w:@rival', 'b:@east jets', 'b:@rival jets', 'w:bomb'])
		);
		expect(names).not.toContain('w:russian');
	});

	it('keeps the span of each word feature, so a code can name its words', () => {
		const text = 'Regime forces shelled the district.';
		const shell = featuresOf(signals(text), defaultCodebook).find((f) => f.name === 'w:shell');
		expect(text.slice(...shell!.span!)).toBe('shelled');
	});

	it('scores with the logistic of the summed weights and lists the positive ones', () => {
		const features = featuresOf(signals('Regime forces shelled the district.'), defaultCodebook);
		const scored = scoreFrame(SHELLED.frames[0]!, features);
		expect(scored.probability).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
		expect(scored.drivers.map((d) => d.feature.name)).toEqual(['w:shell']);
		expect(driverSpans(scored)).toEqual([{ span: [14, 21], feature: 'w:shell' }]);
	});

	it('scores on the fast path as on the explaining one, each feature once per unit', () => {
		const frames: FrameWeights[] = [
			{
				frame: 'accusation',
				bias: -2,
				threshold: 0.5,
				weights: {
					'w:shell': 1.5,
					[`b:${stem('forces')} shell`]: 0.75,
					'w:@east': -0.5,
					'ctx:headline': 2
				}
			},
			{ frame: 'cooperation_urged', bias: -1, threshold: 0.5, weights: { 'w:shell': -3 } }
		];
		const units = [
			signals('Regime forces shelled, and shelled again, the district.'),
			signals('Russian forces shelled it.', { actors: [{ actor: 'Russia', start: 0, end: 7 }] }),
			signals('Forces shelled the town.', { headline: true }),
			signals('Nothing here.')
		];
		// Twice over: what one unit counted must not stop the next from counting it.
		for (const unit of [...units, ...units]) {
			const features = featuresOf(unit, defaultCodebook);
			const fast = probabilities(frames, unit, defaultCodebook);
			frames.forEach((model, k) =>
				expect(fast[k]).toBeCloseTo(scoreFrame(model, features).probability, 12)
			);
		}
		expect(probabilities(frames, units[0]!, defaultCodebook)[0]).toBeCloseTo(
			1 / (1 + Math.exp(-(-2 + 1.5 + 0.75))),
			12
		);
	});

	it('names as a code’s words only words that explain it, not “is” or an actor’s side', () => {
		const text = 'Russian jets shelled the market.';
		const features = featuresOf(
			signals(text, { actors: [{ actor: 'Russia', start: 0, end: 7 }] }),
			defaultCodebook
		);
		const model = {
			frame: 'accusation',
			bias: 0,
			threshold: 0.5,
			weights: { 'w:the': 3, 'b:@east jet': 2.5, 'w:shell': 1, 'b:the market': 0.5 }
		};
		expect(driverSpans(scoreFrame(model, features)).map((d) => d.feature)).toEqual([
			'w:shell',
			'b:the market'
		]);
	});

	it('names a learned cue by the kind of feature behind it, never as a codebook rule', () => {
		expect(learnedRule('w:shell')).toBe('learned · words');
		expect(learnedRule('b:@rival forc')).toBe('learned · words');
		expect(learnedRule('cue:blame:not')).toBe('learned · cue blame (negated)');
		expect(learnedRule('x:accusation&voice')).toBe('learned · accusation cue');
	});

	it('serves only the codebook it was trained to, and only while its frames are there', () => {
		expect(modelServes(SHELLED, defaultCodebook)).toBe(true);
		expect(modelServes(learnedModel, defaultCodebook)).toBe(true);
		expect(modelServes(SHELLED, { ...defaultCodebook, id: 'mine' })).toBe(false);
		const without = loadCodebook(
			{
				...defaultJson,
				frames: defaultJson.frames.filter((f) => f.id !== 'accusation')
			},
			'spec'
		);
		expect(modelServes(SHELLED, without)).toBe(false);
		expect(modelServes(null, defaultCodebook)).toBe(false);
	});
});

describe('analyzeText with a learned model', () => {
	const codes = (text: string, options: Parameters<typeof analyzeText>[2] = {}) =>
		analyzeText(text, defaultCodebook, { model: SHELLED, ...options }).flatMap((u) =>
			u.frames.map((f) => ({
				frame: f.frame,
				source: f.source,
				targets: f.targets,
				cue: f.cues.map((c) => `${text.slice(c.start, c.end)} (${c.rule})`)
			}))
		);
	/** Each code's direction, "source→target+target". */
	const directions = (text: string) => codes(text).map((c) => `${c.source}→${c.targets.join('+')}`);

	it('codes where the rules are silent, naming the words that drove it', () => {
		const text = 'The opposition said regime forces shelled the district.';
		expect(analyzeText(text, defaultCodebook, { model: null })[0]?.frames).toEqual([]);
		expect(codes(text)).toEqual([
			{
				frame: 'accusation',
				source: 'Syrian opposition',
				targets: ['Syria'],
				cue: ['shelled (learned · words)']
			}
		]);
	});

	it('gives a state outlet’s narration its side as the source', () => {
		expect(codes('Regime forces shelled the district.', { outlet: 'etilaf' })).toMatchObject([
			{ source: 'Syrian opposition', targets: ['Syria'] }
		]);
	});

	it('takes as the voice only a subject next to its verb, not a party inside a clause before it', () => {
		const text = [
			'The opposition accused Syrian forces of war crimes.',
			'Syrian forces shelled homes and 20 died as media reported.'
		].join('\n');
		expect(directions(text)).toEqual(['Syrian opposition→Syria', 'Syrian opposition→Syria']);
	});

	it('carries the last source to the next sentences of the same account', () => {
		const text = [
			'The opposition accused Russia of war crimes in Aleppo.',
			'Russian jets shelled the market.'
		].join('\n');
		expect(directions(text)).toEqual(['Syrian opposition→Russia', 'Syrian opposition→Russia']);
	});

	it('carries the party the account was about as the target when none is named', () => {
		const text = [
			'Damascus said the Syrian army holds the city, and the Syrian government agreed.',
			'The opposition accused Russia of war crimes in Aleppo.',
			'The opposition said warplanes shelled the market.'
		].join('\n');
		expect(directions(text)).toEqual(['Syrian opposition→Russia', 'Syrian opposition→Russia']);
	});

	it('leaves a unit naming no side uncoded, whatever its words', () => {
		expect(codes('Unknown gunmen shelled the district.')).toEqual([]);
	});

	it('keeps the rules’ own code where they fire, with their cue and confidence', () => {
		const text = 'The opposition accused Russia of war crimes in Aleppo.';
		const withModel = analyzeText(text, defaultCodebook, { model: SHELLED })[0]!.frames;
		const rulesOnly = analyzeText(text, defaultCodebook, { model: null })[0]!.frames;
		expect(withModel).toEqual(rulesOnly);
	});

	it('stays out of a codebook the model was not trained to', () => {
		const mine = { ...defaultCodebook, id: 'mine' };
		const text = 'The opposition said regime forces shelled the district.';
		expect(analyzeText(text, mine, { model: SHELLED })[0]?.frames).toEqual([]);
	});
});
