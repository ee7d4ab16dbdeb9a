// Recipients: every origin that received fields, with the controller (the employer behind an
// ATS) the person can name, and the receipt and data-subject requests for each.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RecipientSummary } from '../../src/disclosure/query';
import type { LetterLanguage, RequestKind } from '../../src/disclosure/request';
import { request } from '../../src/messaging/client';
import { errorMessage } from '../../src/ui/errors';
import { formatDate } from '../../src/ui/i18n';
import { copyText, downloadJson, downloadText } from './download';
import { defaultLetterLanguage, ht } from './i18n';

interface RecipientsViewProps {
  recipients: RecipientSummary[];
  onChanged: () => void;
  onShowEntries: (origin: string) => void;
}

function ControllerForm({ recipient, idBase, onSaved }: { recipient: RecipientSummary; idBase: string; onSaved: () => void }): JSX.Element {
  const [controller, setController] = useState(recipient.controller);
  const [policyUrl, setPolicyUrl] = useState(recipient.policyUrl ?? '');
  const [contact, setContact] = useState(recipient.contact ?? '');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  async function save(event: TargetedEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    try {
      await request('recipients.setController', { recipientOrigin: recipient.origin, controller, policyUrl, contact });
      setStatus({ error: false, text: ht('history_controllerSaved') });
      onSaved();
    } catch (failure) {
      setStatus({ error: true, text: errorMessage(failure) });
    }
  }

  return (
    <form class="history-controller" onSubmit={(event) => void save(event)}>
      <label for={`${idBase}-controller`}>{ht('history_controller')}</label>{' '}
      <input id={`${idBase}-controller`} type="text" value={controller} maxLength={200} placeholder={ht('history_controllerPlaceholder')} onInput={(event) => setController(event.currentTarget.value)} />{' '}
      <label for={`${idBase}-contact`}>{ht('history_controllerContact')}</label>{' '}
      <input id={`${idBase}-contact`} type="text" value={contact} maxLength={200} onInput={(event) => setContact(event.currentTarget.value)} />{' '}
      <label for={`${idBase}-policy`}>{ht('history_policyUrl')}</label>{' '}
      <input id={`${idBase}-policy`} type="url" value={policyUrl} maxLength={500} onInput={(event) => setPolicyUrl(event.currentTarget.value)} />{' '}
      <button type="submit">{ht('history_save')}</button>
      {status && <span role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'hint'}> {status.text}</span>}
    </form>
  );
}

function RequestLetter({ origin, kind, language, onClose }: { origin: string; kind: RequestKind; language: LetterLanguage; onClose: () => void }): JSX.Element {
  const [letter, setLetter] = useState<{ text: string; fileName: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setLetter(null);
    request('log.request', { recipientOrigin: origin, kind, language })
      .then((result) => current && setLetter(result))
      .catch((failure) => current && setMessage(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [origin, kind, language]);
  const textId = `history-letter-${kind}`;
  return (
    <div class="history-letter">
      <label for={textId}>{ht(kind === 'access' ? 'history_accessRequest' : 'history_erasureRequest')}</label>
      <textarea id={textId} readOnly rows={16} style={{ width: '100%' }} value={letter?.text ?? ''} />
      <button type="button" disabled={!letter} onClick={() => letter && copyText(letter.text).then(() => setMessage(ht('history_copied')), () => setMessage(ht('history_copyFailed')))}>
        {ht('history_copy')}
      </button>{' '}
      <button type="button" disabled={!letter} onClick={() => letter && downloadText(letter.fileName, letter.text, 'text/plain;charset=utf-8')}>
        {ht('history_saveFile')}
      </button>{' '}
      <button type="button" onClick={onClose}>{ht('history_close')}</button>
      {message && <span role="status"> {message}</span>}
    </div>
  );
}

function RecipientCard({ recipient, index, onChanged, onShowEntries }: { recipient: RecipientSummary; index: number } & Omit<RecipientsViewProps, 'recipients'>): JSX.Element {
  const [letterKind, setLetterKind] = useState<RequestKind | null>(null);
  const [language, setLanguage] = useState<LetterLanguage>(defaultLetterLanguage());
  const [error, setError] = useState<string | null>(null);
  const idBase = `history-recipient-${index}`;

  async function saveReceipt(): Promise<void> {
    setError(null);
    try {
      const receipt = await request('log.receipt', { recipientOrigin: recipient.origin, language });
      const host = new URL(recipient.origin).hostname;
      downloadJson(`consent-receipt-${host}-${receipt.receipt.consentReceiptID}.json`, receipt);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <li class="history-recipient" data-recipient-origin={recipient.origin}>
      <h3>{recipient.controller ? `${recipient.controller} · ${recipient.origin}` : recipient.origin}</h3>
      <p class="hint">{ht('history_recipientSummary', recipient.count, formatDate(recipient.firstAt), formatDate(recipient.lastAt))}</p>
      <ControllerForm recipient={recipient} idBase={idBase} onSaved={onChanged} />
      <p>
        <button type="button" onClick={() => onShowEntries(recipient.origin)}>{ht('history_showEntries')}</button>{' '}
        <label for={`${idBase}-language`}>{ht('history_letterLanguage')}</label>{' '}
        <select id={`${idBase}-language`} value={language} onChange={(event) => setLanguage(event.currentTarget.value as LetterLanguage)}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>{' '}
        <button type="button" onClick={() => void saveReceipt()}>{ht('history_receipt')}</button>{' '}
        <button type="button" onClick={() => setLetterKind('access')}>{ht('history_accessRequest')}</button>{' '}
        <button type="button" onClick={() => setLetterKind('erasure')}>{ht('history_erasureRequest')}</button>
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {letterKind && <RequestLetter origin={recipient.origin} kind={letterKind} language={language} onClose={() => setLetterKind(null)} />}
    </li>
  );
}

export function RecipientsView(props: RecipientsViewProps): JSX.Element {
  if (props.recipients.length === 0) return <p class="hint">{ht('history_noEntries')}</p>;
  return (
    <ul class="history-recipients" style={{ listStyle: 'none', padding: 0 }}>
      {props.recipients.map((recipient, index) => (
        <RecipientCard key={recipient.origin} recipient={recipient} index={index} onChanged={props.onChanged} onShowEntries={props.onShowEntries} />
      ))}
    </ul>
  );
}
