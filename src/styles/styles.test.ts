import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Declaration } from 'postcss';
import { describe, expect, test } from 'vitest';
import { PREVIEW_STYLES } from '../../cms/previews';

/**
 * The rules of the site's styles (src/styles/global.css explains them), checked on every
 * stylesheet the public site and the CMS previews use: logical properties only, colours
 * only from the tokens of global.css, and every rule of global.css in a cascade layer
 * (components and pages are layered by the build, src/integrations/style-layers.ts).
 * The admin page's own bar is the CMS's, outside the site, and not checked here.
 */

const PHYSICAL_PROPERTY =
	/^(?:(?:margin|padding|border)-(?:top|right|bottom|left)(?:-[a-z]+)?|top|right|bottom|left|border-(?:top|bottom)-(?:left|right)-radius)$/u;
const PHYSICAL_VALUE: Record<string, RegExp> = {
	'text-align': /^(?:left|right)$/u,
	float: /^(?:left|right)$/u,
	clear: /^(?:left|right)$/u,
};
/** Shorthands whose three or four values name physical sides (or corners) one by one. */
const SIDE_SHORTHANDS = new Set([
	'margin',
	'padding',
	'inset',
	'border-width',
	'border-style',
	'border-color',
	'border-radius',
	'scroll-margin',
	'scroll-padding',
]);
const COLOUR =
	/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|yellow|orange|purple|pink|grey|gray|navy|silver)\b/iu;

function files(dir: string, extension: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(extension))
		.map((file) => join(dir, file));
}

/** Every stylesheet the site and the previews use, by where it is written. */
function stylesheets(): [where: string, css: string][] {
	const sheets: [string, string][] = files('src/styles', '.css').map((file) => [file, readFileSync(file, 'utf8')]);
	for (const file of files('src', '.astro').filter((path) => !path.startsWith(join('src', 'pages', 'admin')))) {
		const source = readFileSync(file, 'utf8');
		for (const [index, match] of [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].entries())
			sheets.push([`${file} <style> ${index + 1}`, match[1] ?? '']);
	}
	sheets.push(['cms/previews.ts PREVIEW_STYLES', PREVIEW_STYLES]);
	return sheets;
}

/** The declarations of a stylesheet that break a rule, as "where: property: value (why)". */
function problems(where: string, css: string): string[] {
	const found: string[] = [];
	const report = (declaration: Declaration, why: string) =>
		found.push(`${where}:${declaration.source?.start?.line ?? '?'}: ${declaration.prop}: ${declaration.value} (${why})`);
	postcss.parse(css).walkDecls((declaration) => {
		const { prop, value } = declaration;
		if (prop.startsWith('--')) {
			if (COLOUR.test(value) && !(where.startsWith(join('src', 'styles', 'global.css')) && prop.startsWith('--color-')))
				report(declaration, 'a colour is a token of global.css');
			return;
		}
		if (PHYSICAL_PROPERTY.test(prop)) report(declaration, 'use the logical property');
		if (PHYSICAL_VALUE[prop]?.test(value)) report(declaration, 'use start or end');
		if (SIDE_SHORTHANDS.has(prop) && postcss.list.space(value).length > (prop === 'border-radius' ? 1 : 2))
			report(declaration, 'name the block and inline sides');
		if (COLOUR.test(value)) report(declaration, 'use a colour token');
	});
	return found;
}

describe('the site styles', () => {
	const sheets = stylesheets();

	test('are found', () => {
		expect(sheets.length).toBeGreaterThan(30);
	});

	test.each(sheets)('%s uses logical properties and colour tokens', (where, css) => {
		expect(problems(where, css)).toEqual([]);
	});

	test('global.css declares its layers first and puts every rule in one', () => {
		const root = postcss.parse(readFileSync('src/styles/global.css', 'utf8'));
		const nodes = root.nodes.filter((node) => node.type !== 'comment');
		expect(nodes[0]).toMatchObject({ type: 'atrule', name: 'layer', params: 'tokens, reset, base, layout, components, utilities' });
		const outside = nodes.filter((node) => !(node.type === 'atrule' && node.name === 'layer'));
		expect(outside.map((node) => node.toString().slice(0, 40))).toEqual([]);
	});

	test('the checks catch what they are for', () => {
		expect(
			problems('x', '.a { margin-left: 1rem; text-align: right; padding: 0 1rem 2rem; color: #fff; border-top: 1px solid white; }'),
		).toHaveLength(6);
		expect(problems('x', '.a { margin-inline-start: 1rem; padding: 0 1rem; color: var(--color-text); border-radius: 4px; }')).toEqual([]);
	});
});
