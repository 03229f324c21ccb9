import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, listFiles, listPages, loadPage, textOf } from '../helpers/dist';

beforeAll(assertBuilt);

const services = listFiles('content/services')
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/u, ''));

describe('/ho-tro/', () => {
	test('lists every service entry', () => {
		const page = loadPage('/ho-tro/');
		expect(services.length).toBeGreaterThanOrEqual(8);
		for (const id of services) expect(page.querySelector(`li.service#${id}`), id).not.toBeNull();
	});

	test('gives the three numbers as tap-to-call links, each labelled', () => {
		const links = [...loadPage('/ho-tro/').querySelectorAll('.emergency-numbers a')].map((link) => [
			link.getAttribute('href'),
			textOf(link),
		]);
		expect(links).toEqual([
			['tel:113', '113 Công an'],
			['tel:115', '115 Cấp cứu y tế'],
			['tel:111', '111 Tổng đài quốc gia bảo vệ trẻ em'],
		]);
	});

	test('every guidance paragraph links to the plan section or document it comes from', () => {
		const paragraphs = [...loadPage('/ho-tro/').querySelectorAll('.guidance .prose p')];
		expect(paragraphs.length).toBeGreaterThanOrEqual(10);
		for (const paragraph of paragraphs) {
			const sources = [...paragraph.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
			expect(
				sources.some((href) => /^\/ke-hoach\/[a-z0-9-]+\/#(muc|phan|can-cu)/u.test(href) || href.startsWith('/van-ban/')),
				textOf(paragraph),
			).toBe(true);
		}
	});

	test('covers the forms of treatment and the support the plans promise', () => {
		const text = textOf(loadPage('/ho-tro/').querySelector('.guidance'));
		for (const phrase of [
			'tại gia đình, cộng đồng',
			'cơ sở cai nghiện',
			'cai nghiện bắt buộc',
			'Methadone',
			'nơi cư trú',
			'tư vấn',
			'học nghề',
			'việc làm',
			'vay vốn',
		]) {
			expect(text, phrase).toContain(phrase);
		}
	});

	test('a service without contact details names who the plans make responsible, linked to the section', () => {
		const card = loadPage('/ho-tro/').querySelector('li.service#tram-y-te-xa-phuong-lai-chau')!;
		expect(textOf(card.querySelector('.no-contact'))).toContain('Trung tâm Y tế thành phố');
		expect(card.querySelector('.no-contact a')?.getAttribute('href')).toBe('/ke-hoach/lai-chau-2025/#muc-v-5');
	});

	test('filters by locality on pages of their own', () => {
		const laiChau = loadPage('/ho-tro/dia-ban/lai-chau/');
		expect(laiChau.querySelectorAll('li.service').length).toBe(services.filter((id) => id.endsWith('lai-chau')).length);
		expect(laiChau.querySelector('li.service#diem-tu-van-quang-ninh')).toBeNull();
	});
});

describe('every page', () => {
	test('no page shows an empty field label', () => {
		for (const path of listPages()) {
			const page = loadPage(path);
			for (const dd of page.querySelectorAll('dd')) expect(textOf(dd), `${path}: ${textOf(dd.previousElementSibling)}`).not.toBe('');
			for (const dt of page.querySelectorAll('dt')) expect(dt.nextElementSibling?.tagName, path).toBe('DD');
			expect(textOf(page.querySelector('main')), path).not.toMatch(
				/(Địa chỉ|Điện thoại|Giờ làm việc|Thư điện tử):\s*(Địa chỉ|Điện thoại|$)/u,
			);
		}
	});

	test('a short help box with 113, 115, 111 and a link to /ho-tro/ is on every page but the print pages', () => {
		for (const path of listPages()) {
			const page = loadPage(path);
			if (page.body.classList.contains('print-page')) continue;
			const box = page.querySelector('.help-strip')!;
			expect(box, path).not.toBeNull();
			expect(
				[...box.querySelectorAll('a')].map((link) => link.getAttribute('href')),
				path,
			).toEqual(['tel:113', 'tel:115', 'tel:111', '/ho-tro/']);
		}
	});
});

describe('entry points by audience', () => {
	test('people and families: numbers, forms of treatment that land on real anchors, services by locality', () => {
		const page = loadPage('/danh-cho/nguoi-dan/');
		expect(page.querySelectorAll('main a[href^="tel:"]')).toHaveLength(3);
		const help = loadPage('/ho-tro/');
		const anchors = [...page.querySelectorAll('#hinh-thuc ~ ul a')].map((link) => link.getAttribute('href')!.split('#')[1]!);
		expect(anchors).toHaveLength(4);
		for (const anchor of anchors) expect(help.getElementById(anchor), anchor).not.toBeNull();
		expect(page.querySelector('a[href="/ho-tro/dia-ban/lai-chau/"]')).not.toBeNull();
	});

	test('schools: activities by level, print pages, the calendar, the plan lines about schools', () => {
		const page = loadPage('/danh-cho/nha-truong/');
		for (const level of ['tieu-hoc', 'thcs', 'thpt', 'gdnn']) expect(page.querySelector(`#cap-${level}`), level).not.toBeNull();
		expect(page.querySelectorAll('a[href$="/in/"]')).toHaveLength(3);
		expect(page.querySelector('a[href="/chien-dich/lich.ics"]')).not.toBeNull();
		expect(page.querySelector('a[href="/ke-hoach/quang-ninh-2022/#muc-2-2"]')).not.toBeNull();
		expect(page.querySelector('a[rel~="license"]')).not.toBeNull();
	});

	test('officials: plans, every dataset download, duties by agency, legal basis', () => {
		const page = loadPage('/danh-cho/can-bo/');
		const csv = page.querySelectorAll('a[href$=".csv"]').length;
		expect(csv).toBe(listFiles().filter((file) => /^so-lieu\/[a-z0-9-]+\.csv$/u.test(file) && !file.includes('nhip-dang-tin')).length);
		expect(page.querySelector('a[href^="/co-quan/lai-chau/"]')).not.toBeNull();
		expect(page.querySelector('a[href="/van-ban/"]')).not.toBeNull();
	});

	test('the home page offers the three entry points', () => {
		const links = [...loadPage('/').querySelectorAll('.audiences a')].map((link) => link.getAttribute('href'));
		expect(links).toEqual(['/danh-cho/nguoi-dan/', '/danh-cho/nha-truong/', '/danh-cho/can-bo/']);
	});
});
