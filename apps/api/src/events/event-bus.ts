import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvent, OutboxService } from './outbox.service';

/** A fact as published: what it said, and its id in the outbox. */
export interface PublishedEvent extends DomainEvent {
  id: string;
}

/**
 * State that follows from another module's fact (the fee claim of a completed task, the tasks of a
 * cancelled order): written in the publisher's transaction, so it is there the moment the cause is,
 * whatever the e-mail backlog, and rolled back with it.
 */
export type Reaction = (event: PublishedEvent, manager: EntityManager) => Promise<void>;

/** Work that may wait until after the commit (notices, e-mail): handed each event's outbox id. */
export type AfterCommit = (eventId: string) => Promise<void>;

/**
 * The one domain-event bus. Modules publish facts inside their transaction; other modules react to
 * them in that same transaction (state), or after the commit through the outbox (messages). A module
 * knows the bus, never the modules that listen.
 */
@Injectable()
export class EventBus {
  private readonly reactions = new Map<string, Reaction[]>();
  private readonly afterCommit: AfterCommit[] = [];

  constructor(private readonly outbox: OutboxService) {}

  /** Runs `reaction` inside the transaction of every `type` fact published from now on. */
  react(type: string, reaction: Reaction): void {
    this.reactions.set(type, [...(this.reactions.get(type) ?? []), reaction]);
  }

  /** Hands every fact's outbox id to `handler` after its commit (at least once: be idempotent). */
  subscribeAfterCommit(handler: AfterCommit): void {
    this.afterCommit.push(handler);
  }

  /** Records a fact in the caller's transaction and runs the reactions to it there. Returns its id. */
  async publish(manager: EntityManager, event: DomainEvent): Promise<string> {
    const id = await this.outbox.record(manager, event);
    for (const reaction of this.reactions.get(event.type) ?? []) await reaction({ ...event, id }, manager);
    return id;
  }

  /** Many facts of one statement (a payroll batch moving thousands of claims): recorded together. */
  async publishMany(manager: EntityManager, events: DomainEvent[]): Promise<string[]> {
    const ids = await this.outbox.recordMany(manager, events);
    for (const [i, event] of events.entries())
      for (const reaction of this.reactions.get(event.type) ?? []) await reaction({ ...event, id: ids[i] }, manager);
    return ids;
  }

  /** One recorded fact, for an after-commit subscriber. */
  find(manager: EntityManager, eventId: string) {
    return this.outbox.find(manager, eventId);
  }

  /** The outbox relay's delivery of one fact to the after-commit subscribers. */
  async deliver(eventId: string): Promise<void> {
    for (const handler of this.afterCommit) await handler(eventId);
  }
}
