import { ERP_TABLES } from './tables-erp.ts';
import { FIN_TABLES } from './tables-fin.ts';
import { HR_TABLES } from './tables-hr.ts';
import { MISC_TABLES } from './tables-misc.ts';
import { OPS_TABLES } from './tables-ops.ts';
import { PROD_TABLES } from './tables-prod.ts';
import { RD_TABLES } from './tables-rd.ts';
import { SCADA_TABLES } from './tables-scada.ts';
import type { DemoTable } from './types.ts';

/** Every table of the demo database, in creation order. */
export const DEMO_TABLES: readonly DemoTable[] = [
  ...HR_TABLES,
  ...FIN_TABLES,
  ...ERP_TABLES,
  ...PROD_TABLES,
  ...SCADA_TABLES,
  ...RD_TABLES,
  ...OPS_TABLES,
  ...MISC_TABLES,
];

export type { Cell, ColumnType, DemoColumn, DemoSchema, DemoTable } from './types.ts';
