import { LIMITS } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { checkBeforeUpload, sizeParts } from './upload';

describe('before an upload leaves the browser', () => {
  it('refuses an empty file and a file over the shared limit, and lets the limit itself through', () => {
    expect(checkBeforeUpload(new File([], 'vide.pdf'))).toEqual({ reason: 'EMPTY_FILE' });
    const over = { size: LIMITS.uploadMaxBytes + 1 } as File;
    expect(checkBeforeUpload(over)).toEqual({ reason: 'TOO_LARGE' });
    expect(checkBeforeUpload({ size: LIMITS.uploadMaxBytes } as File)).toBeNull();
  });

  it('says sizes the way people read them', () => {
    expect(sizeParts(512)).toEqual({ unit: 'B', n: 512 });
    expect(sizeParts(1536)).toEqual({ unit: 'KB', n: 1.5 });
    expect(sizeParts(LIMITS.uploadMaxBytes)).toEqual({ unit: 'MB', n: 25 });
  });
});
