/**
 * The targets of issue 19, by size: those set for 10,000 items up to that size,
 * those set for 50,000 above it. A figure the run did not measure is not judged.
 */
export function targetsFor(news) {
	const large = news > 10_000;
	return [
		{ key: 'ratio', name: 'tỷ lệ dựng / sàn', limit: 1.5, unit: '×' },
		{ key: 'build_s', name: 'thời gian dựng', limit: large ? 300 : Infinity, unit: ' s' },
		{ key: 'peak_rss_mb', name: 'bộ nhớ đỉnh', limit: large ? 6144 : 2048, unit: ' MB' },
		{ key: 'first_search_kb', name: 'tìm kiếm lần đầu', limit: large ? 300 : 150, unit: ' KB' },
		{ key: 'edit_to_served_s', name: 'từ sửa tin đến lúc lên trang', limit: large ? 60 : 30, unit: ' s' },
		{ key: 'publish_to_served_s', name: 'từ công bố đến lúc lên trang', limit: 60, unit: ' s' },
		{ key: 'plan_page_overhead_kb', name: 'phần thêm của trang kế hoạch', limit: 8, unit: ' KB' },
	].filter((target) => target.limit !== Infinity);
}

/** One line per figure of `results` over its target. */
export function missedTargets(results) {
	return targetsFor(results.news)
		.filter(({ key, limit }) => typeof results[key] === 'number' && results[key] > limit)
		.map(({ key, name, limit, unit }) => `${name} ${results[key].toFixed(1)}${unit}, vượt mục tiêu ${limit}${unit}.`);
}
