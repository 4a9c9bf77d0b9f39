import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function SurveysArea() {
  return <AreaNotBuilt area="surveys" />;
}
