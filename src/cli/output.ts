// Writes results whole or not at all: to a temporary file beside the target, renamed into place.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Papa from 'papaparse';

export function writeAtomically(path: string, content: string): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
	try {
		writeFileSync(temporary, content, 'utf8');
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

/** CSV that spreadsheets open safely: cells that would start a formula (= + - @, tab, CR) are prefixed with '. */
export function toSafeCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly string[]
): string {
	return Papa.unparse(
		{ fields: [...columns], data: rows.map((row) => columns.map((column) => row[column] ?? '')) },
		{ escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' }
	);
}
