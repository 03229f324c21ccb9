import { expect, test } from 'vitest';
import { groupDutiesByAgency, type PlanDuties } from './agencies';

const duty = (planId: string, locality: string, agency: string, duties: string[]): PlanDuties => ({
	planId,
	locality,
	agency,
	section: 'muc-v-1',
	requested: false,
	duties,
});

test('groups one agency across plans of a locality and keeps localities apart', () => {
	const groups = groupDutiesByAgency([
		duty('lc-2025', 'lai-chau', 'Công an thành phố', ['a', 'b']),
		duty('lc-2026', 'lai-chau', 'Công an Thành phố', ['c']),
		duty('qn-2022', 'quang-ninh', 'Công an thành phố', ['d']),
		duty('lc-2025', 'lai-chau', 'Phòng Tư pháp', ['e']),
	]);
	expect(groups.map((group) => [group.locality, group.slug, group.dutyCount, group.plans.length])).toEqual([
		['lai-chau', 'cong-an-thanh-pho', 3, 2],
		['lai-chau', 'phong-tu-phap', 1, 1],
		['quang-ninh', 'cong-an-thanh-pho', 1, 1],
	]);
});
