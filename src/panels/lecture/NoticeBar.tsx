/** A dismissible message about something the page handled for the user: a bad link, a refused file. */
import { t } from '../../i18n/catalogue';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const noticeSelector = (st: AppState) => st.notice;

export function NoticeBar() {
  const notice = useAppStore(noticeSelector);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{notice()}</p>
      <button
        type="button"
        onClick={() => useAppStore.getState().setNotice(null)}
        aria-label={t('lecture.notice.dismissLabel')}
      >
        {t('lecture.notice.dismiss')}
      </button>
    </div>
  );
}
