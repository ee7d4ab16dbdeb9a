// The transfer screen's one status line: what runs, what finished and what failed.
export type TransferStatus =
  | { state: 'idle' }
  | { state: 'busy'; text: string; fraction?: number }
  | { state: 'done'; text: string }
  | { state: 'failed'; text: string };

export type SetStatus = (status: TransferStatus) => void;
