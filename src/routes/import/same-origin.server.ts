// Whether a request that changes an upload comes from Parallax's own pages. A page on another site
// can still send a "simple" POST (no-cors, text/plain) to it, which the browser marks as
// cross-site. The server in front (src/cli/start.js) refuses those already; the upload endpoints
// ask the same rule again, so the dev server and the route tests keep it too.
import { json } from '@sveltejs/kit';
import { fromAnotherSite } from '../../cli/http-policy.js';

export function fromImportPage(request: Request, url: URL): boolean {
	const header = (name: string) => request.headers.get(name) ?? undefined;
	return !fromAnotherSite(header('sec-fetch-site'), header('origin'), header('host') ?? url.host);
}

/** The refusal for a request from elsewhere. */
export function crossSiteRefusal(): Response {
	return json(
		{ message: 'Uploads are only taken from the Parallax import page.' },
		{ status: 403 }
	);
}
