import { describe, expect, it } from 'vitest';
import { pattern } from './patterns';

describe('pattern', () => {
	it('compiles a source and flags once and hands back the same expression', () => {
		const first = pattern('\\bco-?operat\\w*', 'iu');
		expect(pattern('\\bco-?operat\\w*', 'iu')).toBe(first);
		expect(first.test('Co-operation')).toBe(true);
	});

	it('keeps expressions with different flags apart', () => {
		expect(pattern('US', 'u')).not.toBe(pattern('US', 'iu'));
		expect(pattern('US', 'u').test('us')).toBe(false);
	});
});
