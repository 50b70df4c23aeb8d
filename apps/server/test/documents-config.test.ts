import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { attachmentHeader, cleanFileName } from '../src/documents/document.files.js';

describe('document storage configuration', () => {
  it('keeps files on disk unless the four S3 settings are given', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    const config = loadConfig({ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'b', S3_ACCESS_KEY: 'k', S3_SECRET_KEY: 's' });
    expect(config.s3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'b',
      accessKey: 'k',
      secretKey: 's',
      region: 'us-east-1',
    });
  });

  it('names the missing S3 settings when only some are given', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'b' })).toThrow(ConfigError);
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'b' })).toThrow(
      /S3_ACCESS_KEY, S3_SECRET_KEY missing/,
    );
  });
});

describe('file names', () => {
  it('keep accents, lose paths, controls and bidirectional overrides', () => {
    expect(cleanFileName('Compte rendu — journée 1.pdf')).toBe('Compte rendu — journée 1.pdf');
    expect(cleanFileName('..\\..\\windows\\system.ini')).toBe('system.ini');
    expect(cleanFileName('rapport\u202Efdp.exe')).toBe('rapportfdp.exe');
    expect(cleanFileName('   ')).toBe('document');
  });

  it('are sent back as an RFC 6266 attachment with an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentHeader('Budget prévisionnel (v2).xlsx')).toBe(
      `attachment; filename="Budget previsionnel (v2).xlsx"; filename*=UTF-8''Budget%20pr%C3%A9visionnel%20%28v2%29.xlsx`,
    );
  });
});
