import { Link } from 'react-router';
import { it } from '../../i18n/it';

/** After INVALID_TOKEN: the way out is a new link (a reset link) or a new invitation. */
export function InvalidTokenHelp({ kind }: { kind: 'reset' | 'invitation' }) {
  if (kind === 'invitation') return <p className="mb-4">{it.auth.invalidInvitationHelp}</p>;
  return (
    <p className="mb-4">
      {it.auth.invalidTokenHelp} <Link to="/password-dimenticata">{it.auth.requestNewLink}</Link>
    </p>
  );
}
