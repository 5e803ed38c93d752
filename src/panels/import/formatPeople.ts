import { formatInt, formatSig } from '../../ui/format';

/** A number of people from a frequency table, which may be fractional: whole where it is whole. */
export const formatPeople = (n: number) => (Number.isInteger(n) ? formatInt(n) : formatSig(n, 4));
