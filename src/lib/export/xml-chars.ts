// What an exported SVG may hold: XML 1.0 refuses some characters outright, even escaped.
import { stripUnsafe } from '$lib/engine/reading/fields';

/**
 * Serialised XML without the characters XML cannot hold (the ones the import keeps out of the
 * store, `stripUnsafe`): the browser's XMLSerializer writes them as they are, so one in an outlet
 * name stored before that rule, or in a caption, would leave a file no SVG reader opens (and a PNG
 * export, drawn from that file, that fails).
 */
export function dropNonXmlChars(xml: string): string {
	return stripUnsafe(xml).text;
}
