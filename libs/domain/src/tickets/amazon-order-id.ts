/**
 * Amazon order ids are three groups of digits, 3-7-7 (`AmazonOrderId`, DOMAIN.md §2.5), e.g. 302-1234567-1234567.
 * A match must not sit inside a longer run of digits or dashed digit groups (a phone number, an eBay
 * 12-34567-89012 id with more groups, a tracking number), so both ends are guarded.
 */
const AMAZON_ORDER_ID_IN_TEXT = /(?<!\d)(?<!\d-)\d{3}-\d{7}-\d{7}(?!\d)(?!-\d)/g;
const AMAZON_ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/** True when `value` (trimmed) is exactly an Amazon 3-7-7 order id. */
export function isAmazonOrderId(value: string): boolean {
  return AMAZON_ORDER_ID.test(value.trim());
}

/** Distinct Amazon order ids in `text`, in order of first appearance. */
export function extractAmazonOrderIds(text: string): string[] {
  return [...new Set(text.match(AMAZON_ORDER_ID_IN_TEXT) ?? [])];
}
