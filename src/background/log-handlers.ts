// Reading the disclosure log from the extension's pages.
import type { HandlerTable } from '../messaging/router';
import { listDisclosures } from '../disclosure/log';
import { requireUnlockedVault } from './session';

export const logHandlers: HandlerTable<'log.list'> = {
  async 'log.list'({ recipientOrigin }) {
    return listDisclosures(await requireUnlockedVault(), recipientOrigin);
  },
};
