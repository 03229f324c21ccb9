/**
 * Waits until a page of the dev server answers 200: `astro dev` takes seconds to
 * listen (longer on a fresh install, while it syncs content and bundles
 * dependencies), and an address printed before that opens on a refused
 * connection. Resolves false if `signal` aborts first (the server stopped).
 */
export async function waitForPage(url, { signal, intervalMs = 500 } = {}) {
	while (!signal?.aborted) {
		const ok = await fetch(url, { signal }).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) return true;
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	return false;
}
