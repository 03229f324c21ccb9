/**
 * The audiences a page is for, by name: the values of the search filter "Dành cho", the same words
 * as the audience entry points (`audienceSections`, kept literal there so that the client scripts'
 * copy of the table does not change; a test holds the two equal).
 */
export const audiences = {
	families: 'Người dân và gia đình',
	schools: 'Nhà trường',
	officials: 'Cán bộ',
} as const;
