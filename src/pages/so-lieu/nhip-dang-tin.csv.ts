import type { APIRoute } from 'astro';
import { getNewsCadence } from '../../data/cadence';
import { isoWeekCode } from '../../lib/dates';
import { toCsv } from '../../lib/csv';

/** Every week from the first news item to the build, with its count. */
export const GET: APIRoute = async () => {
	const cadence = await getNewsCadence();
	const rows = cadence.weeks.map((week) => [isoWeekCode(week), week.start, week.end, week.count, cadence.target]);
	return new Response(toCsv(['Tuần ISO', 'Từ ngày', 'Đến ngày', 'Số tin trên cổng', 'Chỉ tiêu tin, bài mỗi tuần (mọi kênh)'], rows), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
};
