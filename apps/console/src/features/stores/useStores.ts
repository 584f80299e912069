import { useQuery } from '@tanstack/react-query';
import { fetchStores } from '../../api/tenancy.api';
import { useOrganizationId } from '../auth/useMe';
import { storesKeys } from './stores.keys';

export function useStores() {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: storesKeys.list(organizationId ?? ''),
    queryFn: fetchStores,
    enabled: organizationId !== undefined,
  });
}
