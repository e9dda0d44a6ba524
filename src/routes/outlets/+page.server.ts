import { fail, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { setFlash, takeFlash } from '$lib/manage/flash.server';
import { appStore } from '$lib/server/app-store';
import {
	addOutletAlias,
	deleteOutlet,
	describeOutlets,
	editOutlet,
	listManagedOutlets,
	OUTLET_TYPES,
	OutletAdminError,
	removeOutletAlias
} from '$lib/server/outlet-admin';
import { readOutletForm, OTHER_TYPE, type OutletFormValues } from '$lib/manage/outlet-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, cookies }) => {
	const outlets = listManagedOutlets(appStore());
	const used = outlets.map((outlet) => outlet.type).filter((type): type is string => !!type);
	const editing = Number(url.searchParams.get('edit'));
	return {
		outlets,
		types: [...new Set([...OUTLET_TYPES, ...used])],
		editing: outlets.some((outlet) => outlet.id === editing) ? editing : null,
		flash: takeFlash(cookies)
	};
};

const text = (data: FormData, key: string) => {
	const value = data.get(key);
	return typeof value === 'string' ? value : '';
};

function refuse(
	action: 'edit' | 'alias' | 'delete' | 'describe',
	id: number,
	error: unknown,
	values?: OutletFormValues
) {
	if (!(error instanceof OutletAdminError)) throw error;
	return fail(400, { refused: action, id, field: error.field, reason: error.reason, values });
}

const outletsAt = (id: number) => `${resolve('/outlets')}#outlet-${id}`;

export const actions = {
	edit: async ({ request, cookies }) => {
		const data = await request.formData();
		const id = Number(text(data, 'id'));
		const values = readOutletForm(data);
		let outcome;
		try {
			if (values.typeChoice === OTHER_TYPE && values.typeOther.trim() === '')
				throw new OutletAdminError(
					'type',
					'type the other type in the box, or choose one from the list'
				);
			outcome = editOutlet(
				appStore(),
				id,
				{ name: values.name, domain: values.domain, country: values.country, type: values.type },
				{ keepOldName: values.keepOldName }
			);
		} catch (error) {
			return refuse('edit', id, error, values);
		}
		const { outlet, previousName, aliasAdded } = outcome;
		setFlash(
			cookies,
			outlet.name === previousName
				? `Saved ${outlet.name}.`
				: `Renamed ${previousName} to ${outlet.name}${aliasAdded ? `; “${aliasAdded}” is kept as an alias` : ''}.`
		);
		redirect(303, outletsAt(id));
	},
	addAlias: async ({ request }) => {
		const data = await request.formData();
		const id = Number(text(data, 'id'));
		try {
			const alias = addOutletAlias(appStore(), id, text(data, 'alias'));
			return { aliasAdded: { id, alias } };
		} catch (error) {
			return refuse('alias', id, error);
		}
	},
	removeAlias: async ({ request }) => {
		const data = await request.formData();
		const id = Number(text(data, 'id'));
		try {
			return { aliasRemoved: removeOutletAlias(appStore(), text(data, 'alias')) };
		} catch (error) {
			return refuse('alias', id, error);
		}
	},
	describe: async ({ request, cookies }) => {
		const data = await request.formData();
		const ids = data.getAll('from').map(Number);
		const type = text(data, 'describeType');
		const country = text(data, 'describeCountry');
		let outcome;
		try {
			outcome = describeOutlets(appStore(), ids, {
				...(type ? { type } : {}),
				...(country.trim() ? { country } : {})
			});
		} catch (error) {
			return refuse('describe', 0, error);
		}
		const what = [
			outcome.type ? `type ${outcome.type}` : null,
			outcome.country ? `country ${outcome.country}` : null
		]
			.filter(Boolean)
			.join(' and ');
		setFlash(
			cookies,
			`Set ${what} for ${outcome.names.length} outlets: ${outcome.names.join(', ')}.`
		);
		redirect(303, resolve('/outlets'));
	},
	delete: async ({ request }) => {
		const data = await request.formData();
		const id = Number(text(data, 'id'));
		try {
			return { deleted: deleteOutlet(appStore(), id) };
		} catch (error) {
			return refuse('delete', id, error);
		}
	}
} satisfies Actions;
