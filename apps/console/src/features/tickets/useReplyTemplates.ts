import { useQuery } from '@tanstack/react-query';
import { fetchReplyTemplates } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { ticketsKeys } from './tickets.keys';

export function useReplyTemplates() {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ticketsKeys.templates(organizationId ?? ''),
    queryFn: fetchReplyTemplates,
    enabled: organizationId !== undefined,
    staleTime: 5 * 60_000,
  });
}
