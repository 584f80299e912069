import { createBrowserRouter, Navigate } from 'react-router';
import { AppealsPage } from '../features/appeals/appeals-page';
import { LoginPage } from '../features/auth/login-page';
import { ClaimsPage } from '../features/claims/claims-page';
import { QueuesPage } from '../features/queues/queues-page';
import { RiskPoolPage } from '../features/risk-pool/risk-pool-page';
import { ImportsPage } from '../features/imports/imports-page';
import { SlaBoardPage } from '../features/sla/sla-board-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TicketPage } from '../features/tickets/ticket-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { ProtectedRoute } from './protected-route';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <ProtectedRoute />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/queues" replace /> },
          { path: 'queues', element: <QueuesPage /> },
          { path: 'tickets/:id', element: <TicketPage /> },
          { path: 'board', element: <SlaBoardPage /> },
          { path: 'risk-pool', element: <RiskPoolPage /> },
          { path: 'claims', element: <ClaimsPage /> },
          // Loaded on first visit, like account health: its report chart (recharts) is heavy.
          { path: 'approvals', lazy: async () => ({ Component: (await import('../features/compensation/approvals-page')).ApprovalsPage }) },
          // Loaded on first visit: its charts (recharts) are most of the bundle and agents rarely open it.
          {
            path: 'account-health',
            lazy: async () => ({ Component: (await import('../features/account-health/account-health-page')).AccountHealthPage }),
          },
          { path: 'appeals', element: <AppealsPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'imports', element: <ImportsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
