'use client';

import { useSyncExternalStore } from 'react';
import { getServerSyncState, getSyncState, subscribe, type SyncState } from './sync-engine';

/** The offline queue's state (online, waiting counts, refusals), re-rendering on every change. */
export function useSyncState(): SyncState {
  return useSyncExternalStore(subscribe, getSyncState, getServerSyncState);
}
