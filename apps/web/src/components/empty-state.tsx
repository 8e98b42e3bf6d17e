import type { ReactNode } from 'react';

/** Shown instead of an empty table or list, so "nothing found" is said out loud. */
export function EmptyState({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <div className="border rounded p-4 my-4 bg-light" role="status">
      <p className="fw-semibold mb-1">{message}</p>
      {children}
    </div>
  );
}
