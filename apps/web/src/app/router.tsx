import { createBrowserRouter, Navigate } from 'react-router';
import { AmbitoPage } from '../routes/ambito-page';
import { ForgotPasswordPage } from '../routes/forgot-password-page';
import { HomePage } from '../routes/home-page';
import { InvitationPage } from '../routes/invitation-page';
import { InviteUserPage } from '../routes/invite-user-page';
import { LoginPage } from '../routes/login-page';
import { NotFoundPage } from '../routes/not-found-page';
import { OrganizationCreatePage } from '../routes/organization-create-page';
import { OrganizationEditPage } from '../routes/organization-edit-page';
import { OrganizationPage } from '../routes/organization-page';
import { OrganizationsPage } from '../routes/organizations-page';
import { ResetPasswordPage } from '../routes/reset-password-page';
import { TerritoryPage } from '../routes/territory-page';
import { AppLayout } from './app-layout';
import { RequireAdmin } from './route-guards';
import { RootError, RouteError } from './route-error';

/** Real URLs: the API serves index.html for any other path, so reloading a page works. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RootError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'accedi', element: <LoginPage /> },
          { path: 'password-dimenticata', element: <ForgotPasswordPage /> },
          { path: 'reimposta-password/:token', element: <ResetPasswordPage /> },
          { path: 'invito/:token', element: <InvitationPage /> },
          { path: 'territorio', element: <TerritoryPage /> },
          { path: 'territorio/:ambitoId', element: <AmbitoPage /> },
          { path: 'enti', element: <OrganizationsPage /> },
          {
            path: 'enti/nuovo',
            element: (
              <RequireAdmin>
                <OrganizationCreatePage />
              </RequireAdmin>
            ),
          },
          { path: 'enti/:id', element: <OrganizationPage /> },
          {
            path: 'enti/:id/modifica',
            element: (
              <RequireAdmin>
                <OrganizationEditPage />
              </RequireAdmin>
            ),
          },
          { path: 'amministrazione', element: <Navigate to="/amministrazione/invita" replace /> },
          {
            path: 'amministrazione/invita',
            element: (
              <RequireAdmin>
                <InviteUserPage />
              </RequireAdmin>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
