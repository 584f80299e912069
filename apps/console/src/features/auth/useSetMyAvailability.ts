import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Availability } from '@lifeline/api-contract';
import { setMyAvailability, type CurrentUser } from '../../api/tenancy.api';
import { authKeys } from './auth.keys';

/** ONLINE agents receive new tickets; AWAY agents do not. */
export function useSetMyAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (availability: Availability) => setMyAvailability(availability),
    onSuccess: ({ availability }) => {
      queryClient.setQueryData<CurrentUser>(authKeys.me(), (me) => (me ? { ...me, availability } : me));
    },
  });
}
