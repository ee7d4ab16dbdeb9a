// The unlocked options page: tabs for the CV, documents, import, history and settings.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Tabs, tabPanelProps, type TabDefinition } from '../src/ui/components/Tabs';
import { t } from '../src/ui/i18n';
import { CvEditor } from './cv/CvEditor';
import { DocumentsPanel } from './DocumentsPanel';
import { HistoryView } from './history';
import { ImportPanel } from './ImportPanel';
import { SettingsPanel } from './SettingsPanel';
import { TransferView } from './transfer/TransferView';

type TabId = 'cv' | 'documents' | 'import' | 'history' | 'settings';

const TAB_IDS: readonly TabId[] = ['cv', 'documents', 'import', 'history', 'settings'];

/** Returns the tab named by the address's fragment (options.html#history), else the CV tab. */
function initialTab(): TabId {
  const fromHash = location.hash.slice(1);
  return (TAB_IDS as readonly string[]).includes(fromHash) ? (fromHash as TabId) : 'cv';
}

export function Workspace({ onDeleted }: { onDeleted: () => void }): JSX.Element {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [cvReloadToken, setCvReloadToken] = useState(0);

  const tabs: TabDefinition<TabId>[] = [
    { id: 'cv', label: t('tab_cv') },
    { id: 'documents', label: t('tab_documents') },
    { id: 'import', label: t('tab_import') },
    { id: 'history', label: t('tab_history') },
    { id: 'settings', label: t('tab_settings') },
  ];

  function select(id: TabId): void {
    setTab(id);
    history.replaceState(null, '', `#${id}`);
  }

  return (
    <>
      <Tabs label={t('tabs_label')} tabs={tabs} selected={tab} onSelect={select} />
      {/* The CV panel stays mounted while hidden, so unsaved edits survive a tab switch. */}
      <section {...tabPanelProps('cv')} hidden={tab !== 'cv'}>
        <CvEditor reloadToken={cvReloadToken} />
      </section>
      {tab === 'documents' && (
        <section {...tabPanelProps('documents')}>
          <DocumentsPanel />
        </section>
      )}
      {tab === 'import' && (
        <section {...tabPanelProps('import')}>
          <ImportPanel onImported={() => setCvReloadToken((token) => token + 1)} />
          <TransferView />
        </section>
      )}
      {tab === 'history' && (
        <section {...tabPanelProps('history')}>
          <HistoryView />
        </section>
      )}
      {tab === 'settings' && (
        <section {...tabPanelProps('settings')}>
          <SettingsPanel onDeleted={onDeleted} />
        </section>
      )}
    </>
  );
}
