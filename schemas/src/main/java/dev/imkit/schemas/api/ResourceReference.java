package dev.imkit.schemas.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An input member that refers to an existing resource: {@code StartIncident /responsePlanArn} takes the
 * {@code arn} of a {@code ResponsePlan}. Members of one operation that name the same resource take the
 * identifiers of one instance ({@code DeleteTimelineEvent}: the event's {@code parent} and its {@code eventId}).
 *
 * @param operation the operation, or {@code *} for every operation with the member
 * @param pointer the member's pointer template in the input ({@code 0} for a list item)
 * @param resource the kind it refers to
 * @param id the identifier of that kind it takes
 * @param as the generators' reference kind for it, when the generators supply it from a context
 */
@API(status = EXPERIMENTAL)
public record ResourceReference(String operation, String pointer, String resource, String id, Optional<String> as) {
}
