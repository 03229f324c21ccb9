import { joinIndicatorFiles } from '../../lib/indicators';
import { entryFile, type CrossFileRule } from '../context';
import { fieldError } from '../problem';

/**
 * Results match their targets: each file names a plan and one of its targets, a target is
 * reported in one file, and every figure fits its target (see `joinIndicatorFiles`). A file
 * whose plan exists but is itself invalid cannot be matched: it says so, pointing at the plan's
 * file, whose own problems say why (rather than "no such plan" for a plan that is there).
 */
export const resultsMatchTargets: CrossFileRule = ({ entries, idsOf }) => {
	const plans = entries('plans').map((plan) => ({ id: plan.id, year: plan.data.year, targets: plan.data.targets }));
	const validPlans = new Set(plans.map((plan) => plan.id));
	const invalidPlan = (id: string) => !validPlans.has(id) && idsOf('plans').has(id);
	const files = entries('indicators').filter((entry) => !invalidPlan(entry.data.plan.id));
	const waiting = entries('indicators')
		.filter((entry) => invalidPlan(entry.data.plan.id))
		.map(({ file, data, lineOf }) =>
			fieldError(
				file,
				lineOf(['plan']),
				['plan'],
				`kế hoạch "${data.plan.id}" có lỗi (xem các lỗi của ${entryFile('plans', data.plan.id)}); sửa kế hoạch trước, rồi kết quả này mới được đối chiếu`,
			),
		);
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
	return [...waiting, ...issues.map((issue) => fieldError(issue.file, lines.get(issue.file)?.(issue.path), issue.path, issue.message))];
};
