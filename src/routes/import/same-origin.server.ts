// Whether a request that changes an upload comes from Parallax's own import page. A page on
// another site can still send a "simple" POST (no-cors, text/plain) to it; the browser marks such
// a request as cross-site, and cannot add the app's own header to it without a CORS preflight,
// which Parallax never grants.
import { json } from '@sveltejs/kit';
import { UPLOAD_HEADER } from '$lib/import-ui/review';

export function fromImportPage(request: Request, url: URL): boolean {
	const site = request.headers.get('sec-fetch-site');
	if (site !== null) return site === 'same-origin';
	if (request.headers.get(UPLOAD_HEADER) === '1') return true;
	const origin = request.headers.get('origin');
	if (origin !== null) return origin === url.origin;
	// Neither header: not a browser (curl, a script), as every browser names one on a cross-site POST.
	return true;
}

/** The refusal for a request from elsewhere. */
export function crossSiteRefusal(): Response {
	return json(
		{ message: 'Uploads are only taken from the Parallax import page.' },
		{ status: 403 }
	);
}
