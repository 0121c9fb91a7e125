package eu.od4growth.common.security;

import java.util.Objects;

/**
 * Which non-public records a caller may see: those of every organisation (administrators), those of one organisation
 * (its managers) or none (everyone else). Public records are visible in every case.
 */
public sealed interface Visibility {

    /** Administrators: every record, public or not. */
    record Everything() implements Visibility {
    }

    /** Managers of one organisation: public records plus that organisation's non-public ones. */
    record PublicAnd(String organisation) implements Visibility {
        public PublicAnd {
            Objects.requireNonNull(organisation, "organisation");
        }
    }

    /** Anonymous callers and callers without a managing role: public records only. */
    record PublicOnly() implements Visibility {
    }

    static Visibility everything() {
        return new Everything();
    }

    static Visibility publicAnd(String organisation) {
        return new PublicAnd(organisation);
    }

    static Visibility publicOnly() {
        return new PublicOnly();
    }

    /** Whether a record that is (or is not) public and belongs to {@code owner} is visible. */
    default boolean sees(boolean isPublic, String owner) {
        if (this instanceof Everything) {
            return true;
        }
        return isPublic || this instanceof PublicAnd own && own.organisation().equals(owner);
    }
}
