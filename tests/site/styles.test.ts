import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, loadPage, readDist } from '../helpers/dist';

beforeAll(assertBuilt);

/**
 * The built stylesheet keeps the order of the cascade layers global.css declares: the first
 * time a layer is named decides its place, so a stylesheet bundled before global.css
 * (the print rule of links, a component's) must not name one first.
 */
test('the site stylesheet names its cascade layers in the order global.css declares them', () => {
	const declared = /@layer ([\w-]+(?:, [\w-]+)*);/u.exec(readFileSync('src/styles/global.css', 'utf8'))![1]!.split(', ');
	const href = loadPage('/').querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
	const named = [...readDist(href).matchAll(/@layer\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*[{;]/gu)].flatMap((match) =>
		match[1]!.split(/\s*,\s*/u),
	);
	expect([...new Set(named)]).toEqual(declared);
});
