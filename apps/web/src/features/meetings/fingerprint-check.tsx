import { Button } from 'design-react-kit';
import { useState } from 'react';
import { meetingsText } from '../../i18n/meetings';
import { sameDigest, sha256Hex } from './sha256-hex';

type Check = { state: 'idle' | 'running' | 'unavailable' } | { state: 'done'; computed: string; matches: boolean };

/**
 * "Verifica l'impronta": the browser hashes the act's HTML exactly as received (UTF-8, SHA-256)
 * and says whether it is the published fingerprint, so nobody has to trust the page for it.
 */
export function FingerprintCheck({ html, published }: { html: string; published: string }) {
  const t = meetingsText.act;
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  const verify = async () => {
    if (!globalThis.crypto?.subtle) {
      setCheck({ state: 'unavailable' });
      return;
    }
    setCheck({ state: 'running' });
    const computed = await sha256Hex(html);
    setCheck({ state: 'done', computed, matches: sameDigest(computed, published) });
  };

  return (
    <div className="my-3">
      <p className="small mb-2">{t.verifyIntro}</p>
      <Button type="button" color="primary" outline disabled={check.state === 'running'} onClick={verify}>
        {check.state === 'running' ? t.verifying : t.verify}
      </Button>
      <div role="status" className="mt-2" data-testid="verifica-impronta">
        {check.state === 'unavailable' && <p className="mb-0">{t.verifyUnavailable}</p>}
        {check.state === 'done' && (
          <p className={`mb-0 fw-semibold text-break ${check.matches ? 'text-success' : 'text-danger'}`}>
            {check.matches ? t.verifyOk(check.computed) : t.verifyFailed(check.computed)}
          </p>
        )}
      </div>
    </div>
  );
}
