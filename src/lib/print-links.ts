/**
 * On paper a link is only useful with an address a reader can type. Links to other sites
 * print theirs (global.css). Links within the portal are written from the site's root
 * (`/ke-hoach/…`): they print the portal's public address before the path, or nothing
 * when the copy has no public address (see `publicAddress`). This is the rule for them,
 * as CSS, in the layer of global.css where print rules live.
 */
export function printLinksCss(address: string | undefined): string {
	if (address === undefined) return '';
	const origin = new URL(address).origin;
	// An origin is ASCII (hosts are in punycode): only characters that need no escaping in a CSS string.
	if (!/^https?:\/\/[\w.:[\]-]+$/u.test(origin)) throw new Error(`Địa chỉ công khai không dùng được khi in: ${address}`);
	return [
		'@layer utilities {',
		'\t@media print {',
		"\t\tmain a[href^='/']:not([href^='//'])::after {",
		`\t\t\tcontent: ' <${origin}' attr(href) '>';`,
		'\t\t\tfont-size: 0.85em;',
		'\t\t\tword-break: break-all;',
		'\t\t}',
		'\t}',
		'}',
		'',
	].join('\n');
}
