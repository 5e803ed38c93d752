/** A dismissible message about something the page handled for the user: a bad link, a refused file. */
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const noticeSelector = (st: AppState) => st.notice;

export function NoticeBar() {
  const notice = useAppStore(noticeSelector);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button
        type="button"
        onClick={() => useAppStore.getState().setNotice(null)}
        aria-label="Dismiss this notice"
      >
        Dismiss
      </button>
    </div>
  );
}
