import { createElement, type ReactNode } from 'react';
import { toApiError } from '../../app/graphql-errors';
import type { SelectOption } from '../../components/select-field';
import { ErrorState } from '../../components/error-state';
import { useAmbitoOptions } from '../territory/use-ambito-options';
import { useOrganizationOptions } from './use-organization-options';
import { useOrganizationTypes } from './use-organization-types';

export interface OrganizationFormOptions {
  loading: boolean;
  /** Shown above the form when a list could not be loaded (the form still works without it). */
  errorAlert: ReactNode;
  types: string[];
  ambiti: SelectOption[];
  parents: SelectOption[];
}

/** The lists the organisation form offers: existing types, the 14 Ambiti, possible parents. */
export function useOrganizationFormOptions(): OrganizationFormOptions {
  const [types] = useOrganizationTypes();
  const [ambiti] = useAmbitoOptions();
  const [organizations] = useOrganizationOptions();
  const error = types.error ?? ambiti.error ?? organizations.error;
  const pending = (r: { data?: unknown; error?: unknown }) => r.data === undefined && !r.error;
  return {
    loading: pending(types) || pending(ambiti) || pending(organizations),
    errorAlert: error ? createElement(ErrorState, { error: toApiError(error) }) : null,
    types: types.data?.organizationTypes ?? [],
    ambiti: (ambiti.data?.ambiti ?? []).map((a) => ({ value: a.id, label: a.name })),
    parents: [...(organizations.data?.organizations ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'it'))
      .map((o) => ({ value: o.id, label: o.name })),
  };
}
