/**
 * Whether the portal has a public address. Printed, exported and broadcast
 * material cites its source by that address; a copy built without one (no `url`,
 * or a loopback address such as the development server's) is a demonstration and
 * must not send a reader to an address that only works on the machine that built it.
 */

/** A host that only reaches the machine itself: localhost, 127.0.0.0/8, ::1, 0.0.0.0. */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/^\[|\]$/gu, '');
	return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/u.test(host) || host === '::1' || host === '0.0.0.0';
}

/** The configured address when it is a public one (with a trailing slash), else undefined. */
export function publicAddress(url: string | undefined): string | undefined {
	if (url === undefined) return undefined;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	if (!/^https?:$/u.test(parsed.protocol) || isLoopbackHost(parsed.hostname)) return undefined;
	return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** The address of `path` on the public site, or undefined when the copy has none. */
export function publicUrl(path: string, address: string | undefined): string | undefined {
	return address === undefined ? undefined : new URL(path, address).href;
}
