/** Shorthands for writing a sample's entries; each sample gives its own evidence-link prefix. */
import type { RowInput } from '../entries';

export type SampleEntry = Partial<RowInput>;

export function sampleEntryHelpers(prefix: string) {
  const link = (id: string) => `https://drive.google.com/file/d/${prefix}${id}/view`;
  const ratio = (a: number, b: number, owner: string, extra: SampleEntry = {}): SampleEntry => ({
    a,
    b,
    owner,
    evidence: link(`${a}-${b}`),
    ...extra,
  });
  const value = (v: string | number, owner: string, extra: SampleEntry = {}): SampleEntry => ({
    value: v,
    owner,
    evidence: link(encodeURIComponent(String(v))),
    ...extra,
  });
  return { ratio, value };
}
