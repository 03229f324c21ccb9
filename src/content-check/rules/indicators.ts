import { joinIndicatorFiles } from '../../lib/indicators';
import type { CrossFileRule } from '../context';
import { fieldError } from '../problem';

/**
 * Results match their targets: each file names a plan and one of its targets, a target is
 * reported in one file, and every figure fits its target (see `joinIndicatorFiles`). A file
 * whose plan exists but is itself invalid is left alone: the plan's own problems say why.
 */
export const resultsMatchTargets: CrossFileRule = ({ entries, idsOf }) => {
	const plans = entries('plans').map((plan) => ({ id: plan.id, year: plan.data.year, targets: plan.data.targets }));
	const validPlans = new Set(plans.map((plan) => plan.id));
	const files = entries('indicators').filter((entry) => validPlans.has(entry.data.plan.id) || !idsOf('plans').has(entry.data.plan.id));
	const lines = new Map(files.map((entry) => [entry.file, entry.lineOf]));
	const { issues } = joinIndicatorFiles(
		files.map(({ file, data }) => ({
			file,
			plan: data.plan.id,
			target: data.target,
			observations: data.observations.map((observation) => ({ ...observation, source: observation.source.id })),
		})),
		plans,
		idsOf('legal'),
	);
	return issues.map((issue) => fieldError(issue.file, lines.get(issue.file)?.(issue.path), issue.path, issue.message));
};
