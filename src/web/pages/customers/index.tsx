import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function CustomersArea() {
  return <AreaNotBuilt area="customers" />;
}
