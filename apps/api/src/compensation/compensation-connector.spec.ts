import { CompensationConnectorRegistry, type CompensationConnector } from './compensation-connector';

describe('CompensationConnectorRegistry', () => {
  it('finds the connector of a store’s marketplace, and none where there is none', async () => {
    const ebay: CompensationConnector = { marketplace: 'EBAY', execute: async () => ({ reference: 'EBAY-REFUND-1' }) };
    const registry = new CompensationConnectorRegistry([ebay]);
    expect(registry.for('EBAY')).toBe(ebay);
    expect(registry.for('AMAZON')).toBeNull();
    expect(new CompensationConnectorRegistry().for('EBAY')).toBeNull();
  });
});
