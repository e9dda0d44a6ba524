// The name an archive member goes by in Parallax: always inside its archive, readable, not too
// long. Names are shown on pages and in terminals and stored with every article, never used as
// paths; a name that climbs out (../, /etc, C:\), hides control characters or reorders its own
// text is cleaned, not trusted.
// Relative imports: the analyze CLI loads this module under tsx from any working directory.

/** Longest member name kept whole; a longer one keeps its start and its end (and extension). */
export const MEMBER_NAME_CHARS = 200;

// C0 and C1 controls (NUL, escape sequences, line breaks) and the marks that reorder text, which
// can make "evil\u202Evsc.csv" read as "evilcsv.csv".
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whether the archive lists this entry as a folder (its name ends in a slash). */
export function isFolderEntry(raw: string): boolean {
	return /[\\/]$/.test(raw);
}

/**
 * The member's path inside its archive with `..`, `.`, empty and drive parts and hidden characters
 * taken out, backslashes read as slashes, cut to MEMBER_NAME_CHARS; '' when nothing is left.
 */
export function cleanMemberName(raw: string): string {
	const parts = raw
		.replace(HIDDEN, '')
		.split(/[\\/]/)
		.filter((part) => part !== '' && part !== '.' && part !== '..');
	if (parts.length > 1 && /^[a-z]:$/i.test(parts[0]!)) parts.shift();
	const name = parts.join('/');
	const chars = Array.from(name);
	if (chars.length <= MEMBER_NAME_CHARS) return name;
	const keep = (MEMBER_NAME_CHARS - 1) / 2;
	return `${chars.slice(0, Math.floor(keep)).join('')}…${chars.slice(-Math.ceil(keep)).join('')}`;
}
