import { useCallback, useState } from 'react';
import { useStoredCounts } from '../../storage/backup';
import { usePageTitle } from '../../ui/usePageTitle';
import { BackupSection } from './BackupSection';
import { DeleteAllSection } from './DeleteAllSection';
import { RestoreSection } from './RestoreSection';
import { StorageSection } from './StorageSection';
import './settings.css';

export function SettingsPage() {
  usePageTitle('Settings and backup');
  const counts = useStoredCounts() ?? null;
  // Remounts the storage figures after an import or a deletion, so they are measured again.
  const [changes, setChanges] = useState(0);
  const changed = useCallback(() => setChanges((n) => n + 1), []);

  return (
    <div className="settings-page">
      <h1>Settings and backup</h1>
      <p className="lead">
        Everything this app keeps (question banks, attempts with every answer, settings) lives in this browser
        only. Download a backup to keep it safe or to move it to another browser or computer.
      </p>
      <BackupSection counts={counts} />
      <RestoreSection onImported={changed} />
      <StorageSection key={changes} />
      <DeleteAllSection counts={counts} onDeleted={changed} />
    </div>
  );
}
