// A notice on screen when the language changes is read in the new language, a link's included.
import { render, screen } from '@testing-library/react';
import { loadLocale } from '../i18n/catalogue';
import { tourEnd, tourMove } from '../state/lecture';
import { useAppStore } from '../state/store';
import { applyLocation } from './useUrlSync';
import { NoticeBar } from '../panels/lecture/NoticeBar';

afterEach(async () => {
  useAppStore.getState().setNotice(null);
  await loadLocale('en');
});

describe('the notice bar', () => {
  it('rewords the notice on show in the language chosen after it appeared', async () => {
    tourMove(0);
    tourEnd();
    const { rerender } = render(<NoticeBar />);
    expect(screen.getByRole('status')).toHaveTextContent(/your own settings are back/);
    await loadLocale('de');
    // The page rebuilds itself on a change of language (App keys it by the locale).
    rerender(<NoticeBar key="de" />);
    expect(screen.getByRole('status')).toHaveTextContent(/Ihre eigenen Einstellungen/);
  });

  it('names a link’s ignored setting in the new language too', async () => {
    applyLocation('?u=mm');
    const { rerender } = render(<NoticeBar />);
    expect(screen.getByRole('status')).toHaveTextContent('mm');
    const english = screen.getByRole('status').textContent;
    await loadLocale('fr');
    rerender(<NoticeBar key="fr" />);
    const french = screen.getByRole('status').textContent;
    expect(french).toContain('mm');
    expect(french).not.toBe(english);
  });
});
