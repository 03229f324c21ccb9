import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../content-check';
import { checkContentFolder } from '../content-check/read';

/** The content files' YAML parses of the last build, in Astro's cache folder (kept by the rebuild). */
const PARSE_CACHE = 'kiem-tra-noi-dung/yaml.v8';

/**
 * Runs the content check (`src/content-check/`) before anything is built. A build with
 * errors stops here, naming file, line and field; the dev server prints them and goes on,
 * so an editor can fix the file while it runs.
 */
export function contentCheckIntegration(): AstroIntegration {
	return {
		name: 'portal:content-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const problems = checkContentFolder(fileURLToPath(config.root), fileURLToPath(new URL(PARSE_CACHE, config.cacheDir)));
				for (const warning of problems.filter((problem) => problem.severity === 'warning')) logger.warn(formatProblem(warning));
				const errors = problems.filter((problem) => problem.severity === 'error');
				if (errors.length === 0) return;
				const report = `Nội dung có ${errors.length} lỗi, cần sửa trước khi đăng:\n${errors.map((error) => `  - ${formatProblem(error)}`).join('\n')}`;
				if (command === 'build') throw new Error(report);
				logger.error(report);
			},
		},
	};
}
