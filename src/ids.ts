// What an object id looks like in a URL, a query parameter or a cursor: 24 hex characters.

export const OBJECT_ID_PATTERN = '^[0-9a-fA-F]{24}$';

const OBJECT_ID = new RegExp(OBJECT_ID_PATTERN);

export function isObjectIdHex(value: string): boolean {
  return OBJECT_ID.test(value);
}
