/** A preset's words in the language on show, for the panels that name it, ask it and teach it. */
import { t } from '../../i18n/catalogue';
import type { LengthFormat } from '../../ui/format';
import type { Preset } from '../../state/presets';

export const presetName = (p: Preset): string => t(p.name);
// The texts write their lengths in the unit on show themselves.
export const presetLesson = (p: Preset, units: LengthFormat): string => p.lesson(units);
export const presetQuestion = (p: Preset, units: LengthFormat): string => p.question(units);
export const presetAnswer = (p: Preset, units: LengthFormat): string => p.answer(units);
