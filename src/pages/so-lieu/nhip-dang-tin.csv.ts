import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { getNewsCadence, WEEK_STATUS_LABELS } from '../../data/cadence';
import { toCsv } from '../../lib/csv';
import { isoWeekCode } from '../../lib/dates';
import { publicUrl } from '../../lib/public-address';

const HEADER = [
	'Phạm vi',
	'Tuần ISO',
	'Từ ngày',
	'Đến ngày',
	'Tuần đang diễn ra',
	'Số tin trên cổng',
	'Mục tiêu (tin, bài mỗi tuần, mọi kênh)',
	'Cách ghi mục tiêu',
	'Cổng có đủ số tin của mục tiêu',
	'Nguồn mục tiêu',
];

/**
 * Every week by posting date: first the whole portal, from its first item to the build;
 * then each plan's weekly target, the weeks of its year, counting its locality's items.
 */
export const GET: APIRoute = async () => {
	const cadence = await getNewsCadence();
	const address = publicSiteAddress();
	const portal = cadence.weeks.map((week) => [
		'Toàn cổng',
		isoWeekCode(week),
		week.start,
		week.end,
		week.inProgress ? 'có' : 'không',
		week.count,
		null,
		'',
		'',
		'',
	]);
	const targets = cadence.targets.flatMap((target) => {
		const link = target.source.href ? publicUrl(target.source.href, address) : undefined;
		const source = `${target.source.label}${link ? ` (${link})` : ''}`;
		return target.weeks.map((week) => [
			`Mục tiêu năm ${target.year} của ${target.locality.name}`,
			isoWeekCode(week),
			week.start,
			week.end,
			week.inProgress ? 'có' : 'không',
			week.count,
			target.value,
			target.figure,
			WEEK_STATUS_LABELS[week.status],
			source,
		]);
	});
	return new Response(toCsv(HEADER, [...portal, ...targets]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
