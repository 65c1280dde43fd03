import { useEffect, useState } from 'react';
import { countAttemptsUsingBank, deleteBank } from '../../storage/banks';
import type { BankRow } from '../../storage/db';
import { Modal } from '../../ui/Modal';

/** Asks before deleting, and says that past attempts keep the questions they were given. */
export function DeleteDialog({ bank, onClose }: { bank: BankRow; onClose: (deleted: boolean) => void }) {
  const [attempts, setAttempts] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    countAttemptsUsingBank(bank.id).then(
      (n) => live && setAttempts(n),
      () => live && setAttempts(null),
    );
    return () => {
      live = false;
    };
  }, [bank.id]);

  const confirm = async () => {
    try {
      await deleteBank(bank.id);
      onClose(true);
    } catch (e) {
      setError(
        `The bank could not be deleted (${e instanceof Error ? e.message : String(e)}); it is unchanged.`,
      );
    }
  };

  return (
    <Modal title={`Delete “${bank.title}”?`} onClose={() => onClose(false)}>
      <p>
        Its {bank.questionCount.toLocaleString('en')} questions are removed from this browser. Past attempts
        keep their own frozen copies of the questions they used, so their scores and reviews do not change
        {attempts !== null && attempts > 0
          ? ` (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} used this bank)`
          : ''}
        .
      </p>
      {bank.origin === 'shipped' && (
        <p>
          This is a sample bank that ships with the app; it comes back only when a new version of it is
          released.
        </p>
      )}
      {error && (
        <p className="error-banner" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button primary" onClick={confirm}>
          Delete bank
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          Keep bank
        </button>
      </div>
    </Modal>
  );
}
