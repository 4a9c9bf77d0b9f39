import { Center, Loader, Text } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import Login from './pages/auth/Login.tsx';
import Signup from './pages/auth/Signup.tsx';
import AcceptInvite from './pages/invite/index.tsx';
import Dashboard from './pages/dashboard/index.tsx';
const SurveysArea = lazy(() => import('./pages/surveys/index.tsx'));
const SurveyDistribute = lazy(() => import('./pages/surveys/Distribute/index.tsx'));
const SurveyResponses = lazy(() => import('./pages/surveys/Responses/index.tsx'));
const IdeasArea = lazy(() => import('./pages/ideas/index.tsx'));
const AnalysisArea = lazy(() => import('./pages/analysis/index.tsx'));
const SegmentsArea = lazy(() => import('./pages/segments/index.tsx'));
const ThemesArea = lazy(() => import('./pages/themes/index.tsx'));
const DecisionsArea = lazy(() => import('./pages/decisions/index.tsx'));
const CustomersArea = lazy(() => import('./pages/customers/index.tsx'));
import Settings from './pages/settings/index.tsx';
const PublicSurvey = lazy(() => import('./pages/public-survey/index.tsx'));
const PublicBoard = lazy(() => import('./pages/public-board/index.tsx'));
const PublicReport = lazy(() => import('./pages/public-report/index.tsx'));

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center h="60vh">
      <Text>{t('notFound')}</Text>
    </Center>
  );
}

// Areas load on first visit, so the login page and the public pages do not carry every area's charts.
function page(Component: ComponentType) {
  return (
    <Suspense
      fallback={
        <Center h="40vh">
          <Loader />
        </Center>
      }
    >
      <Component />
    </Suspense>
  );
}

// Team pages live inside AppLayout (login required); public pages (survey, board, invitation) outside it.
export const router = createBrowserRouter([
  { path: '/login', element: <Login /> },
  { path: '/signup', element: <Signup /> },
  { path: '/invite/:token', element: <AcceptInvite /> },
  { path: '/s/:slug', element: page(PublicSurvey) },
  { path: '/b/:slug/*', element: page(PublicBoard) },
  { path: '/r/:token', element: page(PublicReport) },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'surveys/*', element: page(SurveysArea) },
      { path: 'surveys/:surveyId/distribute', element: page(SurveyDistribute) },
      { path: 'surveys/:surveyId/responses', element: page(SurveyResponses) },
      { path: 'ideas/*', element: page(IdeasArea) },
      { path: 'analysis/*', element: page(AnalysisArea) },
      { path: 'segments/*', element: page(SegmentsArea) },
      { path: 'themes/*', element: page(ThemesArea) },
      { path: 'decisions/*', element: page(DecisionsArea) },
      { path: 'customers/*', element: page(CustomersArea) },
      { path: 'settings', element: <Settings /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '*', element: <NotFound /> },
]);
