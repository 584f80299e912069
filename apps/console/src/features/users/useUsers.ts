import { useQuery } from '@tanstack/react-query';
import { fetchUsers } from '../../api/tenancy.api';
import { useOrganizationId } from '../auth/useMe';
import { usersKeys } from './users.keys';

export function useUsers() {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: usersKeys.list(organizationId ?? ''),
    queryFn: fetchUsers,
    enabled: organizationId !== undefined,
    staleTime: 5 * 60_000,
  });
}
