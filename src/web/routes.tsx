import { Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import Login from './pages/auth/Login.tsx';
import Signup from './pages/auth/Signup.tsx';
import AcceptInvite from './pages/invite/index.tsx';
import Dashboard from './pages/dashboard/index.tsx';
import SurveysArea from './pages/surveys/index.tsx';
import SurveyDistribute from './pages/surveys/Distribute/index.tsx';
import SurveyResponses from './pages/surveys/Responses/index.tsx';
import IdeasArea from './pages/ideas/index.tsx';
import AnalysisArea from './pages/analysis/index.tsx';
import SegmentsArea from './pages/segments/index.tsx';
import ThemesArea from './pages/themes/index.tsx';
import DecisionsArea from './pages/decisions/index.tsx';
import CustomersArea from './pages/customers/index.tsx';
import Settings from './pages/settings/index.tsx';
import PublicSurvey from './pages/public-survey/index.tsx';
import PublicBoard from './pages/public-board/index.tsx';
import PublicReport from './pages/public-report/index.tsx';

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center h="60vh">
      <Text>{t('notFound')}</Text>
    </Center>
  );
}

// Team pages live inside AppLayout (login required); public pages (survey, board, invitation) outside it.
export const router = createBrowserRouter([
  { path: '/login', element: <Login /> },
  { path: '/signup', element: <Signup /> },
  { path: '/invite/:token', element: <AcceptInvite /> },
  { path: '/s/:slug', element: <PublicSurvey /> },
  { path: '/b/:slug/*', element: <PublicBoard /> },
  { path: '/r/:token', element: <PublicReport /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'surveys/*', element: <SurveysArea /> },
      { path: 'surveys/:surveyId/distribute', element: <SurveyDistribute /> },
      { path: 'surveys/:surveyId/responses', element: <SurveyResponses /> },
      { path: 'ideas/*', element: <IdeasArea /> },
      { path: 'analysis/*', element: <AnalysisArea /> },
      { path: 'segments/*', element: <SegmentsArea /> },
      { path: 'themes/*', element: <ThemesArea /> },
      { path: 'decisions/*', element: <DecisionsArea /> },
      { path: 'customers/*', element: <CustomersArea /> },
      { path: 'settings', element: <Settings /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '*', element: <NotFound /> },
]);
