/** Contact fields as the site config holds them; each is optional. */
export interface ContactFields {
	address?: string | undefined;
	phone?: string | undefined;
	email?: string | undefined;
}

/** One row of a contact list, with a link where the value can be tapped. */
export interface ContactRow {
	key: keyof ContactFields;
	value: string;
	href?: string;
}

/** `tel:` link for a number written with spaces or dots. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[ .]/gu, '')}`;
}

/**
 * A prefilled e-mail to report an error on a page (RFC 6068): the page's title in the
 * subject, its address in the body, lines ended CRLF. No address to write to, no link.
 */
export function reportErrorHref(email: string | undefined, page: { title: string; url: string }): string | undefined {
	if (!email) return undefined;
	const subject = `Báo lỗi nội dung: ${page.title}`;
	const body = ['Trang có lỗi:', page.url, '', 'Nội dung cần sửa (và nguồn, nếu có):', ''].join('\r\n');
	return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The contact rows that have a value, in a fixed order; empty fields yield no row. */
export function contactRows(contact: ContactFields): ContactRow[] {
	const rows: ContactRow[] = [];
	if (contact.address) rows.push({ key: 'address', value: contact.address });
	if (contact.phone) rows.push({ key: 'phone', value: contact.phone, href: telHref(contact.phone) });
	if (contact.email) rows.push({ key: 'email', value: contact.email, href: `mailto:${contact.email}` });
	return rows;
}
