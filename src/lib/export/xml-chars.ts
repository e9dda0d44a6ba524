// What an exported SVG may hold: XML 1.0 refuses some characters outright, even escaped.

/**
 * Characters no XML 1.0 document may hold, raw or as a reference: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. The browser's XMLSerializer writes
 * them as they are, so one in an outlet name or a caption would leave a file no SVG reader opens
 * (and a PNG export, drawn from that file, that fails).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Serialised XML without the characters XML cannot hold; everything else is left as it is. */
export function dropNonXmlChars(xml: string): string {
	return xml.replace(NOT_XML, '');
}
