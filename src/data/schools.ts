import { schoolLevels } from '../schemas/vocabulary';
import { getCampaigns } from './campaigns';
import type { ClaimSource } from '../schemas/claim';
import { getClaimResolver, type SourceView } from './claims';
import { getDatasets } from './datasets';
import { getPlans } from './documents';
import { agencyHref } from './plans';

/** What the schools page gathers: activities by level, the plan lines about schools, and the data. */
export async function getSchoolMaterials() {
	const campaigns = await getCampaigns();
	const claims = await getClaimResolver();
	const levels = Object.entries(schoolLevels).map(([level, label]) => ({
		level,
		label,
		items: campaigns.flatMap((campaign) =>
			campaign.schoolActivities.filter((group) => group.level === level).map((group) => ({ campaign, activities: group.activities })),
		),
	}));
	// Each plan line the activities quote, once.
	const lines = new Map<string, SourceView>();
	for (const campaign of campaigns) {
		for (const group of campaign.schoolActivities) {
			for (const activity of group.activities) {
				if (activity.source?.kind === 'plan') lines.set(`${activity.source.href} ${activity.source.quote}`, activity.source);
			}
		}
	}
	const datasets = (await getDatasets()).filter((dataset) => /trường/u.test(dataset.target.statement));
	const duties = (await getPlans()).flatMap((plan) =>
		plan.data.responsibilities
			.filter((item) => /Giáo dục/u.test(item.agency))
			.map((item) => ({
				agency: item.agency,
				agencyHref: agencyHref(plan.data.locality, item.agency),
				duties: item.duties,
				source: claims.source({ plan: { collection: 'plans', id: plan.id }, section: item.section } as ClaimSource),
			})),
	);
	return { campaigns, levels, lines: [...lines.values()], datasets, duties };
}
