/**
 * Reference data and checks of the province's enterprise registry: administrative
 * divisions (GB/T 2260), the industry classification (GB/T 4754-2017) and the validation of
 * a registry entry (credit code, region, industry, size, key-enterprise flag, contacts).
 */
export * from './regions.ts';
export * from './industries.ts';
export * from './enterprise.ts';
