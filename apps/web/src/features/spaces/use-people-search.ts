import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { PeopleSearchQuery } from './space-documents';

const MIN_LENGTH = 2;
const DELAY_MS = 300;

/** Searches people as the text changes (after a short pause), from two characters on. */
export function usePeopleSearch(text: string) {
  const [term, setTerm] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const active = term.length >= MIN_LENGTH;
  const [result] = useQuery({ query: PeopleSearchQuery, variables: { search: term }, pause: !active });
  const current = active && result.operation?.variables.search === term;
  return {
    term,
    active,
    people: current ? result.data?.users : undefined,
    fetching: active && (result.fetching || !current),
    error: current ? result.error : undefined,
    searchNow: () => setTerm(text.trim()),
  };
}
