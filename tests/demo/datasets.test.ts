import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { sectionName } from '../../src/lib/document-display';
import { sectionLabels } from '../../src/lib/sections';
import { readYaml } from '../helpers/content';
import { assertBuilt, loadPage, textOf } from '../helpers/dist';

/**
 * The demo's own figures: the targets of the two shipped plans as their source documents
 * print them. A locality that replaces the demo replaces this folder (see the README).
 */
interface PlanYaml {
	targets: { id: string; section: string; value: number; denominator?: number }[];
}

const plans = readdirSync('content/plans')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));
const targets = plans.flatMap((plan) => readYaml<PlanYaml>(`content/plans/${plan}.yaml`).targets.map((target) => ({ plan, ...target })));

beforeAll(assertBuilt);

test('the demo plans hold the figures their source documents print', () => {
	expect(plans.sort()).toEqual(['lai-chau-2025', 'quang-ninh-2022']);
	const values = targets.map((target) => (target.denominator ? `${target.value}/${target.denominator}` : String(target.value)));
	for (const figure of ['900', '750', '150', '360', '420', '25', '6', '9', '10', '245', '7/7', '80', '100', '50', '60'])
		expect(values).toContain(figure);
});

test('a target in a sub-item of part I is cited with its part, as the plan numbers it ("mục I.2.4", not "mục 2.4")', () => {
	const target = targets.find((candidate) => candidate.plan === 'quang-ninh-2022' && candidate.section === 'muc-2-4')!;
	expect(target, 'the Quảng Ninh plan sets a target in its sub-item 2.4').toBeDefined();
	const label = sectionLabels(readFileSync(`content/plan-texts/${target.plan}.mdx`, 'utf8'))(target.section);
	expect(label).toBe('mục I.2.4');
	expect(sectionName(target.section)).toBe('mục 2.4');
	const lead = textOf(loadPage(`/so-lieu/${target.plan}-${target.id}/`).querySelector('.lead'));
	expect(lead).toContain(', mục I.2.4;');
	expect(textOf(loadPage(`/ke-hoach/${target.plan}/`).querySelector('table.targets'))).toContain('mục I.2.4');
	expect(textOf(loadPage(`/ke-hoach/${target.plan}/`).querySelector('table.targets'))).not.toMatch(/mục 2\.4/u);
});
