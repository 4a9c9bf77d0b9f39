import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function DecisionsArea() {
  return <AreaNotBuilt area="decisions" />;
}
