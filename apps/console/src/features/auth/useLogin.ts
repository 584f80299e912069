import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login, type Credentials } from '../../api/auth.api';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => login(credentials),
    // Whatever a previous user left in the cache is not this user's to see.
    onSuccess: () => queryClient.clear(),
  });
}
