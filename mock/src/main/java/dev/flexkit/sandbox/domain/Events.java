package dev.flexkit.sandbox.domain;

/** A key's events as Flex's Events resource shows them (Retry Event), and the objects they are about. */
public final class Events {

    /** The one type Retry Event makes anew without a webhook id (Flex's Retry Event page). */
    static final String RETRIED_WITHOUT_ENDPOINT = "checkout.session.completed";

    private final Dataset data;

    Events(Dataset data) {
        this.data = data;
    }

    public Event event(String id) {
        return data.reading(() -> data.events.require(id));
    }

    /**
     * Records a checkout session's completion again, as a new event (a fresh {@code fevt_} id), which goes to
     * every endpoint subscribed to it like any other: Retry Event without a body.
     */
    public Event recordAgain(String id) {
        return data.locked(() -> {
            Event old = data.events.require(id);
            if (!old.type().equals(RETRIED_WITHOUT_ENDPOINT)) {
                throw new RuleViolationException(Problem.of(
                        "event_type_not_supported",
                        "without a webhook_id only " + RETRIED_WITHOUT_ENDPOINT + " events can be retried, not "
                                + old.type(),
                        "body",
                        "event",
                        "webhook_id"));
            }
            return data.events.record(old.type(), old.objectKind(), old.objectId());
        });
    }

    /** @return the consultation of a {@code consultation.approved} event */
    public Consultation consultation(String id) {
        return data.reading(() -> data.consultations.require(id));
    }
}
