import { Badge } from 'design-react-kit';
import { modelsText } from '../../i18n/models';
import type { ModelStatus, ModelVersionStatus } from './model-types';
import { modelStatusColor, versionStatusColor } from './model-version-state';

/** A model's status in words ("In revisione"), coloured too. */
export function ModelStatusBadge({ status, className }: { status: ModelStatus; className?: string }) {
  return (
    <Badge color={modelStatusColor(status)} className={className}>
      {modelsText.status[status] ?? status}
    </Badge>
  );
}

/** A version's status in words ("Approvata", "Sostituita"), coloured too. */
export function VersionStatusBadge({ status, className }: { status: ModelVersionStatus; className?: string }) {
  return (
    <Badge color={versionStatusColor(status)} className={className} testId="stato-versione">
      {modelsText.versionStatus[status] ?? status}
    </Badge>
  );
}
