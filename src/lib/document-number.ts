/**
 * Số hiệu of a Vietnamese document: serial, optional year, and the code of its
 * kind and issuer: "146/KH-UBND", "116/2021/NĐ-CP", "1452/QĐ-TTg",
 * "01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTUMTTQVN".
 */
export const DOCUMENT_NUMBER = /^\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*$/u;
