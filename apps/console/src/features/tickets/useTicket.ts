import { useQuery } from '@tanstack/react-query';
import { fetchTicket } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { ticketsKeys } from './tickets.keys';

/** One ticket with its conversation, notes and timeline; socket events keep it current. */
export function useTicket(ticketId: string | undefined) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ticketsKeys.detail(organizationId ?? '', ticketId ?? ''),
    queryFn: () => fetchTicket(ticketId!),
    enabled: organizationId !== undefined && ticketId !== undefined,
  });
}
