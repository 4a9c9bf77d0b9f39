import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function AnalysisArea() {
  return <AreaNotBuilt area="analysis" />;
}
