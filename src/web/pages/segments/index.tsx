import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function SegmentsArea() {
  return <AreaNotBuilt area="segments" />;
}
