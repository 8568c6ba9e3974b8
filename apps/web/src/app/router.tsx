import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { AccountRoute } from './routes/account/account-route';
import { ForgotPasswordRoute } from './routes/account/forgot-password-route';
import { ResetPasswordRoute } from './routes/account/reset-password-route';
import { OutboxRoute } from './routes/admin/outbox-route';
import { HomeRoute } from './routes/home';
import { InvitationRoute } from './routes/invitation/invitation-route';
import { NotificationSettingsRoute } from './routes/notifications/notification-settings-route';
import { NotificationsRoute } from './routes/notifications/notifications-route';
import { UnsubscribeRoute } from './routes/notifications/unsubscribe-route';
import { ExportRoute } from './routes/export/export-route';
import { NotFoundRoute } from './routes/not-found';
import { ProposalRoute } from './routes/proposal/proposal-route';
import { ProposalsRoute } from './routes/proposals/proposals-route';
import { RecommendationsRoute } from './routes/recommendations/recommendations-route';
import { RegionRoute } from './routes/region/region-route';
import { RegionsRoute } from './routes/regions';
import { SectionRoute } from './routes/section/section-route';
import { SignInRoute } from './routes/sign-in';
import { StrategyRoute } from './routes/strategy/strategy-route';
import { TranslationRoute } from './routes/translation/translation-route';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '/forgot-password', element: <ForgotPasswordRoute /> },
      { path: '/reset-password/:token', element: <ResetPasswordRoute /> },
      { path: '/invitations/:token', element: <InvitationRoute /> },
      { path: '/account', element: <AccountRoute /> },
      { path: '/admin/outbox', element: <OutboxRoute /> },
      { path: '/notifications', element: <NotificationsRoute /> },
      { path: '/settings/notifications', element: <NotificationSettingsRoute /> },
      { path: '/unsubscribe/:token', element: <UnsubscribeRoute /> },
      { path: '/regions', element: <RegionsRoute /> },
      { path: '/regions/:regionId', element: <RegionRoute /> },
      { path: '/strategies/:strategyId', element: <StrategyRoute /> },
      { path: '/strategies/:strategyId/proposals', element: <ProposalsRoute /> },
      { path: '/strategies/:strategyId/recommendations', element: <RecommendationsRoute /> },
      { path: '/strategies/:strategyId/export', element: <ExportRoute /> },
      { path: '/proposals/:proposalId', element: <ProposalRoute /> },
      { path: '/sections/:sectionId', element: <SectionRoute /> },
      { path: '/sections/:sectionId/translations/:language', element: <TranslationRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
