/**
 * @shuan/demo — the seeded demo database of 华东精工汽车零部件股份有限公司 (ERP, MES, PLM, SCADA,
 * HR, WMS/logistics, after-sales, IT assets, system users) and its declared ground truth.
 */
export { buildDemoSqlite, sqliteCreateTable, type BuildDemoOptions } from './emit/build-sqlite.ts';
export { loadDemoIntoPostgres, postgresDdl } from './emit/load-postgres.ts';
export { loadDemoIntoMysql, mysqlDdl } from './emit/load-mysql.ts';
export { defaultDemoPath, ensureDemoDatabase } from './ensure-demo.ts';
export {
  demoGroundTruth,
  reportedTableName,
  type DemoColumnTruth,
  type DemoGroundTruth,
  type DemoTableTruth,
} from './ground-truth.ts';
export { DEFAULT_SEED, DEMO_VERSION, demoData, type DemoData } from './generate.ts';
export {
  DEMO_TABLES,
  type DemoColumn,
  type DemoTable,
  type DemoSchema,
  type Cell,
} from './schema/index.ts';
