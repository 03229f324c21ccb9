import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../schemas/collections';
import { checkContent, formatProblem } from '../index';

/**
 * The quote check over a small site of its own, through the real schemas: one plan and
 * its text, one national entry, one campaign and one service. Each case changes one
 * thing an editor could get wrong and expects the check to name the file and the field.
 */
const PLAN_TEXT = `## I. MỤC TIÊU

### 2. Chỉ tiêu

2.1. Hằng tuần có ít nhất 02 bài hoặc tin về phòng, chống ma túy.

2.2. Phấn đấu trên 50% người dân hiểu biết về tác hại của ma túy.

## II. TỔ CHỨC THỰC HIỆN

### 1. Phòng Văn hóa

Tuyên truyền phòng, chống ma túy trong các trường học.

### 2. Nâng cao vai trò của chính quyền cấp cơ sở

### 3. Đề nghị Mặt trận Tổ quốc

Vận động Nhân dân tham gia phòng, chống ma túy.
`;

const PLAN = `title: Kế hoạch mẫu
type: ke-hoach
locality: mau
year: 2030
description: Kế hoạch mẫu của cổng.
sourceFile: mau.txt
published: "2030-01-02"
targets:
  - id: tin-bai
    label: Tin mỗi tuần
    statement: Hằng tuần có ít nhất 02 bài hoặc tin
    kind: count
    value: 2
    qualifiers: [it-nhat]
    newsPerWeek: true
    unit: bài hoặc tin mỗi tuần
    section: muc-2-1
responsibilities:
  - agency: Phòng Văn hóa
    section: muc-ii-1
    duties: [Tuyên truyền phòng, chống ma túy trong các trường học.]
  - agency: Mặt trận Tổ quốc
    section: muc-ii-3
    requested: true
    duties: [Vận động Nhân dân tham gia phòng, chống ma túy.]
`;

const CAMPAIGN = `title: Chiến dịch mẫu
description:
  text: Kế hoạch yêu cầu tuyên truyền phòng, chống ma túy trong các trường học.
  source: { plan: mau-2030, section: muc-ii-1, quote: Tuyên truyền phòng, chống ma túy trong các trường học }
start: "06-01"
end: "06-30"
audiences: [nguoi-dan]
messages:
  - text: "Mục tiêu năm 2030: ít nhất 02 bài hoặc tin về phòng, chống ma túy mỗi tuần."
    source: { plan: mau-2030, section: muc-2-1, quote: Hằng tuần có ít nhất 02 bài hoặc tin về phòng, chống ma túy }
  - text: "Mục tiêu (phấn đấu): trên 50% người dân hiểu biết về tác hại của ma túy."
    source: { plan: mau-2030, section: muc-2-2, quote: Phấn đấu trên 50% người dân hiểu biết }
  - text: Kế hoạch đề nghị Mặt trận Tổ quốc vận động Nhân dân tham gia phòng, chống ma túy.
    source: { plan: mau-2030, section: muc-ii-3, quote: Vận động Nhân dân tham gia phòng, chống ma túy }
loudspeakerScript:
  - text: Kính thưa bà con!
    editorial: true
  - text: Gọi Công an, số 113.
    source: { national: so-113 }
`;

const SERVICE = `name: Trường học
kind: diem-tu-van
locality: mau
description:
  - text: Phòng Văn hóa tuyên truyền phòng, chống ma túy trong các trường học.
    source: { plan: mau-2030, section: muc-ii-1, quote: Tuyên truyền phòng, chống ma túy trong các trường học }
duties:
  - { plan: mau-2030, section: muc-ii-1, quote: Tuyên truyền phòng, chống ma túy trong các trường học }
`;

const NATIONAL = `title: Công an
kind: so-dien-thoai
phone: "113"
statement: Số 113 là số điện thoại khẩn cấp gọi Công an.
source: Thông tin công khai.
`;

const CAMPAIGN_FILE = 'content/campaigns/mau.yaml';
const SERVICE_FILE = 'content/services/mau.yaml';
const PLAN_FILE = 'content/plans/mau-2030.yaml';

const BASE: Record<string, [CollectionName, string]> = {
	[PLAN_FILE]: ['plans', PLAN],
	'content/plan-texts/mau-2030.mdx': ['planTexts', PLAN_TEXT],
	'content/national/so-113.yaml': ['national', NATIONAL],
	[CAMPAIGN_FILE]: ['campaigns', CAMPAIGN],
	[SERVICE_FILE]: ['services', SERVICE],
	...Object.fromEntries(
		['gioi-thieu', 'tuyen-bo-tiep-can', 'ho-tro'].map((id) => [
			`content/pages/${id}.md`,
			['pages', `---\ntitle: Trang ${id}\ndescription: Trang mẫu.\n---\n`] as [CollectionName, string],
		]),
	),
	'content/news/2030-01-09-tin.md': [
		'news',
		'---\ntitle: Tin\ndescription: Tin mẫu.\ndate: 2030-01-09\neventDate: 2030-01-02\nauthor: Ban biên tập\n---\nNội dung.\n',
	],
};

/** The check over the base site with one file changed. */
function check(file: string, change: (text: string) => string = (text) => text) {
	const files = Object.entries(BASE).map(([path, [collection, text]]) => {
		const changed = path === file ? change(text) : text;
		if (path === file && changed === text) throw new Error(`the case did not change ${file}`);
		return { collection, file: path, text: changed };
	});
	return checkContent({ files, uploads: [], localityIds: ['mau'] }).filter((problem) => problem.severity === 'error');
}

test('the base site passes', () => {
	expect(check('').map(formatProblem)).toEqual([]);
});

