import { z } from 'zod';
import { ListQuerySchema, pageOf, QueryBooleanSchema } from './common.schema.ts';

/**
 * Enterprise sizes of the SME classification: 大型, 中型, 小型, 微型
 * (《统计上大中小微型企业划分办法（2017）》).
 */
export const ENTERPRISE_SIZES = ['large', 'medium', 'small', 'micro'] as const;

/**
 * One entry of a province's enterprise registry (企业名录) as the API shows it. Codes come
 * with their names: `regionPath` (`江苏省 / 苏州市 / 姑苏区`, GB/T 2260) and the GB/T
 * 4754-2017 division and section. `nodeId` is set once the enterprise's own node has
 * enrolled; `tenantOrgId` when it is hosted as a tenant on this node.
 */
export const EnterpriseSchema = z.object({
  id: z.uuid(),
  uscc: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionPath: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  industryNameEn: z.string(),
  sectionCode: z.string(),
  size: z.enum(ENTERPRISE_SIZES),
  keyEnterprise: z.boolean(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  address: z.string(),
  nodeId: z.string().nullable(),
  tenantOrgId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** A registry entry as parsed. */
export type EnterpriseDto = z.infer<typeof EnterpriseSchema>;

// Shapes only: the server checks the meaning (GB 32100 check character, a known region and
// division) and answers with the field's own code (`ENTERPRISE_USCC_INVALID` …).
const EnterpriseFieldsSchema = z.object({
  /** Unified social credit code, 18 characters (GB 32100); case and spaces are normalised. */
  uscc: z.string().min(1).max(40),
  name: z.string().min(1).max(200),
  /** GB/T 2260 code: 6 digits, or a 2-/4-digit province or prefecture prefix. */
  regionCode: z.string().min(1).max(12),
  /** GB/T 4754-2017 division: `36`, or with its section letter `C36`. */
  industryCode: z.string().min(1).max(6),
  size: z.enum(ENTERPRISE_SIZES),
  keyEnterprise: z.boolean(),
  contactName: z.string().max(100),
  contactPhone: z.string().max(100),
  contactEmail: z.string().max(100),
  address: z.string().max(500),
});

/** Body of `POST /api/v1/registry/enterprises`. Contacts are optional. */
export const CreateEnterpriseRequestSchema = EnterpriseFieldsSchema.extend({
  keyEnterprise: z.boolean().default(false),
})
  .partial({ contactName: true, contactPhone: true, contactEmail: true, address: true })
  .strict();

/** A create-enterprise request as parsed. */
export type CreateEnterpriseRequest = z.infer<typeof CreateEnterpriseRequestSchema>;

/** Body of `PATCH /api/v1/registry/enterprises/:id`: any of the fields. */
export const UpdateEnterpriseRequestSchema = EnterpriseFieldsSchema.partial().strict();

/** An update-enterprise request as parsed. */
export type UpdateEnterpriseRequest = z.infer<typeof UpdateEnterpriseRequestSchema>;

/**
 * Query of `GET /api/v1/registry/enterprises`: `region` keeps entries inside a province,
 * prefecture or county (`32`, `320500`, `320508`), `industry` a division (`36` or `C36`),
 * `key=true` the key enterprises; `q` searches name and credit code. Sorts: `name`,
 * `uscc`, `regionCode`, `industryCode`, `size`, `keyEnterprise`, `createdAt`, `updatedAt`.
 */
export const ListEnterprisesQuerySchema = ListQuerySchema.extend({
  region: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})$/)
    .optional(),
  industry: z
    .string()
    .regex(/^[A-Ta-t]?\d{2}$/)
    .optional(),
  size: z.enum(ENTERPRISE_SIZES).optional(),
  key: QueryBooleanSchema.optional(),
  q: z.string().max(100).optional(),
});

/** A page of registry entries. */
export const EnterprisePageSchema = pageOf(EnterpriseSchema);

/**
 * An administrative division (GB/T 2260). `placeholder` marks grouping rows (市辖区, 县 …);
 * `zone` marks statistics-only county-level units such as development zones.
 */
export const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'prefecture', 'county']),
  parentCode: z.string().nullable(),
  placeholder: z.boolean(),
  zone: z.boolean(),
  hasChildren: z.boolean(),
});

/** Query of `GET /api/v1/registry/regions`: the parent's code, or none for the provinces. */
export const ListRegionsQuerySchema = z.object({
  parent: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})$/)
    .optional(),
});

/** Answer of `GET /api/v1/registry/regions`: the divisions under `parent`, and the table's date. */
export const RegionListSchema = z.object({
  parent: RegionSchema.nullable(),
  items: z.array(RegionSchema),
  asOf: z.string(),
});

/** Answer of `GET /api/v1/registry/industries`: GB/T 4754-2017 sections with their divisions. */
export const IndustryListSchema = z.object({
  standard: z.string(),
  sections: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      divisions: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
    }),
  ),
});
