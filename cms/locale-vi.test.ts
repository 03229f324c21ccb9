import en from 'decap-cms-locales/dist/esm/en/index.js';
import { expect, test } from 'vitest';
import { gitHosts } from '../src/schemas/vocabulary';
import { foreignWords } from '../tests/helpers/vietnamese-words';
import { VIETNAMESE_PHRASES, type Phrases } from './locale-vi';

/** Every phrase of a tree, by its dotted key. */
const leaves = (tree: Phrases, prefix = ''): [string, string][] =>
	Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
	);

const phrases = new Map(leaves(VIETNAMESE_PHRASES));
/**
 * Not shown: a date pattern of moment.js, and the login buttons of hosts the portal cannot
 * be configured with (the site schema offers GitHub, GitLab, Gitea and Forgejo).
 */
const hosts = Object.values(gitHosts).map((name) => name.toLowerCase());
const shown = ([key]: [string, string]) =>
	key !== 'workflow.workflow.dateFormat' && !(/^auth\.loginWith/u.test(key) && !hosts.some((host) => key.toLowerCase().endsWith(host)));

test.each(leaves(en as Phrases).filter(shown))('%s is said in Vietnamese', (key) => {
	const phrase = phrases.get(key) ?? '';
	// Decap's placeholders are filled with labels and numbers; the words around them must be Vietnamese.
	expect(foreignWords(phrase.replace(/%?\{\w+\}/gu, ''))).toEqual([]);
	expect(phrase.replace(/%?\{\w+\}/gu, '').trim().length > 0 || /^%\{\w+\}$/u.test(phrase)).toBe(true);
});

/**
 * Decap fills these with internal names (a widget's type, a field's key) or a JavaScript error
 * (the deploy-preview failure on file collections), which an editor should not read.
 */
const UNSAID = new Set([
	'editor.editorControl.field.widgetLabel',
	'editor.editorWidgets.datetime.setToNow',
	'ui.toast.onFailToLoadDeployPreview',
]);

test('placeholders are kept: a phrase names the values Decap fills in', () => {
	for (const [key, english] of leaves(en as Phrases)) {
		const names = (text: string) => [...text.matchAll(/%\{(\w+)\}/gu)].map((match) => match[1]).sort();
		if (UNSAID.has(key)) continue;
		expect(names(phrases.get(key) ?? ''), key).toEqual(names(english));
	}
});
