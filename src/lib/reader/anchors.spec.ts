import { describe, expect, it } from 'vitest';
import { readUnitAnchor, unitAnchor } from './anchors';

describe('readUnitAnchor', () => {
	it.each<[string, string, number | null]>([
		['reads the ordinal of a unit hash', '#unit-4', 4],
		['reads unit 0', '#unit-0', 0],
		['accepts the fragment without its #', 'unit-12', 12],
		['an empty hash names no unit', '', null],
		['another anchor names no unit', '#main', null],
		['a negative ordinal names no unit', '#unit--1', null],
		['leading zeros name no unit', '#unit-01', null],
		['trailing text names no unit', '#unit-3x', null],
		['an ordinal too long to be real names no unit', '#unit-12345678901', null]
	])('%s', (_, hash, expected) => {
		expect(readUnitAnchor(hash)).toBe(expected);
	});

	it('reads back the anchor unitAnchor writes', () => {
		expect(unitAnchor(7)).toBe('unit-7');
		expect(readUnitAnchor(`#${unitAnchor(7)}`)).toBe(7);
	});
});
