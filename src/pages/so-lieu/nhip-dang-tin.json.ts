import type { APIRoute } from 'astro';
import { getNewsCadence } from '../../data/cadence';
import { isoWeekCode } from '../../lib/dates';

/** The cadence as JSON, every week from the first news item to the build. */
export const GET: APIRoute = async ({ site }) => {
	const cadence = await getNewsCadence();
	const body = {
		id: 'nhip-dang-tin',
		title: 'Số tin đăng trên cổng mỗi tuần',
		timeZone: 'Asia/Ho_Chi_Minh',
		target: {
			value: cadence.target,
			statement: cadence.targetStatement,
			scope: 'mọi kênh chính thống của tỉnh',
			source: new URL(cadence.targetHref, site).href,
		},
		weeks: cadence.weeks.map((week) => ({ week: isoWeekCode(week), start: week.start, end: week.end, count: week.count })),
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
