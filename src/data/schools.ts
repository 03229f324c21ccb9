import { anchorHref } from '../lib/routes';
import { schoolLevels } from '../schemas/vocabulary';
import { getCampaigns } from './campaigns';
import { getDatasets } from './datasets';
import { getPlans, getDocumentIndex } from './documents';
import { sectionName } from '../lib/document-display';
import { agencyHref } from './plans';

/** What the schools page gathers: activities by level, the plan lines about schools, and the data. */
export async function getSchoolMaterials() {
	const campaigns = await getCampaigns();
	const levels = Object.entries(schoolLevels).map(([level, label]) => ({
		level,
		label,
		items: campaigns.flatMap((campaign) =>
			campaign.schoolActivities
				.filter((group) => group.level === level)
				.map((group) => ({ campaign, activities: group.activities, source: group.source })),
		),
	}));
	const lines = new Map<string, { href: string; label: string }>();
	for (const campaign of campaigns) for (const group of campaign.schoolActivities) lines.set(group.source.href, group.source);
	const datasets = (await getDatasets()).filter((dataset) => /trường/u.test(dataset.target.statement));
	const index = await getDocumentIndex();
	const duties = (await getPlans()).flatMap((plan) =>
		plan.data.responsibilities
			.filter((item) => /Giáo dục/u.test(item.agency))
			.map((item) => ({
				agency: item.agency,
				agencyHref: agencyHref(plan.data.locality, item.agency),
				duties: item.duties,
				source: {
					href: anchorHref(index.get(plan.id)!.href, item.section),
					label: `${index.get(plan.id)!.label}, ${sectionName(item.section)}`,
				},
			})),
	);
	return { campaigns, levels, lines: [...lines.values()], datasets, duties };
}
