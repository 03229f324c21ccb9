/**
 * Benchmark content, written into a throw-away copy of the project: never
 * published, never committed. 10,000 news items over ten years, extra plans
 * (copies of the two real ones under new ids and titles), documents and
 * datasets with quarterly results, all valid for the content check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const TAGS = [
	'Cai nghiện',
	'Tuyên truyền',
	'Trường học',
	'Sau cai nghiện',
	'Việc làm',
	'Tập huấn',
	'Gia đình',
	'Cộng đồng',
	'Methadone',
	'Thanh niên',
	'Xã, phường',
	'Hội nghị',
];
const PARAGRAPHS = [
	'Buổi sinh hoạt tập trung vào tác hại của ma túy tổng hợp và cách nhận biết sớm dấu hiệu sử dụng.',
	'Cán bộ xã hướng dẫn gia đình cách liên hệ điểm tư vấn và các hình thức cai nghiện tự nguyện.',
	'Học sinh được nghe chia sẻ về kỹ năng từ chối khi bị rủ rê và nơi có thể tìm sự giúp đỡ.',
	'Tổ công tác rà soát danh sách người sau cai nghiện để hỗ trợ học nghề và tìm việc làm.',
	'Loa truyền thanh của thôn phát bài tuyên truyền vào buổi sáng và buổi chiều trong tuần.',
];

/** A deterministic pseudo-random sequence, so every run generates the same site. */
function random(seed) {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

/** News items, one every ~9 hours back from `until`, each with a unique title and description. */
function generateNews(site, count, until, next) {
	const end = new Date(`${until}T00:00:00Z`).getTime();
	for (let i = 1; i <= count; i += 1) {
		const date = new Date(end - i * 9 * 3600 * 1000).toISOString().slice(0, 10);
		const tags = [TAGS[i % TAGS.length], TAGS[(i * 7) % TAGS.length]].filter((tag, index, all) => all.indexOf(tag) === index);
		const plan = i % 3 === 0 ? 'quang-ninh-2022' : i % 3 === 1 ? 'lai-chau-2025' : undefined;
		const body = Array.from(
			{ length: 5 },
			(_, p) => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)] + (p === 0 ? ` Đây là tin thử nghiệm số ${i}.` : ''),
		).join('\n\n');
		const data = {
			title: `Tin thử nghiệm số ${i}: hoạt động phòng, chống ma túy ở cơ sở`,
			description: `Tin thử nghiệm số ${i} dùng để đo thời gian dựng cổng thông tin.`,
			date,
			author: `Đơn vị thử nghiệm ${1 + (i % 40)}`,
			locality: i % 2 === 0 ? 'quang-ninh' : 'lai-chau',
			tags,
			...(plan ? { plans: [plan] } : {}),
		};
		site.write({
			[`content/news/${date}-tin-thu-nghiem-${i}.md`]: `---\n${stringify(data)}---\n${body}\n\nXem thêm [trang hỗ trợ](/ho-tro/).\n`,
		});
	}
}

/** Documents with unique titles (nothing known but the title, as several real ones). */
function generateDocuments(site, count) {
	for (let i = 1; i <= count; i += 1) {
		site.write({
			[`content/legal/van-ban-thu-nghiem-${i}.yaml`]: stringify({
				title: `Văn bản thử nghiệm số ${i} về phòng, chống ma túy`,
				type: 'cong-van',
				status: 'khong-ro',
				unknown: ['number', 'subject', 'issued', 'effective', 'issuer', 'signer', 'field'],
				note: `Văn bản dùng để đo hiệu năng, số ${i}.`,
			}),
		});
	}
}

/** One observation per quarter that fits the target's kind. */
function observationsFor(target, year, source, next) {
	return [1, 2, 3, 4].map((index) => {
		const base = { period: { kind: 'quy', year, index }, source };
		if (target.kind === 'percent') return { ...base, value: Math.round(next() * 100) };
		if (target.kind === 'ratio') {
			const denominator = target.denominator ?? 10;
			return { ...base, value: Math.floor(next() * (denominator + 1)), denominator };
		}
		return { ...base, value: Math.round(next() * Math.max(target.value, 10)) };
	});
}

/** Copies of the real plans under new ids, numbers and titles, with results for every target. */
function generatePlans(site, copies, next) {
	const templates = ['quang-ninh-2022', 'lai-chau-2025'];
	let made = 0;
	for (let i = 1; i <= copies; i += 1) {
		const template = templates[i % templates.length];
		const id = `${template}-thu-nghiem-${i}`;
		const plan = parse(readFileSync(join(site.root, `content/plans/${template}.yaml`), 'utf8'));
		plan.title = `${plan.title} (bản thử nghiệm ${i})`;
		plan.description = `Bản thử nghiệm ${i}: ${plan.description}`;
		// A number of its own, so each copy has its own label and page title.
		plan.number = `${1000 + i}/KH-UBND`;
		plan.unknown = (plan.unknown ?? []).filter((field) => field !== 'number');
		site.write({ [`content/plans/${id}.yaml`]: stringify(plan) });
		site.write({ [`content/plan-texts/${id}.mdx`]: readFileSync(join(site.root, `content/plan-texts/${template}.mdx`), 'utf8') });
		for (const target of plan.targets) {
			const observations = observationsFor(target, plan.year, 'ke-hoach-218-kh-ubnd-quang-ninh', next);
			site.write({ [`content/indicators/${id}-${target.id}.yaml`]: stringify({ plan: id, target: target.id, observations }) });
			made += 1;
		}
	}
	return made;
}

/** Writes the benchmark content into a fixture site (tests/helpers/fixture-site.ts); returns what it made. */
export function generateContent(site, { news = 10_000, documents = 300, planCopies = 20, until = '2026-11-20' } = {}) {
	const next = random(20261124);
	generateNews(site, news, until, next);
	generateDocuments(site, documents);
	const datasets = generatePlans(site, planCopies, next);
	return { news, documents, plans: planCopies, datasets };
}
