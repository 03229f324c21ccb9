/**
 * Decap refuses to save a form that has errors by rejecting a promise with no reason
 * (decap-cms-core `persistEntry` in src/actions/entries.ts and `persistUnpublishedEntry` in
 * src/actions/editorialWorkflow.ts: `return Promise.reject()`), which its Editor awaits with
 * no catch (`handlePersistEntry`, src/components/Editor/Editor.js). Each refused save was an
 * uncaught `undefined` in the page, though the refusal is already shown under the fields.
 * Only that rejection is silenced: without a reason, on an entry's form.
 */

/** An entry's form in Decap's hash routes: `#/collections/news/new`, `#/collections/news/entries/x`. */
const EDITOR_ROUTE = /^#\/collections\/[^/]+\/(?:new|entries\/.+)/u;

/** Whether an unhandled rejection is Decap refusing to save the form open at `hash`. */
export function isRefusedSave(reason: unknown, hash: string): boolean {
	return reason === undefined && EDITOR_ROUTE.test(hash);
}

/** Keeps Decap's refused saves out of the page's errors (see above). */
export function quietRefusedSaves(target: Window): void {
	target.addEventListener('unhandledrejection', (event) => {
		if (isRefusedSave(event.reason, target.location.hash)) event.preventDefault();
	});
}
