import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rule sets checked on every page: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** One axe finding, trimmed to what a failure message needs. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core in the page (injected as a script, so the page's context must be
 * created with `bypassCSP: true`) and returns the WCAG violations.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: axeSource });
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object,
					) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			targets: violation.nodes.map((node) => node.target.join(' ')),
		}));
	}, WCAG_TAGS);
}

/** A failure message that says how many violations, which rules, and where. */
export function formatViolations(path: string, violations: AxeViolation[]): string {
	return `${violations.length} vi phạm WCAG trên ${path}:\n${violations
		.map(
			(violation) =>
				`  - ${violation.id} (${violation.impact}): ${violation.help}\n      ${violation.targets.slice(0, 5).join('\n      ')}`,
		)
		.join('\n')}`;
}
