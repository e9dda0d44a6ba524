// Whether the component's script has run in the browser: buttons that only work with it wait for
// it, so a press before hydration is not silently lost.
import { onMount } from 'svelte';

export function mounted(): { readonly current: boolean } {
	let current = $state(false);
	onMount(() => {
		current = true;
	});
	return {
		get current() {
			return current;
		}
	};
}
