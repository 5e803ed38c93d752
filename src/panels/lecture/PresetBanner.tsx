/** Which preset is loaded, whom its θ is for, and its one-line lesson, while its settings are untouched. */
import { useLengthFormat } from '../../app/useLengthFormat';
import { useDisplayedScenario } from '../../state/displayed';
import { presetOf } from '../../state/presetMatch';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { goalWho } from '../goalWords';

const tourSelector = (st: AppState) => st.tourStep;

export function PresetBanner() {
  const s = useDisplayedScenario();
  const tourStep = useAppStore(tourSelector);
  const units = useLengthFormat();
  const match = presetOf(s);
  // The tour asks the preset's question first; its lesson would give the answer away.
  if (!match || tourStep !== null) return null;
  const { preset, index } = match;
  return (
    <section className="preset-banner" aria-label="Loaded preset">
      <p>
        <strong>
          Preset {index + 1}: {preset.name}
        </strong>{' '}
        · θ is for {goalWho(s)}
      </p>
      <p className="preset-lesson">{units.prose(preset.lesson)}</p>
    </section>
  );
}
