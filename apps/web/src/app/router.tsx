import type { ComponentType } from 'react';
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
import { LoadingState } from '../components/loading-state';
import { AppLayout } from './app-layout';
import { RequireAdmin, RequireAuth } from './route-guards';
import { RootError, RouteError } from './route-error';

/**
 * A page whose code is downloaded on its first visit (spaces, meetings, minutes, models,
 * objectives, instruments, notifications), so the
 * first download of the app stays small; `signedIn` puts it behind RequireAuth. While the code
 * of the first page arrives, the layout shows "Caricamento in corso…".
 */
function lazyPage(load: () => Promise<ComponentType>, signedIn = false) {
  return {
    hydrateFallbackElement: <LoadingState />,
    lazy: async () => {
      const Page = await load();
      return {
        element: signedIn ? (
          <RequireAuth>
            <Page />
          </RequireAuth>
        ) : (
          <Page />
        ),
      };
    },
  };
}

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
          { path: 'tavoli', ...lazyPage(async () => (await import('../routes/my-spaces-page')).MySpacesPage, true) },
          { path: 'spazi', ...lazyPage(async () => (await import('../routes/spaces-page')).SpacesPage) },
          {
            path: 'spazi/:id/nuovo',
            ...lazyPage(async () => (await import('../routes/space-create-page')).SpaceCreatePage, true),
          },
          {
            path: 'spazi/:id/modifica',
            ...lazyPage(async () => (await import('../routes/space-edit-page')).SpaceEditPage, true),
          },
          {
            // The tabs of a space: one URL each, under the same heading.
            path: 'spazi/:id',
            ...lazyPage(async () => (await import('../routes/space-page')).SpacePage),
            children: [
              { index: true, ...lazyPage(async () => (await import('../routes/space-overview-page')).SpaceOverviewPage) },
              { path: 'membri', ...lazyPage(async () => (await import('../routes/space-members-page')).SpaceMembersPage) },
              { path: 'attivita', ...lazyPage(async () => (await import('../routes/space-activity-page')).SpaceActivityPage) },
              { path: 'bozze', ...lazyPage(async () => (await import('../routes/space-drafts-page')).SpaceDraftsPage) },
              { path: 'incontri', ...lazyPage(async () => (await import('../routes/space-meetings-page')).SpaceMeetingsPage) },
              {
                path: 'decisioni',
                ...lazyPage(async () => (await import('../routes/space-decisions-page')).SpaceDecisionsPage),
              },
              { path: 'modelli', ...lazyPage(async () => (await import('../routes/space-models-page')).SpaceModelsPage) },
              // The Piano di Zona path (phases, indicators): public to read, like the plan's monitoring.
              { path: 'percorso', ...lazyPage(async () => (await import('../routes/space-path-page')).SpacePathPage) },
            ],
          },
          {
            // The editor (TipTap, Yjs) is the largest code of the app: only downloaded here.
            path: 'documenti/:id',
            ...lazyPage(async () => (await import('../routes/document-page')).DocumentPage, true),
          },
          // The instrument map: public, each page downloaded on its first visit (the graph brings cytoscape).
          { path: 'strumenti', ...lazyPage(async () => (await import('../routes/instruments-page')).InstrumentsPage) },
          {
            path: 'strumenti/confronto',
            ...lazyPage(async () => (await import('../routes/instrument-compare-page')).InstrumentComparePage),
          },
          { path: 'strumenti/mappa', ...lazyPage(async () => (await import('../routes/instrument-graph-page')).InstrumentGraphPage) },
          {
            path: 'strumenti/scelta-guidata',
            ...lazyPage(async () => (await import('../routes/instrument-choice-page')).InstrumentChoicePage),
          },
          {
            path: 'strumenti/esperienze',
            ...lazyPage(async () => (await import('../routes/instrument-experiences-page')).InstrumentExperiencesPage),
          },
          { path: 'strumenti/:id', ...lazyPage(async () => (await import('../routes/instrument-page')).InstrumentPage) },
          {
            // A meeting embeds the minutes editor, downloaded only once minutes exist (see MinutesSection).
            path: 'incontri/:id',
            ...lazyPage(async () => (await import('../routes/meeting-page')).MeetingPage, true),
          },
          {
            // A model embeds its working draft's editor, downloaded with the page's draft section.
            path: 'modelli/:id',
            ...lazyPage(async () => (await import('../routes/model-page')).ModelPage, true),
          },
          {
            path: 'modelli/:id/revisione/:reviewId',
            ...lazyPage(async () => (await import('../routes/model-review-page')).ModelReviewPage, true),
          },
          // Approved models are published: no login needed.
          { path: 'modelli-approvati', ...lazyPage(async () => (await import('../routes/approved-models-page')).ApprovedModelsPage) },
          {
            path: 'modelli-approvati/:versionId',
            ...lazyPage(async () => (await import('../routes/approved-model-page')).ApprovedModelPage),
          },
          // Published minutes are public acts: no login needed.
          { path: 'verbali', ...lazyPage(async () => (await import('../routes/published-minutes-page')).PublishedMinutesPage) },
          {
            path: 'verbali/:id',
            ...lazyPage(async () => (await import('../routes/minutes-publication-page')).MinutesPublicationPage),
          },
          { path: 'obiettivi', ...lazyPage(async () => (await import('../routes/objectives-page')).ObjectivesPage) },
          { path: 'obiettivi/:id', ...lazyPage(async () => (await import('../routes/objective-page')).ObjectivePage) },
          // The plan's monitoring is public: no login needed.
          { path: 'monitoraggio', ...lazyPage(async () => (await import('../routes/monitoring-page')).MonitoringPage) },
          {
            path: 'notifiche',
            ...lazyPage(async () => (await import('../routes/notifications-page')).NotificationsPage, true),
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
