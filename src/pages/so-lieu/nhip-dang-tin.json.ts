import type { APIRoute } from 'astro';
import { publicSiteAddress } from '../../config/site';
import { getNewsCadence } from '../../data/cadence';
import { DEMO_NOTE } from '../../data/datasets';
import { isoWeekCode } from '../../lib/dates';
import { publicUrl } from '../../lib/public-address';

/** The cadence as JSON: every week of the portal by posting date, and each plan target over its own place and year. */
export const GET: APIRoute = async () => {
	const cadence = await getNewsCadence();
	const address = publicSiteAddress();
	const week = (item: (typeof cadence.weeks)[number]) => ({
		week: isoWeekCode(item),
		start: item.start,
		end: item.end,
		count: item.count,
		...(item.inProgress ? { inProgress: true } : {}),
	});
	const body = {
		id: 'nhip-dang-tin',
		title: 'Số tin đăng trên cổng mỗi tuần',
		timeZone: 'Asia/Ho_Chi_Minh',
		countedBy: 'ngày đăng lên cổng (không phải ngày của sự việc)',
		scope: 'chỉ các tin của cổng này; chỉ tiêu của kế hoạch tính mọi kênh chính thống',
		weeks: cadence.weeks.map(week),
		targets: cadence.targets.map((target) => ({
			id: target.id,
			plan: target.planName,
			locality: target.locality.name,
			year: target.year,
			value: target.value,
			figure: target.figure,
			statement: target.statement,
			state: target.state,
			counts: 'tin gắn địa bàn này và tin không gắn địa bàn',
			source: {
				label: target.source.label,
				...(address && target.source.href ? { url: publicUrl(target.source.href, address) } : {}),
			},
			weeks: target.weeks.map((item) => ({ ...week(item), status: item.status })),
			finishedWeeks: target.finished,
			weeksWithTarget: target.met,
		})),
		...(address === undefined ? { demonstration: DEMO_NOTE } : {}),
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
