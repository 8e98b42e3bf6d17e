import type { ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { it } from '../../i18n/it';

/** The API's answer to a space form, above the form; the problems of the fields it shows are shown by them. */
export function SpaceFormError({ error, shownFields }: { error: ApiError; shownFields: readonly string[] }) {
  return (
    <FormErrorAlert
      error={error}
      shownFields={shownFields}
      // "Controlla i dati inseriti" only when the data is the problem; otherwise the title for the code.
      title={error.code === 'BAD_USER_INPUT' ? it.spaces.formErrorTitle : undefined}
    />
  );
}
