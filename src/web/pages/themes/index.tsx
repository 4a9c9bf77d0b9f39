import { AreaNotBuilt } from '../../components/AreaNotBuilt/index.tsx';

export default function ThemesArea() {
  return <AreaNotBuilt area="themes" />;
}
