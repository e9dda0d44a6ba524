// A one-time message carried across the redirect after a change (deleted, merged, saved), so the
// page it lands on can say what happened without putting the message in the URL.
import type { Cookies } from '@sveltejs/kit';

const COOKIE = 'parallax-flash';

export function setFlash(cookies: Cookies, message: string): void {
	cookies.set(COOKIE, message, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

/** Reads the message, if any, and forgets it so it is shown once. */
export function takeFlash(cookies: Cookies): string | null {
	const message = cookies.get(COOKIE) ?? null;
	if (message !== null) cookies.delete(COOKIE, { path: '/' });
	return message;
}
