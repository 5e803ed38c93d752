// The embed snippet: what it embeds, how tall, and what it says from a page opened from disk.
import { describe, expect, it } from 'vitest';
import { EMBED_WIDTH, embedSnippet } from './exporters';

const attr = (snippet: string, name: string) =>
  new DOMParser()
    .parseFromString(snippet, 'text/html')
    .querySelector('iframe')!
    .getAttribute(name)!;

describe('embedSnippet', () => {
  const link = 'https://lectures.test/ftp/?v=1&nn=50&hide=tau';

  it('embeds the drift chart alone at the height measured for it', () => {
    const { snippet, note } = embedSnippet(link, { target: 'drift', height: 812 });
    const src = new URL(attr(snippet, 'src'));
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('hide')!.split(',').sort()).toEqual(
      ['data', 'explain', 'lessons', 'losses', 'sweep', 'tau'].sort(),
    );
    expect(src.searchParams.get('nn')).toBe('50');
    expect(attr(snippet, 'height')).toBe('812');
    expect(attr(snippet, 'width')).toBe(String(EMBED_WIDTH));
    expect(note).toBeNull();
  });

  it('embeds the page with or without its header and settings', () => {
    const page = new URL(attr(embedSnippet(link, { target: 'page', height: 0 }).snippet, 'src'));
    expect(page.searchParams.get('embed')).toBe('1');
    expect(page.searchParams.get('hide')).toBe('tau');
    const full = new URL(attr(embedSnippet(link, { target: 'full', height: 0 }).snippet, 'src'));
    expect(full.searchParams.has('embed')).toBe(false);
  });

  it('from a file:// page, explains that the page must be hosted and points nowhere on disk', () => {
    const { snippet, note } = embedSnippet('file:///home/me/dist-single/index.html?v=1&nn=50', {
      target: 'drift',
      height: 800,
    });
    expect(note).toMatch(/web server/);
    expect(snippet).not.toContain('file:');
    expect(attr(snippet, 'src')).toMatch(/^HOSTED-PAGE-ADDRESS\/\?v=1&nn=50&embed=1/);
  });
});
