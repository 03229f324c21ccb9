import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildCmsConfig } from '../../cms/config';
import { normaliseText } from '../../cms/normalise';
import { dropEmpty } from '../../cms/widgets/group-check';
import { siteSchema } from '../../src/schemas/site';
import { decapFormat } from '../helpers/decap';
import { createFixtureSite, type FixtureSite } from '../helpers/fixture-site';
import { changedFiles, fileDigests } from '../helpers/incremental';

/**
 * Saving an entry rewrites its whole file (Decap's serializer: lists expanded, quotes
 * dropped, comments lost). Every file the CMS shows is written back as a save of the
 * unchanged entry writes it (the admin's save hook, then Decap's serializer, keys in
 * the form's order), and the site built from the rewritten files is the same, byte
 * for byte, as the site built from the files as shipped.
 */
const NOW = '2026-11-24T10:00:00+07:00';

let site: FixtureSite;
let before: Map<string, string>;
/** Files whose bytes a save changes (so the comparison below compares something). */
const rewritten: string[] = [];

beforeAll(async () => {
	site = createFixtureSite();
	const first = site.build({ PORTAL_NOW: NOW });
	if (!first.ok) throw new Error(first.output);
	before = fileDigests(site.dist);

	const settings = siteSchema.parse(parse(readFileSync(join(site.root, 'content/site.yaml'), 'utf8')));
	const config = buildCmsConfig(settings, { siteUrl: 'http://127.0.0.1:4321' });
	const formats = { yaml: await decapFormat('yaml'), 'yaml-frontmatter': await decapFormat('yaml-frontmatter') };
	const targets: { file: string; format: keyof typeof formats; keys: string[] }[] = [];
	for (const collection of config.collections) {
		if ('files' in collection) {
			for (const file of collection.files) targets.push({ file: file.file, format: 'yaml', keys: file.fields.map((field) => field.name) });
			continue;
		}
		const format = collection.extension === 'md' ? 'yaml-frontmatter' : 'yaml';
		const keys = collection.fields.map((field) => field.name);
		for (const name of readdirSync(join(site.root, collection.folder))) {
			if (extname(name) === `.${collection.extension}`) targets.push({ file: `${collection.folder}/${name}`, format, keys });
		}
	}
	for (const { file, format, keys } of targets) {
		const shipped = readFileSync(join(site.root, file), 'utf8');
		const saved = formats[format].toFile(dropEmpty(normaliseText(formats[format].fromFile(shipped))) as Record<string, unknown>, keys);
		if (saved !== shipped) rewritten.push(file);
		site.write({ [file]: saved });
	}
}, 300_000);

afterAll(() => site?.remove());

test('an unchanged entry saved through the CMS gives the same pages', () => {
	expect(rewritten.length).toBeGreaterThan(0);
	const second = site.build({ PORTAL_NOW: NOW });
	expect(second.ok, second.output).toBe(true);
	expect([...changedFiles(before, fileDigests(site.dist))]).toEqual([]);
}, 300_000);
