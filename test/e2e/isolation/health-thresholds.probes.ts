import { HealthThresholdsDocument, UpdateHealthThresholdsDocument } from '@lifeline/api-contract';
import { gql } from '../../support/graphql';
import type { IsolationProbes } from './context';

export const healthThresholdProbes: IsolationProbes = ({ s, other, demo, expectNoDemoData }) => ({
  'Query.healthThresholds': async () => {
    const r = await gql(s.url, HealthThresholdsDocument, { storeId: demo.storeIds[0]! }, other);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expectNoDemoData(r);
  },
  'Mutation.updateHealthThresholds': async () => {
    const r = await gql(
      s.url,
      UpdateHealthThresholdsDocument,
      { input: { storeId: demo.storeIds[0]!, version: 0, metrics: [{ key: 'ORDER_DEFECT_RATE', warningAt: 0.001, redLine: 0.002, windowDays: 60 }] } },
      other,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await s.sql(`SELECT 1 FROM health_threshold_settings WHERE store_id = $1`, [demo.storeIds[0]!])).toEqual([]);
  },
});
