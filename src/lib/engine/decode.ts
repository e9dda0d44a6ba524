// Turns a file's bytes into text; bytes that are not valid UTF-8 are an error, never replaced silently.
import { InputError } from './input-error';

/** Decodes UTF-8 (a leading byte-order mark is dropped), naming the file and byte when it is not. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const decoded = new TextDecoder('utf-8').decode(bytes);
		const at = decoded.indexOf('\uFFFD');
		const line = decoded.slice(0, Math.max(at, 0)).split('\n').length;
		throw new InputError([
			{
				file,
				row: line,
				reason: 'contains bytes that are not valid UTF-8 (is the file in another encoding?)'
			}
		]);
	}
}
