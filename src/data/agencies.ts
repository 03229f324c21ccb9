import { groupDutiesByAgency } from '../lib/agencies';
import { routes } from '../lib/routes';
import { getDocumentIndex, getPlans, getSectionLabels } from './documents';

/** Every agency with duties in the plans, with its page URL. */
export async function getAgencies() {
	const plans = await getPlans();
	const index = await getDocumentIndex();
	const groups = groupDutiesByAgency(
		plans.flatMap((plan) =>
			plan.data.responsibilities.map((item) => ({
				planId: plan.id,
				locality: plan.data.locality,
				agency: item.agency,
				section: item.section,
				requested: item.requested,
				duties: item.duties,
			})),
		),
	);
	const labels = new Map(await Promise.all(plans.map(async (plan) => [plan.id, await getSectionLabels(plan.id)] as const)));
	return groups.map((group) => ({
		...group,
		href: routes.agency(group.locality, group.slug),
		plans: group.plans.map((entry) => ({
			...entry,
			plan: index.get(entry.planId)!,
			sectionLabel: labels.get(entry.planId)!(entry.section),
		})),
	}));
}
