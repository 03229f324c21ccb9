import { defineConfig } from 'vitest/config';

/**
 * Four suites in one run: pure units, checks over the built `dist/`, the shipped demo
 * content's own figures (`tests/demo/`), and the browser suite in real Chromium. `npm test` builds `dist/` before Vitest starts.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'cms/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts', 'tests/integration/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
			{
				// The shipped demo's own figures and fidelity; a locality replaces this folder with its content.
				test: {
					name: 'demo',
					include: ['tests/demo/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// Two cores: one Chromium at a time keeps timings honest.
					fileParallelism: false,
				},
			},
		],
	},
});
