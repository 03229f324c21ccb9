import type { CrossFileRule } from '../context';
import { entryFile } from '../context';

/** Every plan has its full text and every full text its plan: the page shows both. */
export const plansHaveTheirTexts: CrossFileRule = ({ idsOf }) => [
	...[...idsOf('plans')]
		.filter((id) => !idsOf('planTexts').has(id))
		.map((id) => ({ severity: 'error' as const, file: entryFile('plans', id), message: `thiếu toàn văn ${entryFile('planTexts', id)}` })),
	...[...idsOf('planTexts')]
		.filter((id) => !idsOf('plans').has(id))
		.map((id) => ({
			severity: 'error' as const,
			file: entryFile('planTexts', id),
			message: `không có kế hoạch ${entryFile('plans', id)} tương ứng`,
		})),
];

/** Plans and cited documents share one id space (links, relations and datasets name either). */
export const documentIdsAreDistinct: CrossFileRule = ({ idsOf }) =>
	[...idsOf('plans')]
		.filter((id) => idsOf('legal').has(id))
		.map((id) => ({
			severity: 'error' as const,
			file: entryFile('legal', id),
			message: `mã "${id}" trùng với kế hoạch ${entryFile('plans', id)}: mỗi văn bản cần một mã riêng`,
		}));
