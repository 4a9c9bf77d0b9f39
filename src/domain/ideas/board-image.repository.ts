import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { LIMITS } from '../../shared/ideas.ts';
import { cleanImage, decodeImageUpload, ImageRejected } from './board-image.ts';

/** Checks, strips and stores an uploaded image; a bad image is a 400 on `field`. */
export async function saveBoardImage(db: Db, props: { workspaceId: string; customerId: string | null; data: string; field: string }) {
  let cleaned;
  try {
    cleaned = cleanImage(decodeImageUpload(props.data), LIMITS.imageBytes);
  } catch (err) {
    if (err instanceof ImageRejected) throw errors.validation([{ field: props.field, reason: err.reason }], `The image is not accepted: ${err.reason}.`);
    throw err;
  }
  const id = randomUUID();
  await db.insertInto('board_images').values({ id, workspace_id: props.workspaceId, customer_id: props.customerId, mime_type: cleaned.type, bytes: cleaned.bytes }).execute();
  return id;
}

export function findBoardImage(db: Db, imageId: string) {
  return db.selectFrom('board_images').select(['mime_type', 'bytes']).where('id', '=', imageId).executeTakeFirst();
}
