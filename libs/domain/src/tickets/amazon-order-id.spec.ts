import { extractAmazonOrderIds, isAmazonOrderId } from './amazon-order-id';

describe('extractAmazonOrderIds', () => {
  it('finds 3-7-7 order ids in a buyer message, each once, in order', () => {
    const text = 'Bestellung 302-1234567-1234567 und 028-7654321-7654321 fehlen. Nochmal: 302-1234567-1234567!';
    expect(extractAmazonOrderIds(text)).toEqual(['302-1234567-1234567', '028-7654321-7654321']);
  });

  it('finds an id next to punctuation, a hash or at line ends', () => {
    expect(extractAmazonOrderIds('Order #171-1111111-2222222.\n(404-3333333-4444444)')).toEqual(['171-1111111-2222222', '404-3333333-4444444']);
  });

  it.each([
    ['a longer first group', '1302-1234567-1234567'],
    ['a longer last group', '302-1234567-12345678'],
    ['a dashed group before it', '12-302-1234567-1234567'],
    ['a dashed group after it', '302-1234567-1234567-12'],
    ['an eBay order id', '12-34567-89012'],
    ['a phone number', '+49 30 1234567'],
    ['an AliExpress order id', '8123456789012345'],
  ])('ignores %s', (_label, text) => {
    expect(extractAmazonOrderIds(text)).toEqual([]);
  });
});

describe('isAmazonOrderId', () => {
  it('accepts a 3-7-7 id, surrounding spaces trimmed', () => {
    expect(isAmazonOrderId('302-1234567-1234567')).toBe(true);
    expect(isAmazonOrderId(' 302-1234567-1234567 ')).toBe(true);
  });
  it.each(['302-123456-1234567', '302 1234567 1234567', 'x302-1234567-1234567', '302-1234567-1234567-1', ''])('rejects %j', (value) => {
    expect(isAmazonOrderId(value)).toBe(false);
  });
});
