import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { findExtractionDamage } from '../../src/lib/syllables';

/**
 * The extraction-damage finder on the two shipped demo plans: it finds the damage their repairs
 * declare, and nothing once they are applied. A locality that replaces the demo replaces this file.
 */
describe('on the demo plans', () => {
	const plans = ['quang-ninh-2022', 'lai-chau-2025'].map(
		(id) =>
			parse(readFileSync(`content/plans/${id}.yaml`, 'utf8')) as {
				sourceFile: string;
				sourceMetadataLines?: number;
				repairs: { before: string; after: string }[];
			},
	);
	const raw = (plan: (typeof plans)[number]) => readFileSync(`content/sources/${plan.sourceFile}`, 'utf8');

	test('finds every damage the plans list in the raw sources', () => {
		const tokens = plans.flatMap((plan) => findExtractionDamage(raw(plan)).map((finding) => finding.token.replace(/[,;.]$/u, '')));
		for (const damage of ['s257/KH-UBND', 'biu', 's', 'hung', 'nguyn', 'tt', 'li', 'v', 'trvề', '4', 'BXH-BCA-BVHTTDL-UBTUMTTQVN']) {
			expect(tokens, damage).toContain(damage);
		}
	});

	test('reports no false positive on the repaired texts', () => {
		for (const plan of plans) {
			let text = raw(plan)
				.split('\n')
				.slice(plan.sourceMetadataLines ?? 0)
				.join('\n');
			for (const repair of plan.repairs) text = text.replace(repair.before, repair.after);
			expect(findExtractionDamage(text), plan.sourceFile).toEqual([]);
		}
	});
});
