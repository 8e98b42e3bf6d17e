import { splitExcerpt } from './excerpt-parts';

/** The API's excerpt with the words found in <mark>: React text nodes only, never HTML. */
export function SearchExcerpt({ excerpt }: { excerpt: string }) {
  return (
    <span className="search-excerpt">
      {splitExcerpt(excerpt).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
