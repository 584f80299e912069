import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveBusinessCalendarInput, SaveSlaPolicyInput } from '@lifeline/api-contract';
import { deleteSlaPolicy, fetchBusinessCalendars, fetchSlaPolicies, saveBusinessCalendar, saveSlaPolicy } from '../../api/sla.api';
import { isApiError } from '../../api/api-error';
import { useOrganizationId } from '../auth/useMe';
import { slaKeys } from './sla.keys';

export function useSlaPolicies() {
  const organizationId = useOrganizationId();
  return useQuery({ queryKey: slaKeys.policies(organizationId ?? ''), queryFn: fetchSlaPolicies, enabled: organizationId !== undefined });
}

export function useBusinessCalendars() {
  const organizationId = useOrganizationId();
  return useQuery({ queryKey: slaKeys.calendars(organizationId ?? ''), queryFn: fetchBusinessCalendars, enabled: organizationId !== undefined });
}

/** Saves, then refetches the settings; a CONFLICT (someone saved first) refetches too, so the form can reload. */
function useSlaMutation<I, R>(fn: (input: I) => Promise<R>) {
  const organizationId = useOrganizationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: (_data, error) => {
      if (!error || isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: slaKeys.all(organizationId ?? '') });
    },
  });
}

export const useSaveSlaPolicy = () => useSlaMutation((input: SaveSlaPolicyInput) => saveSlaPolicy(input));
export const useDeleteSlaPolicy = () => useSlaMutation((id: string) => deleteSlaPolicy(id));
export const useSaveBusinessCalendar = () => useSlaMutation((input: SaveBusinessCalendarInput) => saveBusinessCalendar(input));
