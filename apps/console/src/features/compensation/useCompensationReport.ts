import { useQuery } from '@tanstack/react-query';
import { fetchCompensationReport } from '../../api/compensation.api';
import { useOrganizationId } from '../auth/useMe';
import { compensationKeys } from './compensation.keys';

/** Executed compensation per store and month between two instants (ISO). */
export function useCompensationReport(storeId: string | null, from: string, to: string, enabled = true) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: compensationKeys.report(organizationId ?? '', storeId, from, to),
    queryFn: () => fetchCompensationReport(storeId, from, to),
    enabled: enabled && organizationId !== undefined,
  });
}
