import { SelectField } from '../../components/select-field';
import { monitoringText } from '../../i18n/monitoring';
import { SEMESTERS } from './semesters';

/** The six semesters of the plan ("1° semestre 2025" …). */
export function SemesterSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (semester: string) => void }) {
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      options={SEMESTERS.map((semester) => ({ value: semester, label: monitoringText.semester.label(semester) }))}
    />
  );
}
