import { describe, expect, it } from 'vitest';
import defaultJson from './codebooks/default.json';
import { defaultCodebook, loadCodebook } from './codebook';
import { InputError } from './input-error';

function problemsOf(json: unknown): string[] {
	try {
		loadCodebook(json, 'my-codebook.json');
	} catch (error) {
		if (error instanceof InputError) return error.problems.map((p) => `${p.field}: ${p.reason}`);
		throw error;
	}
	throw new Error('expected loadCodebook to throw');
}

function withFrame(patch: Record<string, unknown>, cuePatch: Record<string, unknown> = {}) {
	const json = structuredClone(defaultJson) as unknown as {
		frames: Record<string, unknown>[];
	};
	const frame = json.frames[2] as { cues: Record<string, unknown>[] };
	Object.assign(frame, patch);
	Object.assign(frame.cues[0] as object, cuePatch);
	return json;
}

describe('loadCodebook', () => {
	it('reads the default codebook with its id, version, frames and actors', () => {
		expect(defaultCodebook.id).toBe('default');
		expect(defaultCodebook.version).toBe('1.1.4');
		expect(defaultCodebook.frames.map((f) => f.id)).toEqual([
			'cooperation_urged',
			'cooperation_refused',
			'accusation'
		]);
		expect(defaultCodebook.actors.map((a) => a.id)).toContain('ISIS');
	});

	it('reads a plain-string alias as case-insensitive and keeps a declared case-sensitive one', () => {
		const isis = defaultCodebook.actors.find((a) => a.id === 'ISIS');
		expect(isis?.aliases).toContainEqual({ text: 'Daesh', caseSensitive: false });
		expect(isis?.aliases).toContainEqual({ text: 'IS', caseSensitive: true });
	});

	it('does not mutate the JSON it reads', () => {
		const json = structuredClone(defaultJson);
		loadCodebook(json);
		expect(json).toEqual(defaultJson);
	});

	it.each([
		[
			'a cue pattern that is not a regular expression',
			withFrame({}, { pattern: '(unclosed' }),
			'frames[2].cues[0].pattern: is not a valid regular expression'
		],
		[
			'a cue weight above 1',
			withFrame({}, { weight: 2 }),
			'frames[2].cues[0].weight: must be a number from 0 to 1'
		],
		[
			'an unknown cue requirement',
			withFrame({}, { requires: 'luck' }),
			'frames[2].cues[0].requires: must be one of enemy-after, party-after, booster, rival-named, author'
		],
		[
			'an unknown stance',
			withFrame({ stance: 'praise' }),
			'frames[2].stance: must be one of joint-action, refusal, charge'
		],
		['a frame without cues', withFrame({ cues: 'accuse' }), 'frames[2].cues: must be a list'],
		[
			'a negated frame that does not exist',
			withFrame({ negates: 'nothing' }),
			'frames[2].negates: "nothing" is not a frame of this codebook'
		]
	])('throws on %s, naming the field path', (_case, json, problem) => {
		expect(problemsOf(json).some((p) => p.startsWith(problem))).toBe(true);
	});

	it('reports every faulty field at once and names the file', () => {
		expect(() => loadCodebook({ id: '', frames: [] }, 'my-codebook.json')).toThrow(
			'my-codebook.json, field "sides": must be a list'
		);
		expect(problemsOf({ id: '', frames: [] })).toEqual([
			'sides: must be a list',
			'lexicons: must be an object',
			'lexicons.speechVerbs: must be a non-empty string',
			'lexicons.negators: must be a non-empty string',
			'lexicons.negationExceptions: must be a non-empty string',
			'lexicons.partners: must be a non-empty string',
			'lexicons.locatives: must be a non-empty string',
			'lexicons.titles: must be a non-empty string',
			'lexicons.organisations: must be a non-empty string',
			'lexicons.commonEnemy: must be a non-empty string',
			'id: must be a non-empty string',
			'version: must be a non-empty string',
			'label: must be a non-empty string',
			'enemySide: must be one of ',
			'actors: must be a list'
		]);
	});

	it('throws on an actor whose side is not one of the codebook sides', () => {
		const json = structuredClone(defaultJson) as unknown as { actors: { side: string }[] };
		(json.actors[0] as { side: string }).side = 'north';
		expect(problemsOf(json)).toEqual(['actors[0].side: must be one of west, east, enemy']);
	});
});
