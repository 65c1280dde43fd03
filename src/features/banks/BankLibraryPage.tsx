import { useBanks } from '../../storage/live';
import { usePageTitle } from '../../ui/usePageTitle';
import { BankList } from './BankList';
import { ImportSection } from './ImportSection';

export function BankLibraryPage() {
  usePageTitle('Question banks');
  const banks = useBanks();
  return (
    <>
      <h1>Question banks</h1>
      <p className="lead">
        Mock exams draw their questions from the banks saved in this browser. Everything stays on this device.
      </p>
      <ImportSection />
      <BankList banks={banks} />
    </>
  );
}
