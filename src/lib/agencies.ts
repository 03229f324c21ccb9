import { slugify } from './slug';

/** An agency's duties in one plan. */
export interface PlanDuties {
	planId: string;
	locality: string;
	agency: string;
	section: string;
	requested: boolean;
	duties: readonly string[];
}

/** One agency of one locality, with its duties across every plan. */
export interface AgencyDuties {
	slug: string;
	locality: string;
	/** The name as the newest plan writes it. */
	name: string;
	plans: PlanDuties[];
	dutyCount: number;
}

/**
 * Groups duties by agency. The same agency is recognised across plans of one
 * locality by its slug ("Công an thành phố" = "Công an Thành phố"); agencies of
 * different localities stay apart even when their names match.
 */
export function groupDutiesByAgency(entries: readonly PlanDuties[]): AgencyDuties[] {
	const groups = new Map<string, AgencyDuties>();
	for (const entry of entries) {
		const slug = slugify(entry.agency);
		const key = `${entry.locality}/${slug}`;
		const group = groups.get(key) ?? { slug, locality: entry.locality, name: entry.agency, plans: [], dutyCount: 0 };
		group.plans.push(entry);
		group.dutyCount += entry.duties.length;
		groups.set(key, group);
	}
	return [...groups.values()].sort(
		(a, b) => a.locality.localeCompare(b.locality) || b.dutyCount - a.dutyCount || a.name.localeCompare(b.name, 'vi'),
	);
}
