import type { ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { monitoringText } from '../../i18n/monitoring';
import { problemPath } from '../meetings/meeting-form-values';

/** The API's path of a problem as the form names it (e.g. "targets.1.value" → "targets.2027"). */
export type ToFormPath = (path: string) => string;

const same: ToFormPath = (path) => path;

/** The API's message for one field of the form, matched by its exact path. */
export function apiProblem(error: ApiError | null, path: string, toFormPath: ToFormPath = same): string | undefined {
  return error?.fields.find((f) => toFormPath(problemPath(f.field)) === path)?.message;
}

/**
 * The API's answer above a monitoring form: its message, and the field problems the form cannot
 * place next to a control.
 */
export function MonitoringFormError({ error, shownPaths, toFormPath = same }: { error: ApiError; shownPaths: readonly string[]; toFormPath?: ToFormPath }) {
  const unplaced = { ...error, fields: error.fields.filter((f) => !shownPaths.includes(toFormPath(problemPath(f.field)))) };
  return <FormErrorAlert error={unplaced} title={error.code === 'BAD_USER_INPUT' ? monitoringText.indicatorForm.errorTitle : undefined} />;
}
