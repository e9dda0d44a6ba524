// The outlet edit form's fields as the server reads them: the type comes from the list, or from
// the box beside it when something is typed there.
export const OTHER_TYPE = 'other…';

export interface OutletFormValues {
	name: string;
	domain: string;
	country: string;
	/** The list's choice: a type, '' for none, or OTHER_TYPE. */
	typeChoice: string;
	typeOther: string;
	/** What the type becomes: the typed text when there is any, else the list's choice. */
	type: string | null;
	keepOldName: boolean;
}

export function readOutletForm(data: FormData): OutletFormValues {
	const text = (key: string) => {
		const value = data.get(key);
		return typeof value === 'string' ? value : '';
	};
	const typeChoice = text('type');
	const typeOther = text('type-other');
	return {
		name: text('name'),
		domain: text('domain'),
		country: text('country'),
		typeChoice,
		typeOther,
		type:
			typeOther.trim() !== ''
				? typeOther
				: typeChoice === '' || typeChoice === OTHER_TYPE
					? null
					: typeChoice,
		keepOldName: data.get('keep-old-name') === 'on'
	};
}
