import { defineConfig } from 'vitest/config';

/**
 * Three suites in one run: pure units, checks over the built `dist/`, and the
 * browser suite in real Chromium. `npm test` builds `dist/` before Vitest starts.
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
