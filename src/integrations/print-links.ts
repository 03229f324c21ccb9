import { printLinksCss } from '../lib/print-links';

/** The module the layouts import for the print rule of links within the portal. */
const ID = 'virtual:portal/print-links.css';
const RESOLVED = `\0${ID}`;

/** Serves `printLinksCss(address)` as a stylesheet module: the address is known only at build. */
export function printLinksPlugin(address: string | undefined) {
	return {
		name: 'portal:print-links',
		resolveId: (source: string) => (source === ID ? RESOLVED : undefined),
		load: (id: string) => (id === RESOLVED ? printLinksCss(address) : undefined),
	};
}
