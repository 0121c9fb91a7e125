package eu.od4growth.common.workflow;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.od4growth.common.problem.ProblemException;
import io.micrometer.core.instrument.Metrics;

/**
 * The states of a record and the actions that move it between them. A record starts in the initial state; an action
 * not allowed from the current state is refused with a 409 problem that names both, so no workflow can be bypassed by
 * writing a status field. Each record type declares its machine once, as a constant, and tests it with plain JUnit.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class StateMachine<S extends Enum<S>, A extends Enum<A>> {

    static final String METRIC = "od4g.state.changes";

    private final String noun;
    private final S initial;
    private final Map<A, Map<S, S>> transitions;

    private StateMachine(String noun, S initial, Map<A, Map<S, S>> transitions) {
        this.noun = noun;
        this.initial = initial;
        this.transitions = transitions;
    }

    /** A machine for records called {@code noun} in messages (e.g. "event") that start in {@code initial}. */
    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(String noun, S initial,
            Class<A> actions) {
        return new Builder<>(noun, initial, actions);
    }

    public S initial() {
        return initial;
    }

    /** The state {@code action} leads to from {@code current}, or a 409 problem if the action is not allowed there. */
    public S next(S current, A action) {
        S next = transitions.getOrDefault(action, Map.of()).get(current);
        if (next == null) {
            String allowed = String.join(" or ", allowedFrom(action).stream().map(StateMachine::name).toList());
            throw ProblemException.conflict("Cannot " + name(action) + " a " + name(current) + " " + noun
                    + (allowed.isEmpty() ? "" : "; only a " + allowed + " " + noun + " can be"));
        }
        // Business metric od4g_state_changes_total{record, action, state}: datasets published, assessments
        // submitted, registrations confirmed… (counted when the change is made; a rolled-back one is rare).
        Metrics.counter(METRIC, "record", noun, "action", name(action), "state", name(next)).increment();
        return next;
    }

    /** Whether {@code action} is allowed from {@code current}. */
    public boolean allows(S current, A action) {
        return transitions.getOrDefault(action, Map.of()).containsKey(current);
    }

    /** The states from which {@code action} is allowed. */
    public Set<S> allowedFrom(A action) {
        Map<S, S> from = transitions.getOrDefault(action, Map.of());
        return from.isEmpty() ? Set.of() : EnumSet.copyOf(from.keySet());
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Declares the transitions: {@code on(action, from..., to)}. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {

        private final String noun;
        private final S initial;
        private final Map<A, Map<S, S>> transitions;

        private Builder(String noun, S initial, Class<A> actions) {
            this.noun = noun;
            this.initial = initial;
            this.transitions = new EnumMap<>(actions);
        }

        /** {@code action} moves a record from any of {@code from} to {@code to}. */
        public Builder<S, A> on(A action, Set<S> from, S to) {
            Map<S, S> targets = transitions.computeIfAbsent(action, a -> new java.util.HashMap<>());
            for (S state : from) {
                if (targets.putIfAbsent(state, to) != null) {
                    throw new IllegalArgumentException(action + " from " + state + " is declared twice");
                }
            }
            return this;
        }

        public Builder<S, A> on(A action, S from, S to) {
            return on(action, Set.of(from), to);
        }

        public StateMachine<S, A> build() {
            Map<A, Map<S, S>> frozen = new EnumMap<>(transitions);
            frozen.replaceAll((action, targets) -> Map.copyOf(targets));
            return new StateMachine<>(noun, initial, frozen);
        }
    }
}
