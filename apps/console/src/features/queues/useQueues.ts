import { useQuery } from '@tanstack/react-query';
import { fetchQueues } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { queuesKeys } from './queues.keys';

/** Queues with open/unassigned counts, and open tickets per language. */
export function useQueues() {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: queuesKeys.all(organizationId ?? ''),
    queryFn: fetchQueues,
    enabled: organizationId !== undefined,
  });
}
