// The stream's readout only offers "Match the filter" where following it helps: where the filter is
// ahead of fine-tuning. In each stream preset the sentence is checked against the numbers.
import { describe, expect, it } from 'vitest';
import { presetStream } from '../../state/applyPreset';
import { PRESETS } from '../../state/presets';
import { selectStreamRun } from '../../state/streamDerived';
import { lengthFormat } from '../../ui/format';
import { streamVerdict } from './streamWords';

const units = lengthFormat('cm');

describe('streamVerdict', () => {
  const streamPresets = PRESETS.filter((p) => p.focus === 'stream');

  it('covers the stream presets', () => {
    expect(streamPresets.length).toBeGreaterThanOrEqual(4);
  });

  for (const p of streamPresets) {
    it(`suggests Match the filter in “${p.name}” only if the filter beats fine-tuning there`, () => {
      const s = presetStream(p);
      const d = selectStreamRun(s);
      const v = streamVerdict(d, s, units);
      const filterAhead = d.paths.filter.meanExcess < d.paths.finetune.meanExcess;
      if (!filterAhead) expect(v.versus ?? '').not.toContain('Match the filter');
      // Where it is offered, following it brings fine-tuning closer to the filter.
      if ((v.versus ?? '').includes('Match the filter')) {
        const matched = selectStreamRun({ ...s, steps: d.stepsMatch! });
        const gap = (e: typeof d) => e.paths.finetune.meanExcess - e.paths.filter.meanExcess;
        expect(Math.abs(gap(matched))).toBeLessThan(Math.abs(gap(d)));
      }
    });
  }
});
