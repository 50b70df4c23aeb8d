import type { EntityManager } from 'typeorm';
import { badInput } from '../core/errors.js';
import { Document } from './document.entity.js';

/**
 * The id of a note a lesson or an agenda item may link: a NOTE document of the same pair. Absent or
 * empty means no link. Anything else (a file, another pair's note, an unknown id) is refused the same
 * way, so the answer tells nothing about other pairs.
 */
export async function linkableNoteId(
  manager: EntityManager,
  pairId: string,
  noteId: string | null | undefined,
): Promise<string | null> {
  const id = noteId?.trim() ?? '';
  if (!id) return null;
  const found = await manager.getRepository(Document).existsBy({ id, pairId, kind: 'NOTE' });
  if (!found) throw badInput('Not a note of this pair', { reason: 'UNKNOWN_NOTE' });
  return id;
}
