/**
 * A cache of the generator's banks of standard-normal draws, by seed. It holds nothing the user
 * chose: any bank can be drawn again from its seed, so dropping one costs only time.
 */
import { normalBankCreate, normalBankGrow } from '../core/index';
import type { NormalBank } from '../core/index';

const banks = new Map<number, NormalBank>();

/** The bank of standard-normal draws for `seed`, grown to hold `size`; the few most recent seeds are kept. */
export function generatedBank(seed: number, size: number): NormalBank {
  const had = banks.get(seed) ?? normalBankCreate(seed);
  const grown = normalBankGrow(had, size);
  banks.delete(seed);
  banks.set(seed, grown);
  while (banks.size > 4) banks.delete(banks.keys().next().value!);
  return grown;
}
