import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateHealthThresholdsInput } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import { fetchHealthThresholds, updateHealthThresholds } from '../../api/account-health.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from './account-health.keys';

/** A store's warning lines, red lines and windows. */
export function useHealthThresholds(storeId: string) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: accountHealthKeys.thresholds(organizationId ?? '', storeId),
    queryFn: () => fetchHealthThresholds(storeId),
    enabled: organizationId !== undefined,
  });
}

/**
 * Saves the lines. The server recomputes the store at once, so the whole store's health (tiles, alerts) is
 * refetched; after a CONFLICT the lines are refetched so the next save goes against the current version.
 */
export function useUpdateHealthThresholds(storeId: string) {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateHealthThresholdsInput) => updateHealthThresholds(input),
    onSettled: (_data, error) => {
      if (!error || isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: accountHealthKeys.store(organizationId ?? '', storeId) });
    },
  });
}
