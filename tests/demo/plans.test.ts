import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readYaml, type PlanYaml } from '../helpers/content';
import { assertBuilt, loadPage, textOf } from '../helpers/dist';

/**
 * The two shipped demo plans against their source documents: their figures, headers and
 * relations. A locality that replaces the demo replaces this folder (see the README).
 */
const plan = (id: string) => readYaml<PlanYaml>(`content/plans/${id}.yaml`);
const source = (id: string) => readFileSync(`content/sources/${plan(id).sourceFile}`, 'utf8');

beforeAll(assertBuilt);

describe('structured targets hold every figure of both plans', () => {
	const figures = (id: string) => plan(id).targets.map((target) => [target.value, target.denominator, target.section]);

	test('Quảng Ninh 2022, sections 2.1–2.6', () => {
		const values = figures('quang-ninh-2022');
		for (const [value, section] of [
			[900, 'muc-2-4'],
			[750, 'muc-2-4'],
			[150, 'muc-2-4'],
			[360, 'muc-2-4'],
			[420, 'muc-2-4'],
			[25, 'muc-2-6'],
			[6, 'muc-2-6'],
			[9, 'muc-2-6'],
			[100, 'muc-2-1'],
			[50, 'muc-2-2'],
			[60, 'muc-2-3'],
			[2, 'muc-2-2'],
			[100, 'muc-2-5'],
		] as const) {
			expect(values, `${value} ở ${section}`).toContainEqual([value, undefined, section]);
		}
	});

	test('Lai Châu 2025, section II.2', () => {
		const values = figures('lai-chau-2025');
		for (const expected of [
			[10, undefined, 'muc-ii-2'],
			[245, undefined, 'muc-ii-2'],
			[7, 7, 'muc-ii-2'],
			[80, undefined, 'muc-ii-2'],
			[100, undefined, 'muc-ii-2'],
		]) {
			expect(values).toContainEqual(expected);
		}
	});

	test('the 750 and 150 are parts of the 900', () => {
		const targets = readYaml<{ targets: { id: string; partOf?: string }[] }>('content/plans/quang-ninh-2022.yaml').targets;
		expect(targets.filter((target) => target.partOf === 'cai-nghien').map((target) => target.id)).toEqual([
			'cai-nghien-tap-trung',
			'cai-nghien-gia-dinh-cong-dong',
		]);
	});
});

describe('honest metadata', () => {
	test('the Quảng Ninh page shows the catalogue header of its source as structured data', () => {
		const header = source('quang-ninh-2022').split('\n').slice(0, 9).join('\n');
		const data = plan('quang-ninh-2022');
		expect(header).toContain(`Số hiệu ${data.number}`);
		expect(header).toContain('Ngày ban hành 20/05/2022');
		expect(header).toContain('Ngày có hiệu lực 20/05/2022');
		expect(header).toContain(`Người ký ${data.signer}`);
		expect(header).toContain(`Lĩnh vực ${data.field}`);
		const panel = textOf(loadPage('/ke-hoach/quang-ninh-2022/').querySelector('.metadata'));
		expect(panel).toContain('146/KH-UBND');
		expect(panel).toContain('20/05/2022');
		expect(panel).toContain('Nguyễn Thị Hạnh');
		expect(panel).toMatch(/Chức vụ người ký Không rõ/u);
	});

	test('the Quảng Ninh page says plainly that the rest of the text is missing', () => {
		const main = textOf(loadPage('/ke-hoach/quang-ninh-2022/').querySelector('main'));
		expect(main).toContain('Bản văn bản mà cổng có không đầy đủ');
		expect(main).toContain('Phần còn lại của văn bản không có ở đây');
		expect(main).toContain('Không rõ: phần "Tổ chức thực hiện" không có trong bản văn bản hiện có');
	});

	test('the Lai Châu page shows a copy with no number and a month-only date', () => {
		const document = loadPage('/ke-hoach/lai-chau-2025/');
		const panel = textOf(document.querySelector('.metadata'));
		expect(panel).toContain('Số: /KH-UBND (bản chưa điền số)');
		expect(panel).toContain('tháng 02/2025');
		expect(document.querySelector('.metadata time[datetime="2025-02"]')).not.toBeNull();
		expect(textOf(document.querySelector('main'))).toContain('bản văn bản chưa có số và chưa ghi ngày ký');
	});

	test('the two dates the Lai Châu text gives for Nghị quyết 68/2023/NQ-HĐND are both shown', () => {
		const panel = textOf(loadPage('/van-ban/nghi-quyet-68-2023-nq-hdnd-lai-chau/').querySelector('.metadata'));
		expect(panel).toContain('Nguồn ghi không thống nhất: 18/12/2023 và 08/12/2023');
	});
});

describe('legal documents and the relation graph', () => {
	test("Luật 73/2021/QH14's page lists both plans", () => {
		const main = loadPage('/van-ban/luat-73-2021-qh14/').querySelector('#dua-vao')!.parentElement!;
		const links = [...main.querySelectorAll('a')].map((link) => link.getAttribute('href'));
		expect(links).toContain('/ke-hoach/quang-ninh-2022/');
		expect(links).toContain('/ke-hoach/lai-chau-2025/');
	});

	test("Kế hoạch 363/KH-UBND's page lists the Lai Châu plan as implementing it", () => {
		const section = loadPage('/van-ban/ke-hoach-363-kh-ubnd-lai-chau/').querySelector('#dua-vao')!.parentElement!;
		const heading = [...section.querySelectorAll('h3')].find((h) => textOf(h) === 'Được thực hiện bởi');
		expect(heading).toBeDefined();
		expect(heading!.nextElementSibling?.querySelector('a')?.getAttribute('href')).toBe('/ke-hoach/lai-chau-2025/');
	});

	test('a document page carries Legislation structured data and a diagram with a text list', () => {
		const document = loadPage('/van-ban/nghi-dinh-116-2021-nd-cp/');
		const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
		expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '116/2021/NĐ-CP', legislationDate: '2021-12-21' });
		const svg = document.querySelector('figure.diagram svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(textOf(svg)).toContain('Luật Phòng, chống ma túy');
		expect(document.querySelector('#van-ban-nay-dua-vao')).not.toBeNull();
	});

	test('plans are listed newest first and can be filtered by year and locality without JavaScript', () => {
		const hrefs = [...loadPage('/ke-hoach/').querySelectorAll('.card-list h2 a')].map((link) => link.getAttribute('href'));
		expect(hrefs).toEqual(['/ke-hoach/lai-chau-2025/', '/ke-hoach/quang-ninh-2022/']);
		expect([...loadPage('/ke-hoach/nam/2022/').querySelectorAll('.card-list h2 a')].map((link) => link.getAttribute('href'))).toEqual([
			'/ke-hoach/quang-ninh-2022/',
		]);
		expect(
			[...loadPage('/ke-hoach/dia-ban/lai-chau/').querySelectorAll('.card-list h2 a')].map((link) => link.getAttribute('href')),
		).toEqual(['/ke-hoach/lai-chau-2025/']);
	});

	test('an agency page gathers its duties with a link to the plan section', () => {
		const document = loadPage('/co-quan/lai-chau/cong-an-thanh-pho/');
		expect(document.querySelectorAll('main li').length).toBe(5);
		expect(document.querySelector('main a[href="/ke-hoach/lai-chau-2025/#muc-v-2"]')).not.toBeNull();
	});
});
