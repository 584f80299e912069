import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RiskSettingsInput } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import { fetchRiskSettings, updateRiskSettings } from '../../api/risk.api';
import { useOrganizationId } from '../auth/useMe';
import { riskKeys } from './risk.keys';

export function useRiskSettings() {
  const organizationId = useOrganizationId();
  return useQuery({ queryKey: riskKeys.settings(organizationId ?? ''), queryFn: fetchRiskSettings, enabled: organizationId !== undefined });
}

/** Saves, then everything risk refetches (the pool was re-scored); a CONFLICT refetches the settings to reload the form. */
export function useUpdateRiskSettings() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, settings }: { version: number; settings: RiskSettingsInput }) => updateRiskSettings(version, settings),
    onSettled: (_data, error) => {
      if (!error || isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: riskKeys.all(organizationId ?? '') });
    },
  });
}
