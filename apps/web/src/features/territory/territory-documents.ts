import { gql, type TypedDocumentNode } from '@urql/core';
import type { AmbitoDetail, AmbitoSummary, Territory } from './territory-types';

const AMBITO_SUMMARY_FIELDS = gql`
  fragment AmbitoSummaryFields on Ambito {
    id
    name
    comuniCount
    fnpsQuotaPerYearCents
    distretto {
      id
      number
      name
      asst {
        id
        name
      }
    }
  }
`;

export const TerritoryQuery: TypedDocumentNode<{ territory: Territory; ambiti: AmbitoSummary[] }, Record<string, never>> = gql`
  query Territory {
    territory {
      province
      ambitiCount
      comuniListed
      comuniOfficial
      fnpsQuotaSumCents
      fnpsStatedTotalCents
      fnpsDifferenceCents
      fnpsNote
    }
    ambiti {
      ...AmbitoSummaryFields
    }
  }
  ${AMBITO_SUMMARY_FIELDS}
`;

export const AmbitoQuery: TypedDocumentNode<{ ambito: AmbitoDetail | null }, { id: string }> = gql`
  query Ambito($id: ID!) {
    ambito(id: $id) {
      ...AmbitoSummaryFields
      aliases
      comuni {
        id
        name
        probableOfficialName
      }
    }
  }
  ${AMBITO_SUMMARY_FIELDS}
`;

/** Just the names, for filters and selects. */
export const AmbitoOptionsQuery: TypedDocumentNode<{ ambiti: { id: string; name: string }[] }, Record<string, never>> = gql`
  query AmbitoOptions {
    ambiti {
      id
      name
    }
  }
`;
