import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import SegmentsHome from './Home/index.tsx';

// The finder and the detail page pull in ECharts; they load when opened.
const FindSegments = lazy(() => import('./Find/index.tsx'));
const SegmentationDetail = lazy(() => import('./Detail/index.tsx'));

/** The segments area: surveys and saved segmentations, the finder for one survey, one saved segmentation. */
export default function SegmentsArea() {
  return (
    <Suspense
      fallback={
        <Center h="40vh">
          <Loader />
        </Center>
      }
    >
      <Routes>
        <Route index element={<SegmentsHome />} />
        <Route path="find/:surveyId" element={<FindSegments />} />
        <Route path=":segmentationId" element={<SegmentationDetail />} />
      </Routes>
    </Suspense>
  );
}
