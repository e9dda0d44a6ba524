import { describe, expect, it } from 'vitest';
import { MAX_SPACES, MAX_TOKEN, winkInput } from './wink-input';

/** Every character wink reads is the original's character at the offset it maps back to. */
function expectExactMapping(text: string) {
	const input = winkInput(text);
	expect(input.original(0)).toBe(0);
	expect(input.original(input.text.length)).toBe(text.length);
	for (let w = 0; w < input.text.length; w++) {
		const end = input.original(w + 1);
		expect(end).toBeGreaterThanOrEqual(input.original(w));
		// An inserted space takes no room in the original.
		if (end === input.original(w)) expect(input.text[w]).toBe(' ');
		else if (/\s/.test(text.charAt(end - 1))) expect(input.text[w]).toMatch(/\s/);
		else expect(input.text[w]).toBe(text.charAt(end - 1));
	}
	return input.text;
}

const runs = (text: string, re: RegExp) => (text.match(re) ?? []).map((run) => run.length);

describe('winkInput', () => {
	it('passes ordinary text through unchanged', () => {
		const text =
			'“Work\u00a0together…now,” he said.\n\nhttps://example.com/a-long/path?q=1 — Lavrov';
		const input = winkInput(text);
		expect(input.text).toBe(text);
		expect(input.original(17)).toBe(17);
	});

	it('keeps the head and tail of a long token, one token still, and emoji whole', () => {
		const text = `Moscow said ${'-'.repeat(1000)} and ${'😀'.repeat(700)}.`;
		const read = expectExactMapping(text);
		expect(read).toBe(`Moscow said ${'-'.repeat(MAX_TOKEN)} and ${'😀'.repeat(MAX_TOKEN / 2)}.`);
		expect(Math.max(...runs(read, /\S+/g))).toBeLessThanOrEqual(MAX_TOKEN + 1);
	});

	it('keeps the head and tail of a long run of spaces and line breaks', () => {
		const text = `It ended.${' '.repeat(70_000)}Then ${'\n \u00a0'.repeat(5000)}more.`;
		const read = expectExactMapping(text);
		expect(Math.max(...runs(read, /\s+/g))).toBe(MAX_SPACES);
		const breaks = '\n \u00a0'.repeat(42);
		expect(read).toBe(`It ended.${' '.repeat(256)}Then ${breaks}\n \u00a0${breaks}more.`);
		expect(read.startsWith('It ended.   ')).toBe(true);
		expect(read.endsWith('\n \u00a0more.')).toBe(true);
	});

	it('reads spaces wink would drop as plain spaces, one for one', () => {
		const text = 'One.\u3000\u2003Two.\ufeff\u000bThree.\u2028Four.';
		expect(winkInput(text).text).toBe('One.\u0020\u2003Two.  Three. Four.');
		expectExactMapping(text);
	});

	it('maps offsets exactly with runs at the start and the end', () => {
		expectExactMapping(`${'x'.repeat(600)}${' '.repeat(600)}y`);
		expectExactMapping(`${'\t'.repeat(300)}a${'a.'.repeat(400)}`);
		expectExactMapping(`${'😀'.repeat(129)}x${'😀'.repeat(129)} ${'x😀'.repeat(100)}`);
		expectExactMapping('\u3000'.repeat(2000));
	});
});
