import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function IdeasArea() {
  return <AreaNotBuilt area="ideas" />;
}
