import { useQuery } from '@tanstack/react-query';
import { renderReplyTemplate } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { ticketsKeys } from './tickets.keys';

/** A template filled for this ticket by the API, in the buyer's language when translated. */
export function useRenderedTemplate(ticketId: string, templateId: string | null) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: ticketsKeys.renderedTemplate(organizationId ?? '', ticketId, templateId ?? ''),
    queryFn: () => renderReplyTemplate(ticketId, templateId!),
    enabled: organizationId !== undefined && templateId !== null,
  });
}
