import { z } from 'zod';

// The enterprise a message speaks for, and its codes. A module of its own, imported by the
// payload modules and the message table alike, so none of them waits on another to load.

/** A unified social credit code's shape (GB 32100); the check digit is verified by the node. */
export const UsccSchema = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'invalid USCC');

/** A GB/T 2260 administrative division code: 6 digits, e.g. `320000` 江苏省. */
export const RegionCodeSchema = z.string().regex(/^\d{6}$/, 'invalid region code');

/** A GB/T 4754 industry code: section letter, optionally 2–4 digits, e.g. `C31`. */
export const IndustryCodeSchema = z.string().regex(/^[A-T](\d{2,4})?$/, 'invalid industry code');

/** The enterprise a filing speaks for. */
export const FilingEnterpriseSchema = z.strictObject({
  uscc: UsccSchema,
  name: z.string().min(1).max(200),
  region: RegionCodeSchema,
  industry: IndustryCodeSchema,
});
