import type { DocumentRecord } from "../model/index.js";

export interface PutDocumentsResult {
  /** Ids of documents stored now. */
  added: string[];
  /** Ids of documents that were already stored (same normalized text). */
  existing: string[];
}

export interface ListOptions {
  limit: number;
  offset: number;
}

/**
 * Where Vigil keeps what it read. Asynchronous so that a networked backend (PostgreSQL) fits the same shape;
 * every write is one transaction: it lands whole or not at all.
 */
export interface Store {
  readonly location: string;
  putDocuments(documents: DocumentRecord[]): Promise<PutDocumentsResult>;
  listDocuments(options: ListOptions): Promise<DocumentRecord[]>;
  countDocuments(): Promise<number>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  readonly exitCode = 10;
  constructor(location: string, detail: string) {
    super(`${location}: ${detail}`);
    this.name = "StoreError";
  }
}
