/**
 * Records the requests a page finishes. `cost(filter)` gives what those kept
 * so far cost on the wire (compressed bodies plus headers); `reset()` starts
 * afresh, to measure a later step of the same page on its own.
 */
export function recordRequests(page) {
	let requests = [];
	page.on('requestfinished', (request) => requests.push(request));
	return {
		reset: () => {
			requests = [];
		},
		cost: async (filter = () => true) => {
			const sizes = await Promise.all(requests.filter(filter).map((request) => request.sizes()));
			return { requests: sizes.length, bytes: sizes.reduce((sum, size) => sum + size.responseBodySize + size.responseHeadersSize, 0) };
		},
	};
}
