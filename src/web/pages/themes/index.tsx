import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

// ECharts is heavy: the Themes area loads it only when opened.
const ThemesPage = lazy(() => import('./ThemesPage.tsx'));

export default function ThemesArea() {
  return (
    <Suspense
      fallback={
        <Center h="40vh">
          <Loader />
        </Center>
      }
    >
      <ThemesPage />
    </Suspense>
  );
}
