// Reads strings back out of a PDF, as a PDF reader decodes them: for tests of the PDFs Parallax
// writes (src/lib/export/pdf.ts), in unit and end-to-end tests alike.

/** A PDF string (literal or hex) starting at `at`, decoded to text. */
export function decodeString(text: string, at: number): string {
	const bytes: number[] = [];
	if (text[at] === '<') {
		const hex = text.slice(at + 1, text.indexOf('>', at)).replace(/\s/g, '');
		for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
	} else {
		if (text[at] !== '(') throw new Error(`no PDF string at ${at}`);
		const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
		let depth = 1;
		for (let i = at + 1; ; i++) {
			const c = text[i]!;
			if (c === '\\') {
				const next = text[++i]!;
				const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
				if (octal) {
					bytes.push(parseInt(octal[0], 8));
					i += octal[0].length - 1;
				} else if (next === '\n') continue;
				else bytes.push(escapes[next] ?? next.charCodeAt(0));
				continue;
			}
			// A reader takes an unescaped CR or CRLF inside a literal string for a plain LF.
			if (c === '\r') {
				if (text[i + 1] === '\n') i++;
				bytes.push(10);
				continue;
			}
			if (c === '(') depth++;
			if (c === ')' && --depth === 0) break;
			bytes.push(c.charCodeAt(0));
		}
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		let out = '';
		for (let i = 2; i < bytes.length; i += 2)
			out += String.fromCharCode(bytes[i]! * 256 + bytes[i + 1]!);
		return out;
	}
	return String.fromCharCode(...bytes);
}

/** A field of the file's /Info dictionary (Title, Creator), decoded; null when there is none. */
export function infoField(file: Uint8Array, key: string): string | null {
	const text = Buffer.from(file).toString('latin1');
	const infoAt = /\/Info (\d+) 0 R/.exec(text.slice(text.lastIndexOf('trailer')))?.[1];
	if (!infoAt) return null;
	const info = text.slice(text.indexOf(`\n${infoAt} 0 obj\n`));
	const at = info.indexOf(`/${key} `);
	return at === -1 ? null : decodeString(info, at + key.length + 2);
}
