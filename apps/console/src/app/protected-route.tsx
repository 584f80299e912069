import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/useSession';

/** Screens behind sign-in. A session that ends (sign out, refresh refused) lands here and goes to /login. */
export function ProtectedRoute() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
