import { Route, Routes } from 'react-router';
import SurveyList from './List/index.tsx';
import SurveyBuilder from './Builder/index.tsx';

/** The surveys area: the list, and the builder of one survey (Distribute/ and Responses/ have their own routes). */
export default function SurveysArea() {
  return (
    <Routes>
      <Route index element={<SurveyList />} />
      <Route path=":surveyId" element={<SurveyBuilder />} />
    </Routes>
  );
}
