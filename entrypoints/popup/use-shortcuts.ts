import { useEffect, useState } from 'preact/hooks';
import { readStepShortcuts, type StepShortcuts } from '../../utils/step-shortcuts';

/** The keys for the next and previous mention ('' when unset); null until read. */
export function useShortcuts(): StepShortcuts | null {
  const [shortcuts, setShortcuts] = useState<StepShortcuts | null>(null);
  useEffect(() => {
    let live = true;
    readStepShortcuts().then(
      (read) => live && setShortcuts(read),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}
