import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

// ECharts is heavy: the analysis area loads on first visit only.
const AnalysisPage = lazy(() => import('./AnalysisPage.tsx'));

export default function AnalysisArea() {
  return (
    <Suspense fallback={<Center h="40vh"><Loader /></Center>}>
      <AnalysisPage />
    </Suspense>
  );
}
