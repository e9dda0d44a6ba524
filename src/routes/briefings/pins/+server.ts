// Pins a chart, quote or storyline to the current briefing (the most recently changed, or a new
// one) and says which briefing it went to.
import { json } from '@sveltejs/kit';
import { BriefingError, readPin } from '$lib/briefing/items';
import { appStore } from '$lib/server/app-store';
import { addItem, currentBriefing, getBriefing } from '$lib/server/briefings';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
	const body = (await request.json().catch(() => null)) as { pin?: unknown } | null;
	try {
		const pin = readPin(body?.pin);
		const store = appStore();
		const id = currentBriefing(store);
		addItem(store, id, pin);
		const briefing = getBriefing(store, id)!;
		return json(
			{ briefing: { id, name: briefing.name }, items: briefing.items.length },
			{ status: 201 }
		);
	} catch (error) {
		if (error instanceof BriefingError) return json({ message: error.message }, { status: 400 });
		throw error;
	}
};
