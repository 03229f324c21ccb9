/**
 * The offline page's script, the only one that registers the service worker: a reader who
 * asks for it keeps the help page, the campaign sheets and the plans on the phone
 * (src/lib/offline.ts), and can remove them again. Nothing is saved unless asked.
 */
import { OFFLINE_CACHE_PREFIX } from '../lib/offline';
import { routes } from '../lib/routes';
import { ui } from '../ui-strings';

const save = document.querySelector<HTMLButtonElement>('#offline-save')!;
const remove = document.querySelector<HTMLButtonElement>('#offline-remove')!;
const status = document.querySelector<HTMLElement>('#offline-status')!;
const noScript = document.querySelector<HTMLElement>('#offline-no-js')!;

/** The pages (not their stylesheets and icons) kept in the worker's caches. */
async function savedPages(): Promise<number> {
	let pages = 0;
	for (const name of await caches.keys()) {
		if (!name.startsWith(OFFLINE_CACHE_PREFIX)) continue;
		const keys = await (await caches.open(name)).keys();
		pages += keys.filter((request) => new URL(request.url).pathname.endsWith('/')).length;
	}
	return pages;
}

async function show(): Promise<void> {
	const registration = await navigator.serviceWorker.getRegistration(routes.home);
	const pages = registration?.active ? await savedPages() : 0;
	remove.hidden = pages === 0;
	save.textContent = pages > 0 ? ui.offline.saveAgain : ui.offline.save;
	if (pages > 0) status.textContent = ui.offline.saved(pages);
}

save.addEventListener('click', async () => {
	save.disabled = true;
	status.textContent = ui.offline.saving;
	try {
		// updateViaCache 'none': the browser always asks the site whether the worker, and so the saved pages, changed.
		await navigator.serviceWorker.register(routes.serviceWorker, { scope: routes.home, updateViaCache: 'none' });
		await navigator.serviceWorker.ready;
		await show();
	} catch {
		status.textContent = ui.offline.failed;
	} finally {
		save.disabled = false;
	}
});

remove.addEventListener('click', async () => {
	const registration = await navigator.serviceWorker.getRegistration(routes.home);
	await registration?.unregister();
	for (const name of await caches.keys()) if (name.startsWith(OFFLINE_CACHE_PREFIX)) await caches.delete(name);
	remove.hidden = true;
	save.textContent = ui.offline.save;
	status.textContent = ui.offline.removed;
});

noScript.hidden = true;
if ('serviceWorker' in navigator && 'caches' in window) {
	save.hidden = false;
	void show();
} else {
	status.textContent = ui.offline.unsupported;
}
