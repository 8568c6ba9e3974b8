import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { Caller } from '@belong/domain';
import { APP_CONFIG, type AppConfig } from '../../infra/config/config';
import { mayReceive, type StoredLiveEvent } from './live-event';

export interface Listener {
  caller: Caller;
  send(event: StoredLiveEvent): void;
  /** Ends the stream: the browser reconnects (to another instance, during a rolling restart) and resumes. */
  end(): void;
}

const retryMs = 2000;

/**
 * This instance's end of the fan-out: one connection that LISTENs to `belong_live`, which every instance's writes
 * NOTIFY at commit, and the browsers connected here. Each event goes to the listeners the policy lets read it.
 */
@Injectable()
export class LiveHub implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveHub');
  private readonly listeners = new Set<Listener>();
  private client?: Client;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig & { databaseUrl: string }) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    // Open streams would hold the HTTP server open for ever: end them, before it closes.
    for (const listener of this.listeners) listener.end();
    this.listeners.clear();
    await this.client?.end().catch(() => undefined);
  }

  add(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many browsers this instance streams to (for tests and health). */
  get size(): number {
    return this.listeners.size;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'belong-live' });
    client.on('notification', (message) => {
      if (message.payload) this.deliver(JSON.parse(message.payload) as StoredLiveEvent);
    });
    // A lost connection is made again; events meanwhile reach browsers when they reconnect (Last-Event-ID).
    client.on('error', (error) => {
      this.logger.warn(`Live updates connection lost: ${error.message}`);
      this.reconnectLater();
    });
    try {
      await client.connect();
      await client.query('LISTEN belong_live');
      this.client = client;
    } catch (error) {
      this.logger.warn(`Live updates cannot listen yet: ${error instanceof Error ? error.message : String(error)}`);
      this.reconnectLater();
    }
  }

  private reconnectLater(): void {
    if (this.stopped) return;
    setTimeout(() => void this.connect(), retryMs).unref();
  }

  private deliver(event: StoredLiveEvent): void {
    for (const listener of this.listeners) if (mayReceive(listener.caller, event)) listener.send(event);
  }
}
