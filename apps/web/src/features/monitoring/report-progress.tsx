import { Progress } from 'design-react-kit';
import { monitoringText } from '../../i18n/monitoring';
import { formatIndicatorValue, formatProgress } from './indicator-values';
import type { IndicatorUnit } from './monitoring-types';

interface ReportProgressProps {
  name: string;
  unit: IndicatorUnit;
  progress: number | null;
  current: number | null;
  target: number | null;
}

/**
 * How far an indicator has gone toward its target: a bar, and the same in numbers beside it
 * ("40% (2 su 5)"), which is also the bar's accessible value.
 */
export function ReportProgress({ name, unit, progress, current, target }: ReportProgressProps) {
  const t = monitoringText.report;
  if (progress === null) return <span>{t.noProgress}</span>;
  const percent = Math.round(progress * 100);
  const text = t.progressText(formatProgress(progress), formatIndicatorValue(unit, current), formatIndicatorValue(unit, target));
  return (
    <div className="report-progress">
      <Progress value={percent} color="success" aria-label={t.progressOf(name)} aria-valuetext={text} />
      <span className="small">{text}</span>
    </div>
  );
}
