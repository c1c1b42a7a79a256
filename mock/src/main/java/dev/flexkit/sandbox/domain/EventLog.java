package dev.flexkit.sandbox.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered record of a dataset's webhook-worthy state changes: the one place where the domain says what
 * happened, so that webhook delivery never has to look into the domain's flows. Written under the dataset's lock
 * by the operation that made the change, in the order the changes happened; the events an operation recorded are
 * published to the dataset's {@link EventListener} when the operation ends, still under the lock, so that a
 * listener sees the state the whole operation left.
 */
public final class EventLog {

    private final Store<Event> events = new Store<>("event");
    private final List<Event> unpublished = new ArrayList<>();
    private final SandboxClock clock;

    EventLog(SandboxClock clock) {
        this.clock = clock;
    }

    /** Records that {@code type} happened to the object now; called by the operation that made the change. */
    Event record(String type, String objectKind, String objectId) {
        Event event = new Event(Ids.next("fevt_"), type, objectKind, objectId, clock.now());
        events.put(event);
        unpublished.add(event);
        return event;
    }

    Event require(String id) {
        return events.require(id);
    }

    /** @return the events recorded since the last call, oldest first, and forgets them */
    List<Event> takeUnpublished() {
        if (unpublished.isEmpty()) {
            return List.of();
        }
        List<Event> taken = List.copyOf(unpublished);
        unpublished.clear();
        return taken;
    }

    /** @return the events, newest first, as Flex lists */
    List<Event> newestFirst(Page page) {
        return events.page(null, page);
    }

    void clear() {
        events.clear();
        unpublished.clear();
    }
}
