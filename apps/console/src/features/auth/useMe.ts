import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../../api/tenancy.api';
import { authKeys } from './auth.keys';
import { useSession } from './useSession';

export function useMe() {
  const session = useSession();
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: fetchMe,
    enabled: session !== null,
    staleTime: 5 * 60_000,
  });
}

/** The organisation the signed-in user works in, once `me` has loaded. */
export function useOrganizationId(): string | undefined {
  return useMe().data?.organization.id;
}
