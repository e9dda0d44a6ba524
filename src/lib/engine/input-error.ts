// An error in someone's input file, located precisely enough to fix it in a spreadsheet.

export interface InputProblem {
	/** The file the problem is in, as the user named it. */
	file: string;
	/** Row as a spreadsheet numbers it (the header is row 1); absent for whole-file problems. */
	row?: number;
	/** The column or field at fault; absent when the whole row or file is. */
	field?: string;
	/** What is wrong, in words the user can act on. */
	reason: string;
}

export function describeProblem({ file, row, field, reason }: InputProblem): string {
	const where = [file, row === undefined ? '' : `row ${row}`, field ? `field "${field}"` : '']
		.filter(Boolean)
		.join(', ');
	return `${where}: ${reason}`;
}

/** Thrown when input cannot be read at all; carries every problem found, not just the first. */
export class InputError extends Error {
	readonly problems: readonly InputProblem[];

	constructor(problems: readonly InputProblem[]) {
		const head = problems.slice(0, 10).map(describeProblem);
		const more = problems.length > 10 ? [`…and ${problems.length - 10} more problems`] : [];
		super([...head, ...more].join('\n'));
		this.name = 'InputError';
		this.problems = problems;
	}
}
