import { CatalogItemSchema } from '@shuan/contracts';
import { catalogVersionsRepository, type Queryable } from '@shuan/db';
import { AppError, MESSAGES } from '../http/app-error.ts';
import { fileableItems, type FiledItem } from './build-filing.ts';

/**
 * The filed form of the important and core items of frozen catalog version `number`
 * (`VERSION_NOT_FOUND` otherwise): what a filing of that version carries, and what the
 * province holds once it accepted it.
 */
export async function versionItems(
  db: Queryable,
  orgId: string,
  number: number,
): Promise<FiledItem[]> {
  const version = await catalogVersionsRepository.getByNumber(db, orgId, number);
  if (version === undefined) {
    throw new AppError(
      'VERSION_NOT_FOUND',
      MESSAGES.notFound(`目录版本 ${String(number)} `, `catalog version ${String(number)}`),
    );
  }
  const raw = await catalogVersionsRepository.items(db, orgId, version.id);
  return fileableItems(raw.map((item) => CatalogItemSchema.parse(item)));
}
