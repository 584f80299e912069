import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import { claimRiskOrder, releaseRiskOrder, reopenRiskOrder, resolveRiskOrder, type OrderRisk } from '../../api/risk.api';
import { useOrganizationId } from '../auth/useMe';
import { applyChangedRisk } from './risk-cache';
import { riskKeys } from './risk.keys';

export type RiskOrderAction = 'claim' | 'release' | 'resolve' | 'reopen';

export interface RiskOrderActionInput {
  action: RiskOrderAction;
  id: string;
  version: number;
  note?: string | null;
}

const run = ({ action, id, version, note }: RiskOrderActionInput): Promise<OrderRisk> => {
  switch (action) {
    case 'claim':
      return claimRiskOrder(id, version);
    case 'release':
      return releaseRiskOrder(id, version);
    case 'resolve':
      return resolveRiskOrder(id, version, note ?? null);
    case 'reopen':
      return reopenRiskOrder(id, version);
  }
};

/**
 * Claim, release, mark handled or reopen a pool entry with the version last read. The answer goes into the
 * cache at once; a CONFLICT (someone else claimed it first, or changed it) refetches so the row shows who.
 */
export function useRiskOrderAction() {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: run,
    onSuccess: (risk) => {
      if (organizationId) applyChangedRisk(queryClient, organizationId, risk);
    },
    onError: (error) => {
      if (organizationId && isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: riskKeys.all(organizationId) });
    },
  });
}
