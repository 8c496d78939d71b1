import { describe, expect, it } from 'vitest';
import { readMultipart } from './readMultipart';

describe('readMultipart', () => {
  it('reads the fields with the boundary the body starts with, files by name and size', async () => {
    const form = new FormData();
    form.set('client_secret', 'OAuthClientSecret');
    form.set('upload', new Blob(['12345']), 'key.pem');
    const text = await new Response(form).text();
    expect(readMultipart(text)).toEqual([
      { name: 'client_secret', value: 'OAuthClientSecret' },
      { name: 'upload', value: '', file: { name: 'key.pem', size: 5 } },
    ]);
  });

  it('says undefined for text that is not multipart', () => {
    expect(readMultipart('client_secret=OAuthClientSecret')).toBeUndefined();
    expect(readMultipart('--x\r\nno headers here')).toBeUndefined();
  });
});
