import type { ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { meetingsText } from '../../i18n/meetings';
import { problemPath } from './meeting-form-values';

/**
 * The API's answer above a meetings form: its message, and the field problems the form cannot
 * place next to a control (matched by their exact path, e.g. "agenda.1.title").
 */
export function MeetingFormError({ error, shownPaths }: { error: ApiError; shownPaths: readonly string[] }) {
  const unplaced = { ...error, fields: error.fields.filter((f) => !shownPaths.includes(problemPath(f.field))) };
  return <FormErrorAlert error={unplaced} title={error.code === 'BAD_USER_INPUT' ? meetingsText.form.errorTitle : undefined} />;
}
