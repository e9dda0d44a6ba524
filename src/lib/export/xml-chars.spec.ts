// dropNonXmlChars: an export stays well-formed XML whatever control characters its text carried.
import { describe, expect, it } from 'vitest';
import { dropNonXmlChars } from './xml-chars';

describe('dropNonXmlChars', () => {
	it.each<[string, string, string]>([
		['a NUL', '<t>a\u0000b</t>', '<t>ab</t>'],
		['a start-of-heading control', '<t>\u0001@SUM(1)</t>', '<t>@SUM(1)</t>'],
		['an escape and a unit separator', '<t>\u001b[31m\u001f</t>', '<t>[31m</t>'],
		['a lone high surrogate', '<t>a\ud83db</t>', '<t>ab</t>'],
		['a lone low surrogate', '<t>a\ude00b</t>', '<t>ab</t>'],
		['U+FFFE and U+FFFF', '<t>\ufffe\uffff</t>', '<t></t>']
	])('drops %s', (_, xml, expected) => {
		expect(dropNonXmlChars(xml)).toBe(expected);
	});

	it('turns a vertical tab and a form feed into line breaks, as the import does with text', () => {
		expect(dropNonXmlChars('<t>x\u000b\u000cy</t>')).toBe('<t>x\n\ny</t>');
	});

	it.each<[string, string]>([
		['tab, line feed and carriage return', '<t>a\tb\nc\rd</t>'],
		['a surrogate pair', '<t>\ud83d\ude00</t>'],
		['DEL and C1 controls, which XML 1.0 allows', '<t>\u007f\u0085</t>'],
		['markup and references', '<?xml version="1.0"?>\n<t a="&amp;">&lt;script&gt;</t>'],
		['Cyrillic and full-width text', '<t>Россия \uff1d</t>']
	])('keeps %s', (_, xml) => {
		expect(dropNonXmlChars(xml)).toBe(xml);
	});
});
