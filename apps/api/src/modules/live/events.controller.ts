import { Controller, Get, Headers, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { mayReceive, shown, type StoredLiveEvent } from './live-event';
import { LiveHub } from './live-hub';
import { LiveEventsService } from './live-events.service';

const heartbeatMs = 25_000;

@Controller('events')
export class EventsController {
  constructor(
    private readonly hub: LiveHub,
    private readonly events: LiveEventsService,
  ) {}

  /**
   * Server-sent events: `{ type, entity, strategyId, regionId }` for each change the caller may see, from any API
   * instance. A browser that reconnects sends Last-Event-ID and first gets what it missed (up to ten minutes).
   */
  @Get()
  @Doc({
    summary: 'A text/event-stream of the changes you may see, so that open pages update live',
    content: { 'text/event-stream': 'binary' },
  })
  async stream(
    @CurrentUser() caller: AuthUser,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const write = (event: StoredLiveEvent) => res.write(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(shown(event))}\n\n`);
    res.write('retry: 3000\n\n');
    const remove = this.hub.add({ caller, send: write, end: () => res.end() });
    const heartbeat = setInterval(() => res.write(': still here\n\n'), heartbeatMs);
    req.on('close', () => {
      clearInterval(heartbeat);
      remove();
    });
    const after = Number(lastEventId);
    if (Number.isSafeInteger(after) && after > 0)
      for (const event of await this.events.since(after)) if (mayReceive(caller, event)) write(event);
  }
}