describe('a claim whose proof fails names the file and the field', () => {
	test.each([
		{
			name: 'one quoted word changed',
			file: CAMPAIGN_FILE,
			change: (text: string) =>
				text.replace('quote: Hằng tuần có ít nhất 02 bài hoặc tin về', 'quote: Hằng tuần có ít nhất 02 bài hoặc tin cho'),
			field: 'messages.0.source.quote',
			message: /không có nguyên văn trong mục I\.2\.1 \(muc-2-1\)/u,
		},
		{
			name: "a quote's section anchor moved to another section",
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('section: muc-2-1, quote: Hằng tuần', 'section: muc-2-2, quote: Hằng tuần'),
			field: 'messages.0.source.quote',
			message: /không có nguyên văn trong mục I\.2\.2/u,
		},
		{
			name: 'a section the plan does not have',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('section: muc-2-1, quote: Hằng tuần', 'section: muc-9-9, quote: Hằng tuần'),
			field: 'messages.0.source.section',
			message: /không có mục "muc-9-9"/u,
		},
		{
			name: 'a figure the quote does not give',
			file: CAMPAIGN_FILE,
			change: (text: string) =>
				text.replace('ít nhất 02 bài hoặc tin về phòng, chống ma túy mỗi tuần', 'ít nhất 03 bài hoặc tin về phòng, chống ma túy mỗi tuần'),
			field: 'messages.0.text',
			message: /số 3 không có trong nguồn/u,
		},
		{
			name: 'a qualifier of the quote dropped ("ít nhất 02" written as 02)',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('2030: ít nhất 02 bài', '2030: 02 bài'),
			field: 'messages.0.text',
			message: /câu trích ghi "ít nhất"/u,
		},
		{
			name: '"trên 50%" written as 50%',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('(phấn đấu): trên 50%', '(phấn đấu): 50%'),
			field: 'messages.1.text',
			message: /câu trích ghi "trên"/u,
		},
		{
			name: 'a target written as a present-tense fact',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('"Mục tiêu năm 2030: ít nhất', '"Năm 2030 có ít nhất'),
			field: 'messages.0.text',
			message: /phải nói rõ đó là "mục tiêu"/u,
		},
		{
			name: 'a request ("Đề nghị") written as a duty',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('text: Kế hoạch đề nghị Mặt trận Tổ quốc vận động', 'text: Mặt trận Tổ quốc vận động'),
			field: 'messages.2.text',
			message: /chỉ "đề nghị"/u,
		},
		{
			name: 'a claim with neither a source nor the editorial mark',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('  - text: Kính thưa bà con!\n    editorial: true', '  - text: Kính thưa bà con!'),
			field: 'loudspeakerScript.0.source',
			message: /cần nguồn/u,
		},
		{
			name: 'editorial wording that names a body',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('text: Kính thưa bà con!', 'text: Hãy đến công an xã!'),
			field: 'loudspeakerScript.0.text',
			message: /không được nêu tên cơ quan/u,
		},
		{
			name: 'editorial wording with a phone number',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('text: Kính thưa bà con!', 'text: Hãy gọi 113!'),
			field: 'loudspeakerScript.0.text',
			message: /chữ số/u,
		},
		{
			name: 'a figure a national entry does not give',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('text: Gọi Công an, số 113.', 'text: Gọi Công an, số 114.'),
			field: 'loudspeakerScript.1.text',
			message: /số 114 không có trong nguồn/u,
		},
		{
			name: 'a plan source without its quote',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace(', quote: Phấn đấu trên 50% người dân hiểu biết }', ' }'),
			field: 'messages.1.source.quote',
			message: /cần trích nguyên văn/u,
		},
		{
			name: 'a quote too short to prove anything',
			file: CAMPAIGN_FILE,
			change: (text: string) => text.replace('quote: Phấn đấu trên 50% người dân hiểu biết', 'quote: ma túy'),
			field: 'messages.1.source.quote',
			message: /ít nhất 3 từ/u,
		},
		{
			name: 'a duty where the plan assigns no body (a section outside "Tổ chức thực hiện")',
			file: SERVICE_FILE,
			change: (text: string) =>
				text.replace(
					'  - { plan: mau-2030, section: muc-ii-1, quote: Tuyên truyền',
					'  - { plan: mau-2030, section: muc-ii-2, quote: Nâng cao vai trò của chính quyền cấp cơ sở }\n  - { plan: mau-2030, section: muc-ii-1, quote: Tuyên truyền',
				),
			field: 'duties.0.section',
			message: /không thuộc phần tổ chức thực hiện/u,
		},
		{
			name: "a target's statement that its section does not hold",
			file: PLAN_FILE,
			change: (text: string) =>
				text.replace('statement: Hằng tuần có ít nhất 02 bài hoặc tin', 'statement: Hằng tháng có ít nhất 02 bài hoặc tin'),
			field: 'targets.0.statement',
			message: /không có nguyên văn/u,
		},
		{
			name: "a duty that is not the plan's words",
			file: PLAN_FILE,
			change: (text: string) =>
				text.replace('duties: [Tuyên truyền phòng, chống ma túy trong các trường học.]', 'duties: [Quản lý các trường học.]'),
			field: 'responsibilities.0.duties.0',
			message: /không có nguyên văn/u,
		},
		{
			name: 'a news event dated after its posting',
			file: 'content/news/2030-01-09-tin.md',
			change: (text: string) => text.replace('eventDate: 2030-01-02', 'eventDate: 2030-01-10'),
			field: 'eventDate',
			message: /sau ngày đăng/u,
		},
	])('$name', ({ file, change, field, message }) => {
		const problems = check(file, change);
		expect(problems, JSON.stringify(problems, null, 1)).toContainEqual(
			expect.objectContaining({ file, field, line: expect.any(Number), message: expect.stringMatching(message) }),
		);
	});
});
