import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateCompensationLimitsInput } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import { fetchCompensationLimits, updateCompensationLimits } from '../../api/compensation.api';
import { useOrganizationId } from '../auth/useMe';
import { compensationKeys } from './compensation.keys';

export function useCompensationLimits(enabled = true) {
  const organizationId = useOrganizationId();
  return useQuery({ queryKey: compensationKeys.limits(organizationId ?? ''), queryFn: fetchCompensationLimits, enabled: enabled && organizationId !== undefined });
}

/** Saves the limits; afterwards (or after a CONFLICT) the limits and every limit hint refetch. */
export function useUpdateCompensationLimits() {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCompensationLimitsInput) => updateCompensationLimits(input),
    onSettled: (_data, error) => {
      if (error && !isApiError(error, 'CONFLICT')) return;
      void queryClient.invalidateQueries({ queryKey: compensationKeys.all(organizationId ?? '') });
    },
  });
}
